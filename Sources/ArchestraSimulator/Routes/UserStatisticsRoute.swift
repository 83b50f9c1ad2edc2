import ArchestraAPI

/// A person and a model: the rows of `models[]` in `/api/statistics/users`.
private struct PersonModel: Hashable {
    var person: Int
    var model: Int
}

extension StatisticsQuery {
    static let userSortFields = ["totalTokens", "requests", "billedCost", "lastActiveAt", "userName"]

    /// `GET /api/statistics/users` (API notes §7.2): one row per person of the organisation, paginated,
    /// counting the calls ``SimulatedWorld/billingUser(ofAgent:)`` attributed to them in the window.
    ///
    /// `activeDays` counts UTC days with requests; `lastActiveAt` is the start of the latest minute (or
    /// hour, or day, for older traffic) with requests, `null` without any; `timeSeries` values are cost,
    /// like the other statistics; `models[].percentage` is the model's share of the person's tokens (0–100).
    func users(_ query: QueryReader) throws -> JSONValue {
        let page = try PageRequest(query)
        let sortBy = try query.oneOf("sortBy", Self.userSortFields) ?? "totalTokens"
        let ascending = try query.oneOf("sortDirection", ["asc", "desc"]) == "asc"
        let includeModels = try query.bool("includeModels", default: false)
        let includeTimeSeries = try query.bool("includeTimeSeries", default: false)

        func isSubscription(_ key: UsageKey) -> Bool { AuthChannel.catalog[Int(key.channel)].isSubscription }
        let usage = world.usage.collect(in: window, now: now) { Int($0.user) }
        let subscription = world.usage.collect(in: window, now: now) { isSubscription($0) ? Int($0.user) : nil }
        let days = world.usage.activeDays(in: window, now: now) { Int($0.user) }
        let lastActive = world.usage.lastActivity(in: window) { Int($0.user) }
        let models =
            includeModels ? world.usage.collect(in: window, now: now) { PersonModel(person: Int($0.user), model: Int($0.model)) } : [:]
        let modelSubscription =
            includeModels
            ? world.usage.collect(in: window, now: now) {
                isSubscription($0) ? PersonModel(person: Int($0.user), model: Int($0.model)) : nil
            } : [:]

        let rows = world.directory.people.enumerated().map { index, person -> UserRow in
            let series = usage[index] ?? SeriesTotals(bucketCount: window.bucketStarts.count)
            var object = usageRecord(series.total, subscription: subscription[index]?.total.cost ?? 0)
            object["userId"] = .string(person.id)
            object["userName"] = .string(person.name)
            object["userEmail"] = .string(person.email)
            object["totalTokens"] = .number(series.total.totalTokens)
            object["activeDays"] = JSON.int(days[index] ?? 0)
            object["lastActiveAt"] = JSON.timestamp(lastActive[index])
            if includeModels {
                object["models"] = .array(modelMix(of: index, series.total.totalTokens, models, modelSubscription))
            }
            if includeTimeSeries {
                object["timeSeries"] = costSeries(series)
            }
            return UserRow(
                person: person, usage: series.total, billedCost: series.total.cost - (subscription[index]?.total.cost ?? 0),
                lastActiveAt: lastActive[index], json: .object(object))
        }
        let sorted = rows.sorted { left, right in
            let order = UserRow.compare(left, right, by: sortBy)
            if order != 0 { return ascending ? order < 0 : order > 0 }
            return left.person.id < right.person.id
        }
        return page.envelope(of: sorted.map(\.json))
    }

    private func modelMix(
        of person: Int, _ personTokens: Double, _ models: [PersonModel: SeriesTotals], _ subscription: [PersonModel: SeriesTotals]
    ) -> [JSONValue] {
        models.filter { $0.key.person == person }.sorted { $0.value.total.totalTokens > $1.value.total.totalTokens }.map { key, series in
            var object = usageRecord(series.total, subscription: subscription[key]?.total.cost ?? 0)
            object["model"] = .string(ModelInfo.catalog[key.model].name)
            object["totalTokens"] = .number(series.total.totalTokens)
            object["percentage"] = JSON.rounded(personTokens > 0 ? series.total.totalTokens / personTokens * 100 : 0, places: 2)
            return .object(object)
        }
    }
}

/// One row of `/api/statistics/users` with the values it sorts by.
private struct UserRow {
    var person: Person
    var usage: UsageSample
    var billedCost: Double
    var lastActiveAt: Double?
    var json: JSONValue

    /// -1, 0 or 1 as `left` sorts before, with or after `right` in ascending order.
    static func compare(_ left: UserRow, _ right: UserRow, by field: String) -> Int {
        switch field {
        case "requests": return sign(left.usage.requests, right.usage.requests)
        case "billedCost": return sign(left.billedCost, right.billedCost)
        case "lastActiveAt": return sign(left.lastActiveAt ?? -.infinity, right.lastActiveAt ?? -.infinity)
        case "userName": return sign(left.person.name.lowercased(), right.person.name.lowercased())
        default: return sign(left.usage.totalTokens, right.usage.totalTokens)
        }
    }

    private static func sign<Value: Comparable>(_ left: Value, _ right: Value) -> Int {
        left < right ? -1 : (left == right ? 0 : 1)
    }
}
