import Foundation

/// Body of `POST /api/knowledge-bases` (needs `name`) and `PUT /api/knowledge-bases/{id}`.
/// Only non-nil fields are sent.
public struct KnowledgeBaseInput: Sendable, Equatable, Encodable {
    public var name: String?
    public var description: String?
    public var labels: [LabelInput]?

    public init(name: String? = nil, description: String? = nil, labels: [LabelInput]? = nil) {
        self.name = name
        self.description = description
        self.labels = labels
    }
}
