import Foundation

/// Makes keys and certificates with the `openssl` command in a scratch folder removed afterwards.
///
/// `openssl ca` is used rather than `openssl x509 -req` because it takes exact start and end dates, which
/// the expired and not-yet-valid cases need.
enum OpenSSLRun {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func selfSigned(subject: String, extensions: [String], notValidBefore: Date, notValidAfter: Date) throws
        -> TestAuthority.Issued
    {
        try inScratchFolder { folder in
            let key = try newKey(in: folder, named: "self")
            let request = try signingRequest(in: folder, key: key, subject: subject)
            let certificate = try sign(
                request, in: folder, extensions: extensions, dates: (notValidBefore, notValidAfter),
                issuer: ["-selfsign", "-keyfile", key])
            return TestAuthority.Issued(certificatePEM: try read(certificate), privateKeyPEM: try read(key))
        }
    }

    static func signed(
        subject: String, extensions: [String], notValidBefore: Date, notValidAfter: Date,
        authority: (certificatePEM: String, keyPEM: String)
    ) throws -> TestAuthority.Issued {
        try inScratchFolder { folder in
            let authorityCertificate = try write(authority.certificatePEM, to: folder + "/authority.pem")
            let authorityKey = try write(authority.keyPEM, to: folder + "/authority.key")
            let key = try newKey(in: folder, named: "leaf")
            let request = try signingRequest(in: folder, key: key, subject: subject)
            let certificate = try sign(
                request, in: folder, extensions: extensions, dates: (notValidBefore, notValidAfter),
                issuer: ["-cert", authorityCertificate, "-keyfile", authorityKey])
            return TestAuthority.Issued(certificatePEM: try read(certificate), privateKeyPEM: try read(key))
        }
    }

    private static func newKey(in folder: String, named name: String) throws -> String {
        let key = folder + "/\(name).key"
        try openssl(["genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", key])
        return key
    }

    private static func signingRequest(in folder: String, key: String, subject: String) throws -> String {
        let request = folder + "/request.csr"
        try openssl(["req", "-new", "-config", folder + "/ca.cnf", "-key", key, "-subj", subject, "-out", request])
        return request
    }

    private static func sign(
        _ request: String, in folder: String, extensions: [String], dates: (Date, Date), issuer: [String]
    ) throws -> String {
        let certificate = folder + "/certificate.pem"
        try write(extensions.joined(separator: "\n") + "\n", to: folder + "/extensions.cnf")
        try openssl(
            [
                "ca", "-batch", "-notext", "-config", folder + "/ca.cnf", "-in", request, "-out", certificate,
                "-startdate", stamp(dates.0), "-enddate", stamp(dates.1),
                "-extfile", folder + "/extensions.cnf",
            ] + issuer)
        return certificate
    }

    /// `openssl ca` keeps a database; each run gets its own, so tests can run in parallel.
    private static func inScratchFolder<T>(_ body: (String) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("archestra-openssl-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try write("", to: folder + "/index.txt")
        try write(
            """
            [ca]
            default_ca = local
            [local]
            database = \(folder)/index.txt
            new_certs_dir = \(folder)
            rand_serial = yes
            default_md = sha256
            policy = any_name
            unique_subject = no
            email_in_dn = no
            # openssl ca writes the subject's parts in this order, whatever the request's order.
            [any_name]
            organizationName = optional
            commonName = supplied
            [req]
            distinguished_name = empty_name
            [empty_name]

            """, to: folder + "/ca.cnf")
        return try body(folder)
    }

    private static func stamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMddHHmmss'Z'"
        return formatter.string(from: date)
    }

    @discardableResult
    private static func write(_ text: String, to path: String) throws -> String {
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw Failure(description: "cannot write \(path)")
        }
        return path
    }

    private static func read(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    private static func openssl(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["openssl"] + arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(
                description: "openssl \(arguments.prefix(1).joined()) failed: " + String(decoding: message, as: UTF8.self))
        }
    }
}
