/// One key and what it does, as shown in the hint bar.
public struct KeyHint: Sendable, Equatable {
    public var key: String
    public var label: String

    public init(key: String, label: String) {
        self.key = key
        self.label = label
    }
}

/// The bottom line of key hints: `1 Overview  2 Agents  ? Help  q Quit`.
/// Hints that do not fit are dropped from the end, never cut in the middle.
public struct KeyHintBar: Sendable {
    public var hints: [KeyHint]
    /// Blank columns between hints.
    public var spacing: Int

    public init(hints: [KeyHint], spacing: Int = 2) {
        self.hints = hints
        self.spacing = max(0, spacing)
    }

    /// Convenience for literal lists of (key, label) pairs.
    public init(hints: [(key: String, label: String)], spacing: Int = 2) {
        self.init(hints: hints.map { KeyHint(key: $0.key, label: $0.label) }, spacing: spacing)
    }

    /// How many leading hints fit in `width` columns.
    public func fittingCount(width: Int) -> Int {
        var used = 0
        for (index, hint) in hints.enumerated() {
            let hintWidth = DisplayWidth.of(Sanitizer.clean(hint.key)) + 1 + DisplayWidth.of(Sanitizer.clean(hint.label))
            let needed = used + (index > 0 ? spacing : 0) + hintWidth
            if needed > width { return index }
            used = needed
        }
        return hints.count
    }

    /// Draws on the first row of `rect`: keys in `.keyHint`, labels in `.normal`.
    public func render(into buffer: inout ScreenBuffer, rect: Rect, glyphs: GlyphSet) {
        guard !rect.isEmpty else { return }
        var x = rect.x
        for (index, hint) in hints.prefix(fittingCount(width: rect.width)).enumerated() {
            if index > 0 { x += spacing }
            x += buffer.put(hint.key, x: x, y: rect.y, maxWidth: rect.maxX - x, style: CellStyle(.keyHint, .bold), glyphs: glyphs)
            x += 1
            x += buffer.put(hint.label, x: x, y: rect.y, maxWidth: rect.maxX - x, glyphs: glyphs)
        }
    }
}
