/// A key as the console understands it, independent of ncurses.
public enum KeyPress: Sendable, Equatable {
    case character(Character)
    case enter, escape, tab, backTab, backspace
    case up, down, left, right, pageUp, pageDown, home, end
    /// Ctrl plus a letter (lowercase).
    case control(Character)
}
