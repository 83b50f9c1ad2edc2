import DashboardCore
import TerminalUI

/// Rows 0 and 1: identity, connection and freshness; then pane tabs and the limits alert.
enum HeaderView {
    static func render(_ context: RenderContext, into buffer: inout ScreenBuffer, rect: Rect) {
        guard !rect.isEmpty else { return }
        renderStatusRow(context, into: &buffer, y: rect.y, width: rect.width)
        if rect.height > 1 {
            renderTabRow(context, into: &buffer, y: rect.y + 1, width: rect.width)
        }
    }

    // MARK: - Row 0

    static func renderStatusRow(_ context: RenderContext, into buffer: inout ScreenBuffer, y: Int, width: Int) {
        buffer.fill(Rect(x: 0, y: y, width: width, height: 1), style: CellStyle(.header))
        let right = freshnessSegments(context)
        let rightWidth = right.reduce(0) { $0 + DisplayWidth.of($1.text) }
        let rightX = max(0, width - rightWidth - 1)
        let segments = identitySegments(context, room: max(0, rightX - 1))
        Segment.draw(segments, into: &buffer, x: 0, y: y, maxX: rightX - 1, glyphs: context.glyphs)
        Segment.draw(right, into: &buffer, x: rightX, y: y, maxX: width, glyphs: context.glyphs)
    }

    /// Name, URL, version, API generation, connection and INSECURE, fitted into `room` columns:
    /// the generation goes first, then the program name, then the version; the URL is shortened
    /// last; connection state and INSECURE always stay (the issue asks for URL, version and state).
    static func identitySegments(_ context: RenderContext, room: Int) -> [Segment] {
        let state = context.state
        let connection = state.connection
        var name: Segment? = Segment(" archestra-tui ", CellStyle(.title, .bold))
        var version = state.server.value?.version.map { Segment("  v" + $0, CellStyle(.header)) }
        var generation = state.generation.map { Segment("  API " + $0.rawValue, CellStyle(.muted)) }
        var tail = [Segment("  " + connectionMark(connection, context) + connection.label, CellStyle(connectionRole(connection), .bold))]
        if state.insecureTLS {
            tail.append(Segment("  INSECURE", CellStyle(.danger, .bold)))
        }
        func width(_ segments: [Segment?]) -> Int { segments.compactMap { $0 }.reduce(0) { $0 + DisplayWidth.of($1.text) } }
        let urlWidth = DisplayWidth.of(state.baseURL)
        func optional() -> [Segment?] { [name ?? Segment(" ", CellStyle(.header)), version, generation] }
        // Drop from the least useful end until the URL fits or nothing optional is left.
        if width(optional() + tail) + urlWidth > room { generation = nil }
        if width(optional() + tail) + urlWidth > room { name = nil }
        if width(optional() + tail) + urlWidth > room { version = nil }
        // The context (which instance this is) is worth more than the URL's end.
        let contextName = state.contexts.currentLabel.map { Segment("[\($0)] ", CellStyle(.accent, .bold)) }
        let urlRoom = max(0, room - width(optional() + tail + [contextName]))
        let url = Segment(DisplayWidth.truncate(state.baseURL, to: urlRoom, ellipsis: context.glyphs.ellipsis), CellStyle(.header))
        return [name ?? Segment(" ", CellStyle(.header)), contextName, url, version, generation].compactMap { $0 } + tail
    }

    static func connectionMark(_ connection: ConnectionState, _ context: RenderContext) -> String {
        context.isASCII ? "" : "● "
    }

    static func connectionRole(_ connection: ConnectionState) -> ColorRole {
        switch connection {
        case .connected: .ok
        case .connecting: .muted
        case .degraded: .warning
        case .offline, .unauthorized, .actionNeeded: .danger
        }
    }

    /// "updated 3s ago · 24h", or "stale, updated 45s ago · 24h".
    static func freshnessSegments(_ context: RenderContext) -> [Segment] {
        let main = context.state.mainSource
        let status = context.state.status(of: main)
        var segments: [Segment] = []
        if let age = context.age(status) {
            if context.state.isStale(main) {
                segments.append(Segment("stale, updated " + age, CellStyle(.stale, .bold)))
            } else {
                segments.append(Segment("updated " + age, CellStyle(.muted)))
            }
        } else {
            segments.append(Segment(context.isASCII ? "loading..." : "loading…", CellStyle(.muted)))
        }
        segments.append(Segment(context.separator, CellStyle(.muted)))
        segments.append(Segment(context.state.timeframe.rawValue, CellStyle(.accent, .bold)))
        return segments
    }

    // MARK: - Row 1

    static func renderTabRow(_ context: RenderContext, into buffer: inout ScreenBuffer, y: Int, width: Int) {
        // Badges from the right, the first declared rightmost, each one column from the next.
        var alertX = width
        for badge in context.state.headerBadges(ascii: context.isASCII) {
            alertX = max(0, alertX - DisplayWidth.of(badge.text) - 1)
            let style = badge.isUrgent ? CellStyle(.critical, [.bold, .blink, .reverse]) : CellStyle(.danger, .bold)
            buffer.put(badge.text, x: alertX, y: y, style: style, glyphs: context.glyphs)
        }
        let active = context.state.ui.pane
        let tabs = PaneTabs.labels(favorites: context.state.favorites, active: active, room: max(0, alertX - 2)).map { tab in
            Segment(tab.text, tab.pane == active ? CellStyle(.selection, [.reverse, .bold]) : CellStyle(.normal))
        }
        Segment.draw(tabs, into: &buffer, x: 0, y: y, maxX: max(0, alertX - 2), glyphs: context.glyphs)
    }
}

/// A piece of text with its style, drawn one after another on a line.
struct Segment {
    let text: String
    let style: CellStyle

    init(_ text: String, _ style: CellStyle) {
        self.text = text
        self.style = style
    }

    /// Draws segments from `x`, never past `maxX`; returns the column after the last one drawn.
    @discardableResult
    static func draw(
        _ segments: [Segment], into buffer: inout ScreenBuffer, x: Int, y: Int, maxX: Int,
        glyphs: GlyphSet
    ) -> Int {
        var column = x
        for segment in segments where column < maxX {
            column += buffer.put(segment.text, x: column, y: y, maxWidth: maxX - column, style: segment.style, glyphs: glyphs)
        }
        return column
    }
}
