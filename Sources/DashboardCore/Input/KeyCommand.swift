/// What a key asks for in the normal mode; the key map decides which keys do what.
public enum KeyCommand: String, Sendable, CaseIterable, Hashable {
    case quit, help, refresh, command, filter, sort
    case sortPrevious, sortNext, nextPane, previousPane
    case down, up, pageDown, pageUp, top, bottom, open, back
    case nextTab, previousTab, nextTimeframe, previousTimeframe
    case edit, editInForm, new, delete, undo, actions
    case export
}
