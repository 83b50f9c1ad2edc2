/// A tiny deterministic pseudo-random generator (SplitMix64).
///
/// The simulator seeds everything from `SimulatorOptions.seed`, so the same seed always
/// yields the same organisation, ids and traffic pattern. Being a value type, each owner
/// carries its own generator: there is no shared random state.
struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A value in `0..<1`.
    mutating func unit() -> Double {
        Double(next() >> 11) / Double(1 << 53)
    }

    /// An integer in `range` (inclusive).
    mutating func int(in range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &self)
    }

    /// A double in `range`.
    mutating func double(in range: ClosedRange<Double>) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * unit()
    }

    /// A lowercase UUID string (version 4 layout) drawn from this generator.
    mutating func uuid() -> String {
        let high = next()
        let low = next()
        var bytes = [UInt8](repeating: 0, count: 16)
        for index in 0..<8 {
            bytes[index] = UInt8(truncatingIfNeeded: high >> (UInt64(index) * 8))
            bytes[index + 8] = UInt8(truncatingIfNeeded: low >> (UInt64(index) * 8))
        }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return HexFormatting.uuid(bytes)
    }

    /// An opaque identifier like the auth library's (`Hq7Xv2LrPz9W…`), `length` characters long.
    mutating func opaqueID(length: Int = 32) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".utf8)
        var characters = [UInt8]()
        characters.reserveCapacity(length)
        for _ in 0..<length {
            characters.append(alphabet[Int(next() % UInt64(alphabet.count))])
        }
        return String(decoding: characters, as: UTF8.self)
    }
}

/// Hex rendering without Foundation formatters (fast enough for 100 000 ids at seed time).
enum HexFormatting {
    private static let digits = Array("0123456789abcdef".utf8)

    static func uuid(_ bytes: [UInt8]) -> String {
        var characters = [UInt8]()
        characters.reserveCapacity(36)
        for (index, byte) in bytes.enumerated() {
            if index == 4 || index == 6 || index == 8 || index == 10 {
                characters.append(UInt8(ascii: "-"))
            }
            characters.append(digits[Int(byte >> 4)])
            characters.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: characters, as: UTF8.self)
    }
}
