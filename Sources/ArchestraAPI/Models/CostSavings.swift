import Foundation

/// `GET /api/statistics/cost-savings`.
public struct CostSavings: LenientDecodable, Decodable, Equatable {
    public var totalBaselineCost: Double
    public var totalActualCost: Double
    public var totalSavings: Double
    public var totalSubscriptionCost: Double
    public var totalToonSavings: Double
    public var totalCacheSavings: Double
    public var timeSeries: [CostSavingsPoint]

    public init(
        totalBaselineCost: Double = 0, totalActualCost: Double = 0, totalSavings: Double = 0,
        totalSubscriptionCost: Double = 0, totalToonSavings: Double = 0, totalCacheSavings: Double = 0,
        timeSeries: [CostSavingsPoint] = []
    ) {
        self.totalBaselineCost = totalBaselineCost
        self.totalActualCost = totalActualCost
        self.totalSavings = totalSavings
        self.totalSubscriptionCost = totalSubscriptionCost
        self.totalToonSavings = totalToonSavings
        self.totalCacheSavings = totalCacheSavings
        self.timeSeries = timeSeries
    }

    public init(json: JSONValue) throws {
        try json.requireObject("the cost savings")
        self.init(
            totalBaselineCost: json.double("totalBaselineCost") ?? 0,
            totalActualCost: json.double("totalActualCost") ?? 0,
            totalSavings: json.double("totalSavings") ?? 0,
            totalSubscriptionCost: json.double("totalSubscriptionCost") ?? 0,
            totalToonSavings: json.double("totalToonSavings") ?? 0,
            totalCacheSavings: json.double("totalCacheSavings") ?? 0,
            timeSeries: json.records("timeSeries")
        )
    }

    public init(from decoder: Decoder) throws { self = try Self.decodeLeniently(from: decoder) }
}

/// One bucket of the cost-savings series.
public struct CostSavingsPoint: LenientDecodable, Decodable, Equatable {
    public var timestamp: String
    public var baselineCost: Double
    public var actualCost: Double
    public var toonSavings: Double
    public var cacheSavings: Double
    public var subscriptionCost: Double
    /// `timestamp` parsed; `nil` when unparseable.
    public var date: Date?

    public init(
        timestamp: String, baselineCost: Double = 0, actualCost: Double = 0, toonSavings: Double = 0,
        cacheSavings: Double = 0, subscriptionCost: Double = 0
    ) {
        self.timestamp = timestamp
        self.baselineCost = baselineCost
        self.actualCost = actualCost
        self.toonSavings = toonSavings
        self.cacheSavings = cacheSavings
        self.subscriptionCost = subscriptionCost
        self.date = ISO8601.date(from: timestamp)
    }

    /// Requires a string `timestamp`.
    public init(json: JSONValue) throws {
        guard let timestamp = json.string("timestamp") else {
            throw RecordDecodingError("expected a cost-savings point with a \"timestamp\"")
        }
        self.init(
            timestamp: timestamp, baselineCost: json.double("baselineCost") ?? 0,
            actualCost: json.double("actualCost") ?? 0, toonSavings: json.double("toonSavings") ?? 0,
            cacheSavings: json.double("cacheSavings") ?? 0, subscriptionCost: json.double("subscriptionCost") ?? 0
        )
    }

    public init(from decoder: Decoder) throws { self = try Self.decodeLeniently(from: decoder) }
}
