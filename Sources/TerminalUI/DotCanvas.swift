/// A grid of dots for line charts: 2x4 braille dots per cell, or one dot per cell when
/// braille is not available (drawn as `*`).
struct DotCanvas {
    let columns: Int
    let rows: Int
    let usesBraille: Bool
    private var bits: [UInt8]
    private var roles: [ColorRole?]

    init(columns: Int, rows: Int, usesBraille: Bool) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        self.usesBraille = usesBraille
        bits = Array(repeating: 0, count: self.columns * self.rows)
        roles = Array(repeating: nil, count: self.columns * self.rows)
    }

    /// Dots across and down.
    var dotWidth: Int { columns * (usesBraille ? 2 : 1) }
    var dotHeight: Int { rows * (usesBraille ? 4 : 1) }

    /// Braille dot numbering: bit for the dot at (column 0/1, row 0...3) inside a cell.
    private static let brailleBits: [[UInt8]] = [
        [0x01, 0x02, 0x04, 0x40],
        [0x08, 0x10, 0x20, 0x80],
    ]

    mutating func plot(x: Int, y: Int, role: ColorRole) {
        guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
        let cellX = usesBraille ? x / 2 : x
        let cellY = usesBraille ? y / 4 : y
        let index = cellY * columns + cellX
        bits[index] |= usesBraille ? Self.brailleBits[x % 2][y % 4] : 1
        roles[index] = role
    }

    /// Plots every dot on the straight line between two dots (Bresenham).
    mutating func line(from start: (x: Int, y: Int), to end: (x: Int, y: Int), role: ColorRole) {
        var x = start.x
        var y = start.y
        let dx = abs(end.x - start.x)
        let dy = -abs(end.y - start.y)
        let stepX = start.x < end.x ? 1 : -1
        let stepY = start.y < end.y ? 1 : -1
        var error = dx + dy
        while true {
            plot(x: x, y: y, role: role)
            if x == end.x && y == end.y { return }
            let doubled = 2 * error
            if doubled >= dy {
                error += dy
                x += stepX
            }
            if doubled <= dx {
                error += dx
                y += stepY
            }
        }
    }

    /// The glyph and role of a cell, or nil when it has no dot.
    func cell(column: Int, row: Int) -> (text: String, role: ColorRole)? {
        let index = row * columns + column
        guard bits[index] != 0, let role = roles[index] else { return nil }
        guard usesBraille, let scalar = Unicode.Scalar(0x2800 + UInt32(bits[index])) else { return ("*", role) }
        return (String(Character(scalar)), role)
    }
}
