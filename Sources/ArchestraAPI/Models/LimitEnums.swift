import Foundation

/// What a usage limit applies to (`entityType`).
public struct LimitEntityType: LenientEnum {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let organization = LimitEntityType(rawValue: "organization")
    public static let team = LimitEntityType(rawValue: "team")
    public static let agent = LimitEntityType(rawValue: "agent")
    public static let user = LimitEntityType(rawValue: "user")
    public static let virtualKey = LimitEntityType(rawValue: "virtual_key")
    public static let environment = LimitEntityType(rawValue: "environment")

    public static let knownValues: [LimitEntityType] = [.organization, .team, .agent, .user, .virtualKey, .environment]
}

/// What a usage limit counts (`limitType`).
public struct LimitType: LenientEnum {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Spend on LLM tokens.
    public static let tokenCost = LimitType(rawValue: "token_cost")
    /// Calls to one MCP server.
    public static let mcpServerCalls = LimitType(rawValue: "mcp_server_calls")
    /// Calls to one tool of an MCP server.
    public static let toolCalls = LimitType(rawValue: "tool_calls")

    public static let knownValues: [LimitType] = [.tokenCost, .mcpServerCalls, .toolCalls]
}

/// When a usage limit's counter resets (`cleanupInterval`): rolling windows or calendar periods.
public struct CleanupInterval: LenientEnum {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let oneHour = CleanupInterval(rawValue: "1h")
    public static let twelveHours = CleanupInterval(rawValue: "12h")
    public static let day = CleanupInterval(rawValue: "24h")
    public static let week = CleanupInterval(rawValue: "1w")
    /// One month, rolling.
    public static let month = CleanupInterval(rawValue: "1m")
    public static let calendarDay = CleanupInterval(rawValue: "calendar_day")
    public static let calendarWeekSunday = CleanupInterval(rawValue: "calendar_week_sunday")
    public static let calendarWeekMonday = CleanupInterval(rawValue: "calendar_week_monday")
    public static let calendarMonth = CleanupInterval(rawValue: "calendar_month")

    public static let knownValues: [CleanupInterval] = [
        .oneHour, .twelveHours, .day, .week, .month,
        .calendarDay, .calendarWeekSunday, .calendarWeekMonday, .calendarMonth,
    ]

    /// The length of a rolling window; `nil` for calendar periods and unknown values.
    public var rollingWindow: TimeInterval? {
        switch rawValue {
        case "1h": return 3_600
        case "12h": return 12 * 3_600
        case "24h": return 24 * 3_600
        case "1w": return 7 * 24 * 3_600
        case "1m": return 30 * 24 * 3_600
        default: return nil
        }
    }
}
