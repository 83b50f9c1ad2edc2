import ArchestraAPI

extension ArchestraError {
    /// The form field a validation error is about: its whole path when a field has that dotted name
    /// (`environmentValues.TOKEN`), else its first member (`scope`).
    func fieldNamed(in fields: [EditableField]) -> String? {
        let path = validationFieldPath.joined(separator: ".")
        if !path.isEmpty, fields.contains(where: { $0.name == path }) { return path }
        return validationFields.first { name in fields.contains { $0.name == name } }
    }

    /// What the server said, without the advice the description adds.
    var validationMessage: String {
        if case .http(_, _, let message, _) = self { return message }
        return description
    }
}
