import Foundation

/// Body of `POST /api/knowledge-bases` (needs `name`) and `PUT /api/knowledge-bases/{id}` (partial).
///
/// `name` and `labels` are sent only when non-nil; `description` is nullable (``FieldUpdate``:
/// `.clear` sends `null`, a string literal or `.set` sends the text).
public struct KnowledgeBaseInput: Sendable, Equatable, Encodable {
    public var name: String?
    public var description: FieldUpdate<String>
    /// Replaces the stored set on update.
    public var labels: [LabelInput]?

    public init(name: String? = nil, description: FieldUpdate<String> = .unchanged, labels: [LabelInput]? = nil) {
        self.name = name
        self.description = description
        self.labels = labels
    }

    private enum CodingKeys: String, CodingKey {
        case name, description, labels
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(name, forKey: .name)
        try container.encode(update: description, forKey: .description)
        try container.encodeIfPresent(labels, forKey: .labels)
    }
}
