import Foundation

/// A tool call the model asked for in its response.
public struct RequestedToolCall: Sendable, Hashable {
    /// The provider's call id (`toolu_…`, `call_…`), when it gives one.
    public var id: String?
    public var name: String
    /// The arguments as JSON; a provider's JSON-in-a-string is parsed, else kept as the string.
    public var arguments: JSONValue

    public init(id: String? = nil, name: String, arguments: JSONValue = .object([:])) {
        self.id = id
        self.name = name
        self.arguments = arguments
    }
}

/// Reads what people and models said out of provider-native bodies (Anthropic, OpenAI chat and
/// responses, Gemini, Bedrock), without a schema per provider: unknown shapes give `nil` or nothing.
enum ProviderMessages {
    /// The text of the last user message of a request that has any text.
    static func lastUserText(in request: JSONValue?) -> String? {
        guard let request else { return nil }
        if case .string(let input)? = request["input"] { return input.nonEmpty }
        let turns = request.array("messages") + request.array("contents") + request.array("input")
        for turn in turns.reversed() where turn.string("role") == "user" || turn.string("role") == nil && turn["content"] != nil {
            if let text = text(of: turn["content"] ?? turn["parts"] ?? .null) { return text }
        }
        return nil
    }

    /// A message's words: a string, or the `text` of its parts joined by spaces (tool results and images skipped).
    static func text(of content: JSONValue) -> String? {
        switch content {
        case .string(let text):
            return text.nonEmpty
        case .array(let parts):
            let texts = parts.compactMap { part -> String? in
                if let text = part.stringValue { return text }
                let type = part.string("type")
                guard type == nil || type == "text" || type == "input_text" else { return nil }
                return part.string("text")
            }
            return texts.joined(separator: " ").nonEmpty
        default:
            return nil
        }
    }

    /// Tool calls a response asked for, in the order given.
    static func requestedToolCalls(in response: JSONValue?) -> [RequestedToolCall] {
        guard let response else { return [] }
        var calls: [RequestedToolCall] = []
        // Anthropic messages, and Bedrock converse under output.message.
        let contentParts = response.array("content") + (response["output"]?["message"]?.array("content") ?? [])
        for part in contentParts {
            if part.string("type") == "tool_use", let name = part.string("name") {
                calls.append(RequestedToolCall(id: part.string("id"), name: name, arguments: part["input"] ?? .object([:])))
            } else if let use = part["toolUse"], let name = use.string("name") {
                calls.append(RequestedToolCall(id: use.string("toolUseId"), name: name, arguments: use["input"] ?? .object([:])))
            }
        }
        // OpenAI chat completions.
        for choice in response.array("choices") {
            for call in choice["message"]?.array("tool_calls") ?? [] {
                guard let function = call["function"], let name = function.string("name") else { continue }
                calls.append(RequestedToolCall(id: call.string("id"), name: name, arguments: parsedArguments(function["arguments"])))
            }
        }
        // OpenAI responses.
        for item in response.array("output") where item.string("type") == "function_call" {
            guard let name = item.string("name") else { continue }
            calls.append(
                RequestedToolCall(
                    id: item.string("call_id") ?? item.string("id"), name: name, arguments: parsedArguments(item["arguments"])))
        }
        // Gemini.
        for candidate in response.array("candidates") {
            for part in candidate["content"]?.array("parts") ?? [] {
                guard let call = part["functionCall"], let name = call.string("name") else { continue }
                calls.append(RequestedToolCall(id: call.string("id"), name: name, arguments: call["args"] ?? .object([:])))
            }
        }
        return calls
    }

    /// Arguments sent as a JSON string become JSON; anything else is kept.
    static func parsedArguments(_ value: JSONValue?) -> JSONValue {
        guard let value else { return .object([:]) }
        if case .string(let text) = value, let parsed = try? JSONValue.parse(Data(text.utf8)) { return parsed }
        return value
    }

    /// `text` on one line: runs of whitespace (newlines included) become one space, cut to `limit` characters.
    static func oneLine(_ text: String, limit: Int = 200) -> String {
        let words = text.split(whereSeparator: { $0.isWhitespace || $0.isNewline })
        return String(words.joined(separator: " ").prefix(limit))
    }
}
