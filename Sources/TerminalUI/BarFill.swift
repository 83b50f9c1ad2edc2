/// Builds the glyphs of a horizontal bar with eighth-of-a-cell precision.
enum BarFill {
    /// Filled glyphs for `fraction` (clamped to 0...1) of `width` cells, without the empty
    /// remainder; its display width is at most `width`.
    static func filled(fraction: Double, width: Int, glyphs: GlyphSet) -> String {
        guard width > 0 else { return "" }
        let clamped = fraction.isFinite ? min(1, max(0, fraction)) : 0
        let partialSteps = glyphs.gaugePartials.count + 1
        let steps = Int((clamped * Double(width * partialSteps)).rounded(.down))
        let full = steps / partialSteps
        let remainder = steps % partialSteps
        var text = String(repeating: glyphs.gaugeFull, count: full)
        if remainder > 0, full < width {
            text += glyphs.gaugePartials[remainder - 1]
        }
        return text
    }
}
