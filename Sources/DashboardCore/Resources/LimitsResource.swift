import Foundation
import ArchestraAPI
import TerminalUI

extension Pane {
    public static let limits = Pane("limits")
}

/// Pane 7: usage limits, worst first unless sorted otherwise, with gauges, resets and forecasts.
public enum LimitsResource {
    /// Every limit; polled on every pane, since limits near their cap are flagged everywhere.
    public static let source = SourceDescription<NoParameters, RecordList<UsageLimit>, RecordList<UsageLimit>>(
        "limits", label: "usage limits", cadence: .refresh,
        fetch: { client in try await client.limitList() })

    /// Names of the agents that limits on screen apply to; names rarely change, and an agent that
    /// cannot be read (deleted, hidden) is not asked for again for ten minutes.
    public static let agentNames = ItemLookupDescription<String>(
        "agentNames", label: "agent names", refreshAfter: 600, retryFailuresAfter: 600,
        keys: { state in state.agentsOfLimitsOnScreen },
        fetch: { client, id in try await client.agent(id: id).name })

    /// At 80 columns every column but Window fits; Type keeps 12 so "calls github" and "tool github…" say
    /// what is limited, and Forecast 16 for "≈$21.33 at reset" (money and counts are 7 wide at most:
    /// "$999.99", "$1.2k", "12.3k"; percentages 4: "105%").
    static let columns: [ColumnSpec] = [
        ColumnSpec("Entity", min: 13, weight: 2, priority: 10),
        ColumnSpec("Type", sort: "t", min: 12, weight: 2, priority: 6),
        ColumnSpec("Limit", sort: "l", min: 7, priority: 7, right: true),
        ColumnSpec("Used", sort: "u", min: 7, priority: 8, right: true),
        ColumnSpec("Pct", sort: "p", min: 4, priority: 10, right: true),
        ColumnSpec("Gauge", sort: "g", min: 5, weight: 2, priority: 9, kind: .gauge),
        // As wide as its longest words, "rolling 1 month".
        ColumnSpec("Window", sort: "w", min: 15, priority: 4),
        ColumnSpec("Resets in", sort: "r", min: 9, priority: 5),
        ColumnSpec("Forecast", sort: "f", min: 16, weight: 3, priority: 7),
    ]

    static let description = ResourceDescription(
        pane: .limits, title: "Usage Limits", shortTitle: "Limits", commands: ["limits", "l"],
        tabs: [ResourceTab(sources: [source.erased], table: table, editor: editor)],
        usesTimeframe: true,
        // Team and agent series feed the forecasts until two polls give a slope.
        background: [Sources.teamStats.erased, Sources.agentStats.erased, Sources.people.erased],
        lookups: [agentNames.erased],
        slice: sliceReducer, headerBadge: headerBadge)

    static let limitTypes = ["token_cost", "mcp_server_calls", "tool_calls"]
    static let cleanupIntervals = [
        "1h", "12h", "24h", "1w", "1m", "calendar_day", "calendar_week_sunday",
        "calendar_week_monday", "calendar_month",
    ]

    /// The API's reset values in words, as the Window column says them ("1m" is a month, rolling).
    static let resetWords = Dictionary(uniqueKeysWithValues: cleanupIntervals.map { ($0, ResetRule(apiValue: $0).label) })

    static let editor: ResourceEditor = {
        var calls = EditCalls()
        calls.fetch = { client, id in try await client.limit(id: id).raw }
        calls.create = { client, body in try await client.createLimit(body: body).raw }
        calls.update = { client, id, body in try await client.updateLimit(id: id, body: body).raw }
        calls.delete = { client, id in try await client.deleteLimit(id: id) }
        var editor = ResourceEditor(
            noun: "usage limit", actions: [.create, .update, .delete], calls: calls,
            fields: { record, context in
                // Who a limit applies to is chosen when it is made; the API cannot move it afterwards.
                let entity =
                    record == nil
                    ? [
                        EditableField(
                            "entity", label: "applies to", kind: .choice(context.labels(entities)), required: true,
                            help: "the organisation, a team, an agent or a user")
                    ]
                    : []
                return entity + [
                    EditableField(
                        "limitType", label: "type", kind: .choice(limitTypes), required: true,
                        help: "token_cost is money; the others count calls"),
                    EditableField("limitValue", label: "value", kind: .number, required: true, help: "dollars for token_cost, else calls"),
                    EditableField(
                        "model", label: "models", kind: .strings, nullable: true,
                        help: "token_cost only; none means every model", suggestions: context.models),
                    EditableField(
                        "cleanupInterval", label: "resets", kind: .choice(cleanupIntervals), nullable: true,
                        help: "changing it starts the window again", optionLabels: resetWords),
                    EditableField("mcpServerName", label: "MCP server", nullable: true, help: "for mcp_server_calls and tool_calls"),
                    EditableField("toolName", label: "tool", nullable: true, help: "for tool_calls"),
                ]
            },
            validate: { values in
                var problems: [FieldProblem] = []
                let type = values["limitType"]?.text
                if type == "mcp_server_calls" || type == "tool_calls", values["mcpServerName"]?.isBlank ?? true {
                    problems.append(FieldProblem(field: "mcpServerName", message: "\(type ?? "") needs the MCP server's name"))
                }
                if type == "tool_calls", values["toolName"]?.isBlank ?? true {
                    problems.append(FieldProblem(field: "toolName", message: "tool_calls needs the tool's name"))
                }
                if case .number(let value)? = values["limitValue"], value <= 0 {
                    problems.append(FieldProblem(field: "limitValue", message: "the value must be above 0"))
                }
                return problems
            },
            defaults: { _ in ["limitType": .text("token_cost"), "cleanupInterval": .text("1m")] },
            needsTypedName: { $0.string("entityType") == "organization" },
            shapeBody: { body, context throws(FieldProblem) in
                var body = body
                guard let label = body.removeValue(forKey: "entity") else { return body }
                guard case .string(let text) = label, let choice = context.choice(entities, labelled: text) else {
                    throw FieldProblem(field: "entity", message: "choose whom the limit applies to")
                }
                body.merge(choice.fields) { _, chosen in chosen }
                return body
            })
        editor.context = editContext
        return editor
    }()

