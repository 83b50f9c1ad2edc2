import ArchestraAPI

/// Selection, scroll, filter and sort of one list pane.
public struct ListState: Sendable, Equatable {
    public var selected: Int = 0
    /// First visible row.
    public var scroll: Int = 0
    /// Rows whose text contains this (case-insensitive) are shown.
    public var filter: String = ""
    public var sortColumn: Int?
    public var sortAscending: Bool = true
    /// Lists with a trash show it instead (`:trash`).
    public var showsTrash = false
    public init() {}
}

/// What keys currently mean.
public enum InputMode: Sendable, Equatable {
    case normal
    /// Typing a row filter after `/`.
    case filter
    /// Typing a `:command`; the text typed so far.
    case command(String)
    /// `s` was pressed: the next letter picks the sort column.
    case sortPick
    case help
}

/// A record opened with Enter: every field, scrollable. Opened from a row, it follows that row's
/// data as new answers arrive.
public struct DetailState: Sendable, Equatable {
    public var title: String
    public var lines: [DetailLine]
    public var scroll: Int = 0
    /// The row it shows, when opened from a table.
    public var rowID: String?

    public init(title: String, lines: [DetailLine], rowID: String? = nil) {
        self.title = title
        self.lines = lines
        self.rowID = rowID
    }
}

/// One line of a detail view: an indented key and its value.
public struct DetailLine: Sendable, Equatable {
    public var depth: Int
    public var key: String
    public var value: String
    /// Highlight for lines that deserve attention (errors, limits over their cap).
    public var emphasis: Emphasis

    public enum Emphasis: Sendable, Equatable { case none, heading, warning, danger }

    public init(depth: Int, key: String, value: String, emphasis: Emphasis = .none) {
        self.depth = depth
        self.key = key
        self.value = value
        self.emphasis = emphasis
    }
}

/// Everything about the screen that is not server data.
public struct UIState: Sendable, Equatable {
    public var pane: Pane = ResourceRegistry.startPane
    public var lists: [Pane: ListState] = [:]
    public var mode: InputMode = .normal
    /// The row of the `:` palette chosen with the arrows; nil means the best match (none while
    /// nothing is typed, so `:` Enter still does nothing). Reset whenever the text changes.
    public var paletteChoice: Int?
    public var detail: DetailState?
    /// The selected tab of each pane with several (index into its resource's tabs).
    public var tabs: [Pane: Int] = [:]
    /// The filter each pane was opened with by a link (`PaneLink`).
    public var scopes: [Pane: PaneScope] = [:]
    /// Where links were followed from, most recent last; `Esc` returns there.
    public var backStack: [NavigationEntry] = []
    public var screenWidth: Int = 80
    public var screenHeight: Int = 24
    /// The first help line shown, when help is longer than the screen.
    public var helpScroll = 0
    /// A one-line message (e.g. "unknown command :foo"), cleared by the next key.
    public var flash: String?
    /// Editing, a confirmation, a version history or an install, over the pane.
    public var overlay: Overlay?
    /// The last record deleted, while `u` can bring it back.
    public var lastDeleted: DeletedRecord?
    /// The last undoable action, while `u` on its pane can put back what it changed.
    public var lastUndo: PendingUndo?
    /// Edits that could not be saved, by record ("pane/id", or "pane/new"): reopening starts from them.
    public var unsavedEdits: [String: EditDraft] = [:]
    /// `$EDITOR` runs asked for since the console started: the main loop runs a request whose number is
    /// above the last it ran, so the count must not restart with each edit.
    public var externalEditorRuns = 0

    public init() {}

    public func list(_ pane: Pane) -> ListState { lists[pane] ?? ListState() }

    public func tab(of pane: Pane) -> Int { tabs[pane] ?? 0 }

    public mutating func updateList(_ pane: Pane, _ change: (inout ListState) -> Void) {
        var state = lists[pane] ?? ListState()
        change(&state)
        lists[pane] = state
    }
}

/// A record deleted from the console, for undo.
public struct DeletedRecord: Sendable, Equatable {
    public var ref: EditorRef
    public var id: String
    public var name: String
    public var noun: String
}
