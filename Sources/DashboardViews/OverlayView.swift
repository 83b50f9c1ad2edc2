import ArchestraAPI
import DashboardCore
import TerminalUI

/// Windows over the pane: the form, a conflict, a delete confirmation, a version history, an install.
enum OverlayView {
    static func render(_ overlay: Overlay, context: RenderContext, into buffer: inout ScreenBuffer, rect: Rect) {
        guard !rect.isEmpty else { return }
        switch overlay {
        case .edit(let session):
            if case .conflict(_, let differences) = session.phase {
                ConflictView.render(session, differences: differences, context: context, into: &buffer, rect: rect)
            } else {
                EditFormView.render(session, context: context, into: &buffer, rect: rect)
            }
        case .confirmDelete(let confirmation):
            var lines = ["Delete \(confirmation.noun) \(confirmation.name)?"]
            if confirmation.needsTypedName {
                lines += ["It belongs to the whole organisation: type its name to delete it.", "", "> " + confirmation.typed + "_"]
            } else {
                lines += ["", "y deletes it, n or Esc keeps it."]
            }
            if confirmation.isRunning { lines.append("deleting…") }
            Dialog(title: context.text("Delete \(confirmation.noun)"), lines: lines.map(context.text), role: .danger)
                .render(into: &buffer, rect: rect, glyphs: context.glyphs)
        case .versions(let browser):
            VersionsView.render(browser, context: context, into: &buffer, rect: rect)
        case .actions(let menu):
            let matches = menu.matches
            var lines = ["> " + menu.query + "_", ""]
            lines += matches.enumerated().map { index, entry in
                (index == menu.highlighted ? context.glyphs.arrowRight + " " : "  ")
                    + entry.id.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
                    + (entry.key.isEmpty ? "" : entry.key + "  ") + entry.help
            }
            if matches.isEmpty { lines.append("  nothing matches") }
            Dialog(title: context.text("Actions"), lines: lines.map(context.text), role: .border)
                .render(into: &buffer, rect: rect, glyphs: context.glyphs)
        case .progress(let progress):
            if let question = progress.question, let confirm = progress.confirm {
                let lines = [question, "", confirm.answers]
                Dialog(title: context.text(progress.title), lines: lines.map(context.text), role: .warning)
                    .render(into: &buffer, rect: rect, glyphs: context.glyphs)
                return
            }
            var lines = ["\(progress.name): " + (progress.states.isEmpty ? "starting…" : progress.states.joined(separator: " → "))]
            if let error = progress.error { lines += ["", "error: " + error] }
            lines += ["", progress.isSettled ? "Esc closes." : progress.following]
            Dialog(
                title: context.text(progress.title), lines: lines.map(context.text),
                role: progress.error == nil ? .border : .danger
            )
            .render(into: &buffer, rect: rect, glyphs: context.glyphs)
        }
    }
}

/// Someone else changed the record: their values against yours, field by field.
enum ConflictView {
    static func render(
        _ session: EditSession, differences: [FieldDifference], context: RenderContext,
        into buffer: inout ScreenBuffer, rect: Rect
    ) {
        var lines = [
            "\(session.noun.capitalized) \(session.recordName) changed on the server since your edit began.",
            "Nothing has been sent.", "",
        ]
        for difference in differences {
            lines.append("\(difference.field):")
            lines.append("  was:    " + oneLine(difference.base))
            lines.append("  theirs: " + oneLine(difference.theirs))
            lines.append("  yours:  " + oneLine(difference.yours))
        }
        // The answers in one line where it fits, else two: a cut line would hide what c does with the edit.
        let answers = "o overwrites with your changes · e edits again on top of theirs · c cancels (your edit is kept)"
        lines +=
            DisplayWidth.of(answers) + 4 <= rect.width
            ? ["", answers]
            : ["", "o overwrites with your changes · e edits again on top of theirs", "c cancels (your edit is kept)"]
        Dialog(title: context.text("Conflict"), lines: lines.map(context.text), role: .warning)
            .render(into: &buffer, rect: rect, glyphs: context.glyphs)
    }

    static func oneLine(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.count > 1 ? "\(lines[0]) … (\(lines.count) lines)" : (text.isEmpty ? "—" : text)
    }
}

/// The versions of a record; Enter shows the selected one against the current record.
enum VersionsView {
    static func render(_ browser: VersionBrowser, context: RenderContext, into buffer: inout ScreenBuffer, rect: Rect) {
        var lines: [String] = []
        if browser.isLoading { lines.append("reading the history…") }
        if let message = browser.message { lines.append(message) }
        if browser.showingDifferences, browser.versions.indices.contains(browser.selected) {
            let version = browser.versions[browser.selected]
            lines.append("version \(version.version) against the current record:")
            lines += differences(version.snapshot, browser.current)
        } else {
            for (index, version) in browser.versions.enumerated() {
                let marker = index == browser.selected ? context.glyphs.arrowRight + " " : "  "
                lines.append(marker + "version \(version.version)" + (version.createdAt.map { "  " + $0 } ?? ""))
            }
            if !browser.isLoading, browser.versions.isEmpty { lines.append("no versions") }
        }
        if browser.confirmingRestore, browser.versions.indices.contains(browser.selected) {
            lines += ["", "Restore version \(browser.versions[browser.selected].version)? y restores, any other key keeps"]
        }
        Dialog(title: context.text("Versions of \(browser.name)"), lines: lines.map(context.text))
            .render(into: &buffer, rect: rect, glyphs: context.glyphs)
    }

    /// "field: old → new" for the top-level fields that differ.
    static func differences(_ snapshot: JSONValue, _ current: JSONValue?) -> [String] {
        guard case .object(let then) = snapshot else { return ["(no fields)"] }
        let now: [String: JSONValue]
        if case .object(let members)? = current { now = members } else { now = [:] }
        let changed = then.keys.sorted().filter { now[$0] != nil && now[$0] != then[$0] }
        guard !changed.isEmpty else { return ["  the same as now"] }
        return changed.map { key in
            "  \(key): " + ConflictView.oneLine(DetailBuilder.scalarText(then[key] ?? .null))
                + " → " + ConflictView.oneLine(DetailBuilder.scalarText(now[key] ?? .null))
        }
    }
}
