import DashboardCore
import TerminalUI

/// The inline form: a framed window with one field per line, problems under their field, and a
/// pick list over it when one is open.
enum EditFormView {
    static func render(_ session: EditSession, context: RenderContext, into buffer: inout ScreenBuffer, rect: Rect) {
        let glyphs = context.glyphs
        // Wide enough for a recovery path on one line where the screen allows: a path cut in two is hard to copy.
        let pathWidth = session.recoveryPath.map { DisplayWidth.of($0) + 4 } ?? 0
        let width = min(rect.width, max(60, rect.width * 3 / 4, pathWidth))
        let notes = noteLines(session, width: max(0, width - 4), context: context)
        // As tall as the fields need (each may carry a problem or help line), at most the body.
        let wanted = session.fields.count * 2 + 3 + notes.count
        let frame = rect.centered(width: width, height: min(rect.height, max(8, wanted)))
        buffer.fill(frame)
        Box(title: context.text(session.title), role: .border).render(into: &buffer, rect: frame, glyphs: glyphs)
        let inner = Rect(x: frame.x + 2, y: frame.y + 1, width: max(0, frame.width - 4), height: max(0, frame.height - 2))
        guard !inner.isEmpty else { return }
        var y = inner.y
        for note in notes where y < inner.maxY {
            buffer.put(note.text, x: inner.x, y: y, maxWidth: inner.width, style: note.style, glyphs: glyphs)
            y += 1
        }
        switch session.phase {
        case .loading:
            buffer.put(context.text("reading the record…"), x: inner.x, y: y, style: CellStyle(.muted), glyphs: glyphs)
            return
        case .saving:
            buffer.put(context.text("saving…"), x: inner.x, y: y, style: CellStyle(.muted), glyphs: glyphs)
        case .externalEditor:
            buffer.put(context.text("editing in $EDITOR…"), x: inner.x, y: y, style: CellStyle(.muted), glyphs: glyphs)
            return
        case .form, .conflict:
            break
        }
        let labelWidth = min(inner.width / 3, (session.fields.map { DisplayWidth.of($0.label) }.max() ?? 0) + 1)
        let valueX = inner.x + labelWidth + 1
        let valueWidth = max(0, inner.maxX - valueX)
        // Keep the focused field on screen in a long form.
        let rows = inner.maxY - y
        let first = max(0, min(session.form.focused - rows / 2, session.fields.count - rows))
        var pickerRow: Int?
        for (index, field) in session.fields.enumerated().dropFirst(first) where y < inner.maxY {
            let focused = index == session.form.focused
            let label = DisplayWidth.pad(field.label + ":", to: labelWidth, alignment: .right, ellipsis: glyphs.ellipsis)
            buffer.put(
                label, x: inner.x, y: y, maxWidth: labelWidth,
                style: focused ? CellStyle(.title, .bold) : (field.isRequired ? CellStyle(.normal, .bold) : CellStyle(.normal)),
                glyphs: glyphs)
            renderValue(
                field, session: session, focused: focused, context: context, into: &buffer,
                rect: Rect(x: valueX, y: y, width: valueWidth, height: 1))
            if focused { pickerRow = y }
            y += 1
            if let problem = session.problems[field.name], y < inner.maxY {
                buffer.put(context.text(problem), x: valueX, y: y, maxWidth: valueWidth, style: CellStyle(.error, .bold), glyphs: glyphs)
                y += 1
            } else if focused, !field.help.isEmpty, y < inner.maxY {
                buffer.put(context.text(field.help), x: valueX, y: y, maxWidth: valueWidth, style: CellStyle(.muted), glyphs: glyphs)
                y += 1
            }
        }
        if let picker = session.form.picker, let row = pickerRow {
            PickerView.render(
                picker, context: context, into: &buffer,
                rect: Rect(x: valueX, y: row + 1, width: min(valueWidth, 48), height: max(0, frame.maxY - row - 2)))
        }
    }

    /// The lines above the fields: the question or message (at most two lines), then where a failed
    /// edit was saved, on lines of its own so the whole path can be read and copied.
    static func noteLines(_ session: EditSession, width: Int, context: RenderContext) -> [(text: String, style: CellStyle)] {
        guard width > 0 else { return [] }
        var notes: [(text: String, style: CellStyle)] = []
        if let message = discardQuestion(session.form) ?? session.message {
            var lines = ErrorPanel.wrap(context.text(message), width: width)
            if lines.count > 2 { lines = [lines[0], lines[1...].joined(separator: " ")] }
            notes += lines.map { ($0, CellStyle(.warning, .bold)) }
        }
        if let path = session.recoveryPath {
            notes.append((context.text("your edit is saved in:"), CellStyle(.muted)))
            notes += chunks(context.text(path), width: width).map { ($0, CellStyle(.normal, .bold)) }
        }
        return notes
    }

