import Foundation
import ArchestraAPI

/// What `/` on the agents and gateways panes asks the server for: `type:agent scope:team label:env=prod
/// team:Support` tokens, in any order and mixed with free text, which filters by name. A value with spaces is
/// quoted (`team:"Customer Success"`). Tokens that cannot be sent are kept as problems, shown in the title.
public struct AgentSearch: Sendable, Equatable {
    /// The free text, for the server's name filter.
    public var name: String?
    public var types: [AgentType] = []
    public var scope: AgentScope?
    /// `label:key=value` terms in the order typed; values of one key are alternatives.
    public var labels: [LabelTerm] = []
    /// `team:` values as typed: names (or ids), resolved against the teams the console knows.
    public var teams: [String] = []
    /// "type:robot (types: agent, mcp_gateway, profile, llm_proxy)": typed, not sent.
    public var problems: [String] = []

    public struct LabelTerm: Sendable, Equatable {
        public var key: String
        public var value: String
    }

    static let typeNames = AgentType.knownValues.map(\.rawValue)
    static let scopeNames = AgentScope.knownValues.map(\.rawValue)

    public init(parsing text: String) {
        var words: [String] = []
        for token in Self.tokens(of: text) {
            guard let colon = token.firstIndex(of: ":") else {
                words.append(token)
                continue
            }
            let key = token[..<colon].lowercased()
            let value = String(token[token.index(after: colon)...])
            switch key {
            case "type":
                let type = value.lowercased()
                if Self.typeNames.contains(type) {
                    types.append(AgentType(rawValue: type))
                } else {
                    problems.append("type:\(value) (types: \(Self.typeNames.joined(separator: ", ")))")
                }
            case "scope":
                let scope = value.lowercased()
                if Self.scopeNames.contains(scope) {
                    self.scope = AgentScope(rawValue: scope)
                } else {
                    problems.append("scope:\(value) (scopes: \(Self.scopeNames.joined(separator: ", ")))")
                }
            case "label":
                let separator = value.firstIndex(of: "=") ?? value.firstIndex(of: ":")
                guard let separator, separator != value.startIndex, value.index(after: separator) != value.endIndex else {
                    problems.append("label:\(value) (write label:key=value)")
                    continue
                }
                labels.append(LabelTerm(key: String(value[..<separator]), value: String(value[value.index(after: separator)...])))
            case "team":
                if value.isEmpty { problems.append("team: (write team:NAME)") } else { teams.append(value) }
            default:
                words.append(token)
            }
        }
        let joined = words.joined(separator: " ")
        name = joined.isEmpty ? nil : joined
    }

    /// Words split on spaces outside double quotes; the quotes themselves are dropped.
    static func tokens(of text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var quoted = false
        for character in text {
            if character == "\"" {
                quoted.toggle()
            } else if character.isWhitespace, !quoted {
                if !current.isEmpty { tokens.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    /// The API's label filter: `key1:v1|v2;key2:v3` (AND across keys, OR within one).
    public var labelFilter: String? {
        guard !labels.isEmpty else { return nil }
        var keys: [String] = []
        var values: [String: [String]] = [:]
        for label in labels {
            if values[label.key] == nil { keys.append(label.key) }
            values[label.key, default: []].append(label.value)
        }
        return keys.map { "\($0):\(values[$0, default: []].joined(separator: "|"))" }.joined(separator: ";")
    }

    /// Team ids for `team:` values: a team whose name is the value (any case), or whose id it is. A value
    /// that names no team known yet is sent as it is (it may be an id), and `unknownTeams` names it.
    public func teamIDs(teams known: [Team]) -> [String] {
        teams.map { value in
            known.first { $0.name.lowercased() == value.lowercased() }?.id ?? value
        }
    }

    /// `team:` values that match no known team, once the teams are loaded.
    public func unknownTeams(teams known: [Team]?) -> [String] {
        guard let known else { return [] }
        return teams.filter { value in !known.contains { $0.name.lowercased() == value.lowercased() || $0.id == value } }
    }

    /// Whether anything is asked beyond the name.
    public var hasTokens: Bool { !types.isEmpty || scope != nil || !labels.isEmpty || !teams.isEmpty || !problems.isEmpty }

    /// The filter as the server is asked for it, for the pane's title: `name "bot" · type agent · scope team ·
    /// label env=prod · team Support`.
    public func summary(unknownTeams: [String]) -> String {
        var parts: [String] = []
        if let name { parts.append("name \"\(name)\"") }
        if !types.isEmpty { parts.append("type " + types.map(\.rawValue).joined(separator: "|")) }
        if let scope { parts.append("scope \(scope.rawValue)") }
        if !labels.isEmpty { parts.append("label " + labels.map { "\($0.key)=\($0.value)" }.joined(separator: " ")) }
        if !teams.isEmpty {
            parts.append("team " + teams.map { unknownTeams.contains($0) ? "\($0) (no such team)" : $0 }.joined(separator: "|"))
        }
        return parts.joined(separator: " · ")
    }
}
