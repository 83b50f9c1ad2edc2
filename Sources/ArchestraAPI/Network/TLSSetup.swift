import Foundation
import NIOSSL

/// Builds the client's TLS configuration from ``NetworkSettings``, reading the files once so that a
/// missing or malformed file is reported at start, not as a handshake failure later.
enum TLSSetup {
    static func configuration(for settings: NetworkSettings) throws -> TLSConfiguration {
        var tls = TLSConfiguration.makeClientConfiguration()
        if settings.allowInsecureTLS {
            tls.certificateVerification = .none
        }
        if let caFile = settings.caFile {
            let authorities = try certificates(in: caFile, what: "CA file (--ca-file)")
            // Added to the system's roots, not replacing them.
            tls.additionalTrustRoots = [.certificates(authorities)]
        }
        switch (settings.clientCertificateFile, settings.clientKeyFile) {
        case (nil, nil):
            break
        case (let certificateFile?, let keyFile?):
            let chain = try certificates(in: certificateFile, what: "client certificate (--client-cert)")
            let key: NIOSSLPrivateKey
            do {
                key = try NIOSSLPrivateKey(file: keyFile, format: .pem)
            } catch {
                throw ArchestraError.invalidConfiguration(
                    "Cannot use the client key (--client-key) \(keyFile): \(FileProblem.describe(error, path: keyFile, expecting: "an unencrypted PEM private key"))"
                )
            }
            tls.certificateChain = chain.map { .certificate($0) }
            tls.privateKey = .privateKey(key)
            try checkKeyMatches(tls)
        case (_?, nil):
            throw ArchestraError.invalidConfiguration("--client-cert needs --client-key (the certificate's private key)")
        case (nil, _?):
            throw ArchestraError.invalidConfiguration("--client-key needs --client-cert (the certificate for that key)")
        }
        return tls
    }

    /// Building a context checks that the key belongs to the certificate.
    private static func checkKeyMatches(_ tls: TLSConfiguration) throws {
        do {
            _ = try NIOSSLContext(configuration: tls)
        } catch {
            throw ArchestraError.invalidConfiguration(
                "The client certificate and key cannot be used together (\(FileProblem.plainTLSReason(error))) — does the key belong to the certificate?"
            )
        }
    }

    private static func certificates(in path: String, what: String) throws -> [NIOSSLCertificate] {
        let found: [NIOSSLCertificate]
        do {
            found = try NIOSSLCertificate.fromPEMFile(path)
        } catch {
            throw ArchestraError.invalidConfiguration(
                "Cannot use the \(what) \(path): \(FileProblem.describe(error, path: path, expecting: "PEM certificates"))")
        }
        guard !found.isEmpty else {
            throw ArchestraError.invalidConfiguration("The \(what) \(path) holds no PEM certificate (-----BEGIN CERTIFICATE-----)")
        }
        return found
    }
}

/// Why a certificate or key file could not be used, in words.
enum FileProblem {
    static func describe(_ error: Error, path: String, expecting: String) -> String {
        if !fileExists(path) { return "no such file" }
        if access(path, R_OK) != 0 { return "not readable by this user" }
        if let ioError = error as? NIOSSLError, case .failedToLoadCertificate = ioError {
            return "it does not hold \(expecting)"
        }
        if let ioError = error as? NIOSSLError, case .failedToLoadPrivateKey = ioError {
            return "it does not hold \(expecting)"
        }
        return "it is unreadable or does not hold \(expecting)"
    }

    static func plainTLSReason(_ error: Error) -> String {
        TLSErrorText.reasons(of: error).first.map(TLSErrorText.words) ?? "\(error)"
    }

    private static func fileExists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }
}
