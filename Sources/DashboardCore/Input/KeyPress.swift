/// A key as the console understands it, independent of ncurses.
public enum KeyPress: Sendable, Equatable {
    case character(Character)
    case enter, escape, tab, backTab, backspace
    case up, down, left, right, pageUp, pageDown, home, end
    /// Ctrl plus a letter (lowercase).
    case control(Character)
    /// F1–F12.
    case function(Int)
    /// A mouse event (with `--mouse`).
    case mouse(MouseEvent)
}

/// A click or a turn of the wheel, at a screen cell.
public struct MouseEvent: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case click, wheelUp, wheelDown }
    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
