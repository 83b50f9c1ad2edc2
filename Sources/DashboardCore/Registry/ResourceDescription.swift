import Foundation
import ArchestraAPI

/// Everything the console knows about one resource, in one value: its pane, commands, data sources
/// and their cadence, its table (columns, sort keys and row details) and per-row look-ups.
/// Key bindings, command completion, help, the scheduler and the views all read it.
public struct ResourceDescription: Sendable {
    public let pane: Pane
    public let title: String
    /// Label in the header's pane tabs.
    public let shortTitle: String
    /// `:command` names; the first is the canonical one.
    public let commands: [String]
    /// Where help and the `:` palette list the pane.
    public let group: PaneGroup
    /// What the pane shows; a pane with several tabs switches with `[` and `]`.
    public let tabs: [ResourceTab]
    /// How the pane draws its tabs: as a table (the default), a view of its own, or a table with a side view.
    public let body: PaneBody
    /// Whether `t` / `T` (the statistics timeframe) change what the pane shows.
    public let usesTimeframe: Bool
    /// A live log, newest on top: the selection on the first row follows new rows, and `f` goes back there.
    public let followsNewest: Bool
    /// Sources read only for figures computed here but not drawn as such (the limit forecasts):
    /// polled slowly while the pane is visible.
    public let background: [AnySource]
    /// Per-row look-ups for the rows on screen.
    public let lookups: [AnyItemLookup]
    /// Other panes a row opens, limited to that row (`Enter` on a team opens its members).
    public let links: [PaneLink]
    /// The scopes this pane accepts from links; nil for a pane opened only unscoped.
    public let scope: ScopeAcceptance?
    /// Panes reached only through this resource's links, registered with it.
    public let children: [ResourceDescription]
    /// The resource's own state and the reducer that alone changes it (nil: it keeps none).
    public let slice: AnySliceReducer?
    /// What the header says about this resource on every pane (limits near their cap).
    public let headerBadge: (@Sendable (AppState, _ ascii: Bool) -> HeaderBadge?)?
    /// Watches (``ResourceRegistry/watches``, by source) whose figures the pane draws: polled while it is shown.
    public let showsWatches: Set<SourceID>
    /// Watches the pane's own answers feed while it is shown unscoped: they send nothing of their own then.
    public let feedsWatches: Set<SourceID>

    public init(
        pane: Pane, title: String, shortTitle: String, commands: [String], group: PaneGroup = .resources, tabs: [ResourceTab],
        body: PaneBody = .table, usesTimeframe: Bool = false, followsNewest: Bool = false, background: [AnySource] = [],
        lookups: [AnyItemLookup] = [],
        links: [PaneLink] = [], scope: ScopeAcceptance? = nil, children: [ResourceDescription] = [],
        slice: AnySliceReducer? = nil, headerBadge: (@Sendable (AppState, _ ascii: Bool) -> HeaderBadge?)? = nil,
        showsWatches: Set<SourceID> = [], feedsWatches: Set<SourceID> = []
    ) {
        precondition(!tabs.isEmpty, "a resource shows at least one tab")
        self.pane = pane
        self.title = title
        self.shortTitle = shortTitle
        self.commands = commands
        self.group = group
        self.tabs = tabs
        self.body = body
        self.usesTimeframe = usesTimeframe
        self.followsNewest = followsNewest
        self.background = background
        self.lookups = lookups
        self.links = links
        self.scope = scope
        self.children = children
        self.slice = slice
        self.headerBadge = headerBadge
        self.showsWatches = showsWatches
        self.feedsWatches = feedsWatches
    }

    /// Whether the pane shows only through a link (a team's members), never from Tab, digits or `:`.
    public var needsScope: Bool { scope?.required == true }

    /// The tab at `index`, clamped.
    public func tab(_ index: Int) -> ResourceTab {
        tabs[min(max(0, index), tabs.count - 1)]
    }
}

/// The sections of help and of the `:` palette: what operators manage, then what they watch.
public enum PaneGroup: String, Sendable, CaseIterable {
    case resources, observation
}

/// One view of a resource: the sources it draws from and, for lists, how its table is built.
public struct ResourceTab: Sendable {
    /// Shown in the title line when the resource has several tabs.
    public let name: String
    /// The sources it draws from; the first one's freshness and errors are the pane's.
    public let sources: [AnySource]
    /// Builds the rows (nil for panes with their own view, like the overview).
    public let table: (@Sendable (AppState) -> TableModel)?
    /// For lists that span pages: the columns the server can sort by, and its `sortBy` key for each.
    /// Nil means the whole list is loaded and every column sorts locally.
    public let serverSort: [Int: String]?
    /// What can be changed here, for help and the hint bar (the editor itself may depend on the server).
    public let editActions: Set<EditAction>
    /// How records of this tab are created, edited and deleted, for the server the state talks to.
    public let editor: @Sendable (AppState) -> ResourceEditor?
    /// Whether `:trash` shows deleted records, which `u` restores.
    public let hasTrash: Bool
    /// What else can be done to a row here (the engine asks, runs, follows; help and keys list them).
    public let actions: [RowAction]
    /// The versions its records keep, browsed by a ``RowAction/versions(applies:)`` action.
    public let history: RecordHistory?

    public init(
        _ name: String = "", sources: [AnySource], table: (@Sendable (AppState) -> TableModel)? = nil,
        serverSort: [Int: String]? = nil, editActions: Set<EditAction> = [], hasTrash: Bool = false,
        actions: [RowAction] = [], history: RecordHistory? = nil,
        editor: @escaping @Sendable (AppState) -> ResourceEditor? = { _ in nil }
    ) {
        precondition(!sources.isEmpty, "a tab draws from at least one source")
        self.name = name
        self.sources = sources
        self.table = table
        self.serverSort = serverSort
        self.editActions = editActions
        self.hasTrash = hasTrash
        self.actions = actions
        self.history = history
        self.editor = editor
    }

    /// A tab whose editor does not depend on the server.
    public init(
        _ name: String = "", sources: [AnySource], table: (@Sendable (AppState) -> TableModel)? = nil,
        serverSort: [Int: String]? = nil, hasTrash: Bool = false, actions: [RowAction] = [],
        history: RecordHistory? = nil, editor: ResourceEditor
    ) {
        self.init(
            name, sources: sources, table: table, serverSort: serverSort, editActions: editor.actions,
            hasTrash: hasTrash, actions: actions, history: history, editor: { _ in editor })
    }

    /// The source whose freshness and errors the pane reports.
    public var main: AnySource { sources[0] }
}
