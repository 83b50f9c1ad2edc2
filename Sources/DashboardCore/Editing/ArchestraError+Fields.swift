import ArchestraAPI

extension ArchestraError {
    /// The field of a form a validation error (400) is about: the first field whose API name the
    /// server's message names (`body/scope …`, `"scope": …`, `scope must …`).
    func fieldNamed(in fields: [EditableField]) -> String? {
        guard status == 400, case .http(_, _, let message, _) = self else { return nil }
        let words = Set(message.split { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == ".") }.map(String.init))
        return fields.first { words.contains($0.name) || words.contains(String($0.name.split(separator: ".").last ?? "")) }?.name
    }

    /// What the server said, without the advice the description adds.
    var validationMessage: String {
        if case .http(_, _, let message, _) = self { return message }
        return description
    }
}
