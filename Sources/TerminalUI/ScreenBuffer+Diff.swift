/// A horizontal run of cells with one style, as the terminal backend draws it.
public struct CellRun: Sendable, Equatable {
    public var x: Int
    public var y: Int
    /// The run's characters; a wide character counts for two columns.
    public var text: String
    public var style: CellStyle

    public init(x: Int, y: Int, text: String, style: CellStyle) {
        self.x = x
        self.y = y
        self.text = text
        self.style = style
    }
}

extension ScreenBuffer {
    /// The runs the backend must redraw to turn `old` into this buffer: per row, maximal
    /// runs of changed cells sharing a style. With no `old`, or one of another size,
    /// everything is returned. Both halves of a changed wide character are included.
    public func changedRuns(since old: ScreenBuffer?) -> [CellRun] {
        let comparable = old.flatMap { $0.width == width && $0.height == height ? $0 : nil }
        var runs: [CellRun] = []
        for row in 0..<height {
            var changed: [Bool]
            if let comparable {
                // Most rows of a frame a second later are the same: nil skips them.
                guard let columns = changedColumns(ofRow: row, since: comparable) else { continue }
                changed = columns
            } else {
                changed = [Bool](repeating: true, count: width)
            }
            widenToWholeCharacters(&changed, row: row)
            appendRuns(of: changed, row: row, to: &runs)
        }
        return runs
    }

    private func widenToWholeCharacters(_ changed: inout [Bool], row: Int) {
        for column in 0..<width where changed[column] {
            if self[column, row].isWideContinuation, column > 0 { changed[column - 1] = true }
            if self[column, row].width == 2, column + 1 < width { changed[column + 1] = true }
        }
    }

    private func appendRuns(of changed: [Bool], row: Int, to runs: inout [CellRun]) {
        var current: CellRun?
        for column in 0..<width {
            guard changed[column] else {
                if let run = current { runs.append(run) }
                current = nil
                continue
            }
            let cell = self[column, row]
            // The right half of a wide character always stays with its left half.
            if var run = current, run.style == cell.style || cell.isWideContinuation {
                run.text += cell.text
                current = run
            } else {
                if let run = current { runs.append(run) }
                current = CellRun(x: column, y: row, text: cell.text, style: cell.style)
            }
        }
        if let run = current { runs.append(run) }
    }
}
