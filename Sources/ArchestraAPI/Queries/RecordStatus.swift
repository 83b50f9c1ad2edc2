/// The `status` filter of lists that keep a trash (soft delete, API notes §2.4).
public enum RecordStatus: String, Sendable, Equatable, CaseIterable {
    /// Live records (what lists show by default).
    case active
    /// Records in the trash, which `POST …/{id}/restore` brings back.
    case deleted
}