    /// Cuts text into pieces of at most `width` columns, keeping every character.
    static func chunks(_ text: String, width: Int) -> [String] {
        var pieces: [String] = []
        var piece = ""
        var used = 0
        for character in text {
            let columns = DisplayWidth.of(String(character))
            if used + columns > width, !piece.isEmpty {
                pieces.append(piece)
                piece = ""
                used = 0
            }
            piece.append(character)
            used += columns
        }
        if !piece.isEmpty { pieces.append(piece) }
        return pieces
    }

    /// Asked over any other message: it is what the next key answers.
    static func discardQuestion(_ form: FormState) -> String? {
        guard form.confirmingDiscard else { return nil }
        return form.quitAfterDiscard
            ? "Quit and discard your changes? y quits, any other key keeps editing"
            : "Discard your changes? y discards, k keeps a draft, any other key keeps editing"
    }

    static func renderValue(
        _ field: EditableField, session: EditSession, focused: Bool, context: RenderContext,
        into buffer: inout ScreenBuffer, rect: Rect
    ) {
        let glyphs = context.glyphs
        if field.isTyped, let input = session.form.inputs[field.name] {
            TextField(input: input, isFocused: focused, isSecret: field.kind == .secret).render(into: &buffer, rect: rect, glyphs: glyphs)
            return
        }
        let value = session.value(of: field)
        var text = FormText.display(field, value)
        if case .text(let raw) = value, let words = field.optionLabels[raw] { text = words }
        if field.kind == .secret, !text.isEmpty { text = String(repeating: glyphs.bullet, count: text.count) }
        if focused, field.isTyped {
            TextField(input: TextInput(text: text), isFocused: true, isSecret: field.kind == .secret)
                .render(into: &buffer, rect: rect, glyphs: glyphs)
            return
        }
        let changed = session.values[field.name] != session.original[field.name]
        let style = focused ? CellStyle(.selection, .reverse) : (changed ? CellStyle(.accent, .bold) : CellStyle(.normal))
        // Empty reads as a dash; "cleared" only where a value the server holds will be removed.
        let cleared = value == .null && session.original[field.name].map { $0 != .null && !$0.isBlank } == true
        let shown = text.isEmpty ? (cleared ? "cleared" : "—") : text
        let marker = field.isTyped ? "" : " " + glyphs.arrowDown
        buffer.put(context.text(shown) + marker, x: rect.x, y: rect.y, maxWidth: rect.width, style: style, glyphs: glyphs)
    }
}

/// How a value reads in the form.
enum FormText {
    static func display(_ field: EditableField, _ value: FieldValue) -> String {
        switch value {
        case .null: return ""
        case .text(let text):
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.count > 1 ? "\(lines[0]) … (\(lines.count) lines)" : text
        case .number(let number): return number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case .bool(let flag): return flag ? "yes" : "no"
        case .list(let items): return items.joined(separator: ", ")
        case .pairs(let pairs): return pairs.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
        case .structure(let value): return StructureText.summary(value) + " (Ctrl-E edits them in $EDITOR)"
        }
    }
}

/// The pick list of a choice, teams or models field.
enum PickerView {
    static func render(_ picker: Picker, context: RenderContext, into buffer: inout ScreenBuffer, rect: Rect) {
        let visible = picker.visible
        let height = min(rect.height, visible.count + 2 + (picker.filter.isEmpty ? 0 : 1))
        guard height >= 3, rect.width >= 10 else { return }
        let frame = Rect(x: rect.x, y: rect.y, width: rect.width, height: height)
        buffer.fill(frame)
        Box(title: picker.filter.isEmpty ? nil : "/" + picker.filter, role: .accent).render(
            into: &buffer, rect: frame, glyphs: context.glyphs)
        let rows = height - 2
        let first = max(0, min(picker.highlighted - rows + 1, visible.count - rows))
        for (offset, option) in visible.dropFirst(first).prefix(rows).enumerated() {
            let index = first + offset
            // The highlighted row is marked in text too, for terminals without reverse video.
            let pointer = index == picker.highlighted ? context.glyphs.arrowRight : " "
            let mark = pointer + (picker.isMultiple ? (picker.chosen.contains(option) ? "[x] " : "[ ] ") : "")
            let style = index == picker.highlighted ? CellStyle(.selection, .reverse) : CellStyle(.normal)
            buffer.put(
                mark + picker.text(of: option), x: frame.x + 1, y: frame.y + 1 + offset, maxWidth: frame.width - 2, style: style,
                glyphs: context.glyphs)
        }
    }
}

extension Bool {
    /// `value` when true.
    func then<Value>(_ value: Value) -> Value? { self ? value : nil }
}
