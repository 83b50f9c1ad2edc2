/// One labelled input of a `Form`.
public struct FormField: Sendable {
    public var label: String
    public var input: TextInput
    public var placeholder: String
    public var isSecret: Bool
    /// Validation message shown under the field.
    public var error: String?

    public init(label: String, input: TextInput = TextInput(), placeholder: String = "", isSecret: Bool = false,
                error: String? = nil) {
        self.label = label
        self.input = input
        self.placeholder = placeholder
        self.isSecret = isSecret
        self.error = error
    }
}

/// A column of labelled text fields for create/edit dialogs:
/// ```
///   Name: support-bot______
///  Model: gpt-4o___________
///         model is required
/// ```
public struct Form: Sendable {
    public var fields: [FormField]
    /// The field receiving keys; nil when none is focused.
    public var focusedIndex: Int?

    public init(fields: [FormField], focusedIndex: Int? = 0) {
        self.fields = fields
        self.focusedIndex = focusedIndex
    }

    /// Rows the form needs: one per field plus one per error message.
    public var preferredHeight: Int {
        fields.reduce(0) { $0 + ($1.error == nil ? 1 : 2) }
    }

    /// Width of the label column (the longest label plus ":").
    public var labelWidth: Int {
        (fields.map { DisplayWidth.of(Sanitizer.clean($0.label)) }.max() ?? 0) + 1
    }

    /// Draws fields top-down; fields that do not fit in `rect` are left out.
    public func render(into buffer: inout ScreenBuffer, rect: Rect, glyphs: GlyphSet) {
        guard !rect.isEmpty else { return }
        let labelColumn = min(labelWidth, rect.width / 2)
        let fieldX = rect.x + labelColumn + 1
        let fieldWidth = rect.maxX - fieldX
        var y = rect.y
        for (index, field) in fields.enumerated() where y < rect.maxY {
            let isFocused = index == focusedIndex
            let label = DisplayWidth.pad(field.label + ":", to: labelColumn, alignment: .right, ellipsis: glyphs.ellipsis)
            buffer.put(label, x: rect.x, y: y, maxWidth: labelColumn,
                       style: isFocused ? CellStyle(.title, .bold) : CellStyle(), glyphs: glyphs)
            if fieldWidth > 0 {
                TextField(input: field.input, placeholder: field.placeholder, isFocused: isFocused, isSecret: field.isSecret)
                    .render(into: &buffer, rect: Rect(x: fieldX, y: y, width: fieldWidth, height: 1), glyphs: glyphs)
            }
            y += 1
            if let error = field.error, y < rect.maxY {
                buffer.put(error, x: max(rect.x, fieldX), y: y, maxWidth: rect.maxX - max(rect.x, fieldX),
                           style: CellStyle(.error), glyphs: glyphs)
                y += 1
            }
        }
    }
}
