extension ScreenBuffer {
    /// The text of every row with trailing spaces removed; for golden tests and debugging.
    public func lines() -> [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width { line += self[column, row].text }
            return line.trimmingTrailingSpaces()
        }
    }

    /// One character per cell giving its role through `legend` (roles not in the legend
    /// show as a space), trailing spaces removed; the colour layer of golden tests.
    public func styleMap(_ legend: [ColorRole: Character]) -> [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width {
                line.append(legend[self[column, row].style.role] ?? " ")
            }
            return line.trimmingTrailingSpaces()
        }
    }

    /// One character per cell marking cells that carry `attribute` with `mark`, others with
    /// a space, trailing spaces removed.
    public func attributeMap(_ attribute: TextAttributes, mark: Character = "x") -> [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width {
                line.append(self[column, row].style.attributes.contains(attribute) ? mark : " ")
            }
            return line.trimmingTrailingSpaces()
        }
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
