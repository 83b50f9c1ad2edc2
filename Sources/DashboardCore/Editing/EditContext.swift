import Foundation
import ArchestraAPI

/// What the fields of a form may offer, read from the state when editing starts: each resource's
/// editor builds its own (`ResourceEditor.context`), usually the standard one plus its choices.
public struct EditContext: Sendable, Equatable {
    public var directory: EditDirectory
    public var generation: APIGeneration?
    /// LLM model names the console has seen, offered wherever a model is typed.
    public var models: [String]
    /// Named lists of things a field may pick, each with the body fields picking it sets.
    public var choices: [String: [EditChoice]]

    public init(
        directory: EditDirectory = EditDirectory(), generation: APIGeneration? = nil, models: [String] = [],
        choices: [String: [EditChoice]] = [:]
    ) {
        self.directory = directory
        self.generation = generation
        self.models = models
        self.choices = choices
    }

    /// The teams directory, the API generation and the models seen: what any form may use.
    @Sendable public static func standard(_ state: AppState) -> EditContext {
        EditContext(directory: EditDirectory(teams: state.teamNameList), generation: state.generation, models: state.knownModels)
    }

    /// The labels of a list of choices, in their order.
    public func labels(_ list: String) -> [String] { (choices[list] ?? []).map(\.label) }

    /// The choice of `list` shown as `label`.
    public func choice(_ list: String, labelled label: String) -> EditChoice? {
        choices[list]?.first { $0.label == label }
    }
}

/// One thing a form field may pick: how it is shown and typed ("team Platform"), and what picking
/// it puts in the request body (a limit's `entityType` and `entityId`).
public struct EditChoice: Sendable, Equatable, Hashable {
    public var label: String
    public var fields: [String: JSONValue]

    public init(label: String, fields: [String: JSONValue] = [:]) {
        self.label = label
        self.fields = fields
    }
}

extension AppState {
    /// What the current tab's form may offer.
    public var editContext: EditContext {
        currentTab.editor(self)?.context(self) ?? EditContext.standard(self)
    }
}
