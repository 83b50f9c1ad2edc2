/// Makes untrusted text (names, descriptions, error messages from the API) safe to draw.
///
/// Removes C0 and C1 control characters (a tab or newline becomes a space), DEL, whole
/// escape sequences (CSI, OSC, DCS/APC/PM/SOS strings and two-character `ESC x`), and bidi
/// embedding/override/isolate controls, which could reorder what the operator sees.
/// Every printable character of any script is kept.
public enum Sanitizer {
    /// The printable part of `s`.
    public static func clean(_ s: String) -> String {
        if isPlainPrintableASCII(s) { return s }
        // Bars, boxes and charts are drawn every frame: text with nothing to remove is kept as it is.
        if !s.unicodeScalars.contains(where: isRemoved) { return s }
        var output = String.UnicodeScalarView()
        var scanner = Scanner(scalars: Array(s.unicodeScalars))
        while let scalar = scanner.next() {
            switch scalar.value {
            case 0x09, 0x0A:
                output.append(" ")
            case 0x1B:
                scanner.skipEscapeSequence()
            case 0x9B:
                scanner.skipControlSequence()
            case 0x9D:
                scanner.skipString(bellTerminates: true)
            case 0x90, 0x98, 0x9E, 0x9F:
                scanner.skipString(bellTerminates: false)
            default:
                if !isRemoved(scalar) { output.append(scalar) }
            }
        }
        return String(output)
    }

    /// Controls, DEL and the bidi controls: every scalar `clean` drops or replaces.
    private static func isRemoved(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    static func isPlainPrintableASCII(_ s: String) -> Bool {
        s.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// Walks the scalars of the input, skipping over escape sequences.
    private struct Scanner {
        let scalars: [Unicode.Scalar]
        var index = 0

        mutating func next() -> Unicode.Scalar? {
            guard index < scalars.count else { return nil }
            defer { index += 1 }
            return scalars[index]
        }

        func peek() -> UInt32? {
            index < scalars.count ? scalars[index].value : nil
        }

        /// Called just after an ESC.
        mutating func skipEscapeSequence() {
            guard let introducer = peek() else { return }
            index += 1
            switch introducer {
            case 0x5B:  // ESC [  -> CSI
                skipControlSequence()
            case 0x5D:  // ESC ]  -> OSC
                skipString(bellTerminates: true)
            case 0x50, 0x58, 0x5E, 0x5F:  // ESC P, X, ^, _  -> DCS, SOS, PM, APC
                skipString(bellTerminates: false)
            case 0x20...0x2F:  // intermediate bytes, e.g. ESC ( B: skip up to the final byte
                while let value = peek(), (0x20...0x2F).contains(value) { index += 1 }
                if peek() != nil { index += 1 }
            default:  // two-character sequence such as ESC c or ESC 7
                break
            }
        }

        /// Skips CSI parameter and intermediate bytes and the final byte.
        mutating func skipControlSequence() {
            while let value = peek() {
                index += 1
                if (0x40...0x7E).contains(value) { return }
                // Anything outside the CSI alphabet aborts the sequence, as terminals do.
                if !(0x20...0x3F).contains(value) { return }
            }
        }

        /// Skips a control string up to its terminator (ST = ESC \ or U+009C, or BEL for OSC).
        mutating func skipString(bellTerminates: Bool) {
            while let value = peek() {
                index += 1
                if value == 0x9C || (bellTerminates && value == 0x07) { return }
                if value == 0x1B, peek() == 0x5C {
                    index += 1
                    return
                }
            }
        }
    }
}
