import Foundation
import NIOHTTP1

extension ArchestraClient {
    /// Sends `body` (as given, `{}` by default) and reads the answer as a `Record` when it is one.
    ///
    /// For actions whose answer the contract does not pin down (restores answer with the record on
    /// the simulator, possibly `{success: true}` elsewhere): a 2xx that is not such a record gives `nil`.
    func act<Record: LenientDecodable>(
        _ method: HTTPMethod, _ path: String, body: JSONValue = .object([:]), as type: Record.Type = Record.self
    ) async throws -> Record? {
        let endpoint = "\(method.rawValue) \(configuration.baseURL.path)\(path)"
        let bytes: [UInt8]
        do {
            bytes = Array(try JSONEncoder().encode(body))
        } catch {
            throw ArchestraError.invalidConfiguration("Could not encode the request body for \(endpoint): \(error)")
        }
        let answer = try await json(method, path, body: bytes)
        return try? Record(json: answer)
    }
}
