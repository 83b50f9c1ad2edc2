import NIOSSL

/// Turns BoringSSL's error stack into words, instead of a dump of Swift enums.
enum TLSErrorText {
    /// BoringSSL's reason codes in `error`, innermost last, e.g. `["CERTIFICATE_VERIFY_FAILED"]`.
    ///
    /// An entry reads `error:1000007d:SSL routines:OPENSSL_internal:CERTIFICATE_VERIFY_FAILED at file:line`;
    /// the reason is the upper-case word after the last colon.
    static func reasons(of error: Error) -> [String] {
        let text = String(describing: error)
        var found: [String] = []
        for piece in text.split(separator: ":") {
            let word = piece.prefix { $0.isUppercase || $0.isNumber || $0 == "_" }
            guard word.count > 3, word.contains("_"), word.first?.isLetter == true else { continue }
            // Only a whole word counts ("OPENSSL_internal" is not a reason).
            let rest = piece.dropFirst(word.count)
            guard rest.isEmpty || rest.first == " " || rest.first == ")" || rest.first == "," || rest.first == "]" else { continue }
            found.append(String(word))
        }
        return found
    }

    /// `CERTIFICATE_VERIFY_FAILED` → `certificate verify failed`.
    static func words(_ reason: String) -> String {
        reason.lowercased().replacingOccurrences(of: "_", with: " ")
    }

    /// A short phrase for a TLS failure that has no better explanation.
    static func summary(of error: Error) -> String {
        if let sslError = error as? NIOSSLError {
            switch sslError {
            case .uncleanShutdown: return "the server closed the connection without ending TLS properly"
            case .handshakeFailed(let inner) where reasons(of: inner).isEmpty:
                let text = String(describing: inner)
                if text.contains("EOF during handshake") { return "the server hung up during the TLS handshake" }
                return "the TLS handshake failed"
            case .noCertificateToValidate: return "the server sent no certificate"
            default: break
            }
        }
        if let reason = reasons(of: error).last { return words(reason) }
        return "the TLS handshake failed"
    }
}
