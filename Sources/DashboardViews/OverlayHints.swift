import DashboardCore
import TerminalUI

/// The hint bar while a window is open over the pane: its own keys.
enum OverlayHints {
    static func hints(for overlay: Overlay, readOnly: Bool) -> [KeyHint] {
        let pairs: [(String, String)]
        switch overlay {
        case .edit(let session):
            switch session.phase {
            case .form:
                if session.form.confirmingDiscard {
                    pairs =
                        session.form.quitAfterDiscard
                        ? [("y", "discard and quit"), ("any key", "keep editing")]
                        : [("y", "discard"), ("k", "keep a draft"), ("any key", "keep editing")]
                } else if session.form.picker != nil {
                    pairs = [("↑ ↓", "move"), ("type", "narrow"), ("Space", "toggle"), ("Enter", "done"), ("Esc", "back")]
                } else {
                    pairs = [("Ctrl-S", "save"), ("Tab ↑ ↓", "field"), ("Enter", "pick"), ("Ctrl-E", "$EDITOR"), ("Esc", "cancel")]
                }
            case .conflict:
                pairs = [("o", "overwrite"), ("e", "edit on top of theirs"), ("c", "cancel")]
            case .loading:
                pairs = [("Esc", "cancel")]
            case .saving, .externalEditor:
                pairs = []
            }
        case .confirmDelete(let confirmation):
            pairs =
                confirmation.needsTypedName ? [("type the name", "then Enter"), ("Esc", "keep")] : [("y", "delete"), ("n Esc", "keep")]
        case .versions(let browser):
            if browser.confirmingRestore {
                pairs = [("y", "restore"), ("any key", "keep")]
            } else {
                // A read-only console shows the history but restores nothing: r is not offered.
                pairs = [("j k", "move"), ("Enter", "differences")] + (readOnly ? [] : [("r", "restore")]) + [("Esc", "close")]
            }
        case .actions:
            pairs = [("type", "narrow"), ("↑ ↓", "move"), ("Enter", "run"), ("Esc", "close")]
        case .progress(let progress):
            pairs = progress.confirm.map { [("y", $0.yes), ("any key", "keep")] } ?? [("Esc", "close")]
        }
        return pairs.enumerated().map { KeyHint(key: $0.element.0, label: $0.element.1, priority: 10 - $0.offset) }
    }
}
