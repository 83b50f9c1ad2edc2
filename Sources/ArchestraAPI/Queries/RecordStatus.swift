/// The `status` filter of lists that keep a trash (soft delete, CONTRACT conventions).
public enum RecordStatus: String, Sendable, Equatable, CaseIterable {
    /// Live records (what lists show by default).
    case active
    /// Records in the trash, which `POST …/{id}/restore` brings back.
    case deleted
}