    static func table(_ state: AppState) -> TableModel {
        let rows = state.limitFigures.map { row(for: $0, now: state.now) }
        return TableModel(
            columns: columns, rows: rows,
            emptyMessage: state.limits.value == nil ? "loading usage limits…" : "no usage limits",
            notes: state[source].value?.notes ?? [])
    }

    static func row(for figures: LimitFigures, now: Date) -> ResourceRow {
        let fractionKey = figures.fraction.map(SortKey.number) ?? .none
        var row = ResourceRow(
            id: figures.limit.id,
            cells: [
                figures.entityName, figures.typeLabel, figures.valueText, figures.usedText, figures.percentText, "",
                figures.rule.label, figures.resetText(now: now), figures.forecastText,
            ],
            sortKeys: [
                .text(figures.entityName.lowercased()), .text(figures.typeLabel), .number(figures.limit.limitValue),
                figures.used.map(SortKey.number) ?? .none, fractionKey, fractionKey, .text(figures.rule.label),
                figures.nextReset.map { .number($0.timeIntervalSince1970) } ?? .none, .text(figures.forecastText),
            ],
            level: figures.rowLevel,
            fraction: figures.fraction,
            record: figures.limit.raw, recordName: "\(figures.entityName) \(figures.typeLabel)",
            detailTitle: "Usage limit: \(figures.entityName) (\(figures.typeLabel))",
            detail: detail(for: figures, now: now))
        // The screen rounds down near the cap; JSON keeps the figure as it is.
        if let fraction = figures.fraction { row.exactCells[4] = NumberFormat.exactPercent(fraction) + "%" }
        return row
    }

    static func detail(for figures: LimitFigures, now: Date) -> [DetailLine] {
        let emphasis: DetailLine.Emphasis = figures.level >= .danger ? .danger : (figures.level == .warning ? .warning : .none)
        var lines = [
            DetailLine(
                depth: 0, key: "entity", value: "\(figures.entityName) (\(figures.limit.entityType.rawValue) \(figures.limit.entityId))"),
            DetailLine(depth: 0, key: "limit", value: "\(figures.valueText) \(figures.limit.limitType.rawValue)"),
            DetailLine(depth: 0, key: "used", value: "\(figures.usedText) (\(figures.percentText))", emphasis: emphasis),
            DetailLine(depth: 0, key: "window", value: figures.rule.label),
            DetailLine(
                depth: 0, key: "next reset",
                value: figures.nextReset.map { "\(ISO8601.string(from: $0)) (\(figures.resetText(now: now)))" } ?? "unknown"),
            DetailLine(depth: 0, key: "forecast", value: figures.forecastText, emphasis: emphasis),
        ]
        if let rate = figures.forecast?.burnRatePerHour {
            lines.append(DetailLine(depth: 0, key: "burn rate", value: "\(figures.format(rate)) per hour"))
        }
        if let usage = figures.limit.modelUsage, !usage.isEmpty {
            lines.append(DetailLine(depth: 0, key: "per model", value: "", emphasis: .heading))
            for model in usage.sorted(by: { $0.cost > $1.cost }) {
                let share = (figures.used ?? 0) > 0 ? NumberFormat.percent(model.cost / (figures.used ?? 1)) : "-"
                lines.append(
                    DetailLine(
                        depth: 1, key: model.model,
                        value:
                            "\(NumberFormat.money(model.cost))  \(share)  in \(NumberFormat.compact(model.tokensIn)) / out \(NumberFormat.compact(model.tokensOut)) tokens"
                    ))
            }
        }
        lines.append(DetailLine(depth: 0, key: "record", value: "", emphasis: .heading))
        return lines + DetailBuilder.lines(for: figures.limit.raw, depth: 1)
    }
}

extension AppState {
    public var limits: Loadable<[UsageLimit]> {
        get { self[LimitsResource.source].mapValue(\.items) }
        set { self[LimitsResource.source] = newValue.mapValue { RecordList(items: $0) } }
    }

    /// The agents that limits on screen apply to, each once: of the visible rows of the limits pane, or
    /// of the worst limits the overview has room for. Asked at every scheduling step, so the limits
    /// are read in place rather than copied out.
    var agentsOfLimitsOnScreen: [String] {
        let figures = limitFigures
        let rowIDs: Set<String>? = ui.pane == .limits ? Set(rowIDsOnScreen) : nil
        let considered = rowIDs == nil ? figures.prefix(ScreenLayout.listRows(height: ui.screenHeight)) : figures[...]
        var seen = Set<String>()
        var agents: [String] = []
        // By index: iterating would copy each limit with all its strings.
        for index in considered.indices where figures[index].limit.entityType == .agent {
            if let rowIDs, !rowIDs.contains(figures[index].limit.id) { continue }
            let agent = figures[index].limit.entityId
            if seen.insert(agent).inserted { agents.append(agent) }
        }
        return agents
    }
}
