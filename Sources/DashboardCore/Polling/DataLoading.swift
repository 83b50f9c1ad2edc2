import ArchestraAPI

/// Performs one fetch. The production loader talks to the API; tests substitute their own.
public protocol DataLoading: Sendable {
    func load(_ request: FetchRequest) async -> Result<LoadedData, ArchestraError>
}
