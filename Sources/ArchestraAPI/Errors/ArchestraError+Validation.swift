import Foundation

extension ArchestraError {
    /// Whether this is the server rejecting the values sent: a 400 or 422, or any answer typed
    /// `api_validation_error`.
    public var isValidationError: Bool {
        guard case .http(let status, let type, _, _) = self else { return false }
        return status == 400 || status == 422 || type == "api_validation_error"
    }

    /// The members a validation error's message names (see ``ValidationMessage``); empty for other errors.
    public var validationIssues: [ValidationIssue] {
        guard isValidationError, case .http(_, _, let message, _) = self else { return [] }
        return ValidationMessage.issues(in: message)
    }

    /// The top-level request field a validation error is about (`"name"`, `"teams"`…), or `nil` when it
    /// is not a validation error or its message names no field.
    public var validationField: String? {
        validationIssues.lazy.compactMap(\.field).first
    }

    /// Every top-level field the validation error names, first mention first, without repeats.
    public var validationFields: [String] {
        var seen = Set<String>()
        return validationIssues.compactMap(\.field).filter { seen.insert($0).inserted }
    }

    /// The full path of the first member named, e.g. `["environmentValues", "GITHUB_TOKEN"]`; empty when none.
    public var validationFieldPath: [String] {
        validationIssues.first { !$0.path.isEmpty }?.path ?? []
    }
}
