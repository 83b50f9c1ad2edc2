/// One key and what it does, as shown in the hint bar.
public struct KeyHint: Sendable, Equatable {
    public var key: String
    public var label: String
    /// When the bar is too narrow, the lowest priorities are dropped first.
    public var priority: Int

    public init(key: String, label: String, priority: Int = 0) {
        self.key = key
        self.label = label
        self.priority = priority
    }

    var width: Int { DisplayWidth.of(Sanitizer.clean(key)) + 1 + DisplayWidth.of(Sanitizer.clean(label)) }
}

/// The bottom line of key hints: `1 Overview  2 Agents  ? Help  q Quit`.
/// Hints that do not fit are dropped whole, lowest priority first, never cut in the middle.
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

    /// The hints that fit in `width` columns, in their order: the lowest priorities (the later of
    /// equal ones) are left out until the rest fits.
    public func fitting(width: Int) -> [KeyHint] {
        var kept = Array(hints.indices)
        func used(_ indices: [Int]) -> Int {
            indices.reduce(0) { $0 + hints[$1].width } + spacing * max(0, indices.count - 1)
        }
        while !kept.isEmpty, used(kept) > width {
            let lowest = kept.min { hints[$0].priority < hints[$1].priority || (hints[$0].priority == hints[$1].priority && $0 > $1) }
            kept.removeAll { $0 == lowest }
        }
        return kept.map { hints[$0] }
    }

    /// Draws on the first row of `rect`: keys in `.keyHint`, labels in `.normal`.
    public func render(into buffer: inout ScreenBuffer, rect: Rect, glyphs: GlyphSet) {
        guard !rect.isEmpty else { return }
        var x = rect.x
        for (index, hint) in fitting(width: rect.width).enumerated() {
            if index > 0 { x += spacing }
            x += buffer.put(hint.key, x: x, y: rect.y, maxWidth: rect.maxX - x, style: CellStyle(.keyHint, .bold), glyphs: glyphs)
            x += 1
            x += buffer.put(hint.label, x: x, y: rect.y, maxWidth: rect.maxX - x, glyphs: glyphs)
        }
    }
}
