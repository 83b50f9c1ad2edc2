/// The xterm palette's colours as RGB, to find the nearest one a terminal can show.
enum ColorPalette {
    typealias RGB = (red: UInt8, green: UInt8, blue: UInt8)

    /// The 16 basic colours as xterm draws them (others differ a little; the nearest is still right).
    static let basic: [RGB] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    /// The six levels of each channel in the 6x6x6 cube (indices 16–231).
    static let cubeLevels: [UInt8] = [0, 95, 135, 175, 215, 255]

    static func rgb(ofIndex index: UInt8) -> RGB {
        switch index {
        case 0..<16: return basic[Int(index)]
        case 16..<232:
            let value = Int(index) - 16
            return (cubeLevels[value / 36], cubeLevels[value / 6 % 6], cubeLevels[value % 6])
        default:
            let gray = UInt8(8 + 10 * (Int(index) - 232))
            return (gray, gray, gray)
        }
    }

    static func distance(_ left: RGB, _ right: RGB) -> Int {
        let red = Int(left.red) - Int(right.red)
        let green = Int(left.green) - Int(right.green)
        let blue = Int(left.blue) - Int(right.blue)
        // Weighted for how the eye sees green and red more than blue.
        return 3 * red * red + 4 * green * green + 2 * blue * blue
    }

    /// The nearest of the 256-colour palette, from the cube and the gray ramp (never the basic 16,
    /// whose look differs from terminal to terminal).
    static func nearestIndex256(to color: RGB) -> UInt8 {
        var best: UInt8 = 16
        var bestDistance = Int.max
        for index in UInt8(16)...UInt8(255) {
            let candidate = distance(color, rgb(ofIndex: index))
            if candidate < bestDistance {
                best = index
                bestDistance = candidate
            }
        }
        return best
    }

    /// The nearest of the first `count` (8 or 16) basic colours.
    static func nearestBasic(to color: RGB, count: Int) -> TerminalColor {
        let names = NamedColor.allCases
        let limit = count >= 16 ? 16 : 8
        let index = (0..<limit).min { distance(color, basic[$0]) < distance(color, basic[$1]) } ?? 7
        return index < 8 ? .named(names[index]) : .bright(names[index - 8])
    }
}
