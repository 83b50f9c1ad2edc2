import Foundation
import ArchestraAPI

/// Loads each request through the fetch its source or look-up declares.
public struct APIDataLoader: DataLoading {
    public let client: ArchestraClient

    public init(client: ArchestraClient) {
        self.client = client
    }

    public func load(_ request: FetchRequest) async -> Result<any Sendable, ArchestraError> {
        do {
            switch request.target {
            case .source(let id):
                guard let source = ResourceRegistry.source(id) else { throw Self.unknown(request) }
                return .success(try await source.fetch(client, request.key))
            case .item(let id, let key):
                guard let lookup = ResourceRegistry.lookup(id) else { throw Self.unknown(request) }
                return .success(try await lookup.fetch(client, key))
            }
        } catch let error as ArchestraError {
            return .failure(error)
        } catch is CancellationError {
            return .failure(.transport(.other("cancelled"), endpoint: request.target.description))
        } catch {
            return .failure(.transport(.other(String(describing: error)), endpoint: request.target.description))
        }
    }

    static func unknown(_ request: FetchRequest) -> ArchestraError {
        .invalidConfiguration("nothing in the registry fetches \(request.target)")
    }
}
