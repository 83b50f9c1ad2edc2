import Foundation

extension ArchestraError {
    /// The error for a non-2xx response, reading `{error:{message,type}}` when the body has it.
    ///
    /// Also understands `{error:"text", message?:"text"}` (metrics and data-plane bodies);
    /// otherwise the message is the standard status text, e.g. "Service Unavailable".
    public static func fromResponse(status: Int, body: [UInt8], endpoint: String) -> ArchestraError {
        let json = try? JSONValue.parse(Data(body))
        var type: String?
        var message: String?
        switch json?["error"] {
        case .object?:
            type = json?["error"]?.string("type")
            message = json?["error"]?.string("message")
        case .string(let text)?:
            message = json?.string("message") ?? text
        default:
            message = json?.string("message")
        }
        let trimmed = message?.trimmingCharacters(in: .whitespacesAndNewlines)
        let finalMessage = (trimmed?.isEmpty == false ? trimmed : nil) ?? statusText(status)
        return .http(status: status, type: type, message: finalMessage, endpoint: endpoint)
    }

    /// The standard reason phrase of `status`, or "HTTP <status>".
    static func statusText(_ status: Int) -> String {
        switch status {
        case 400: return "Bad Request"
        case 401: return "Unauthenticated"
        case 402: return "Payment Required"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        case 408: return "Request Timeout"
        case 409: return "Conflict"
        case 413: return "Payload Too Large"
        case 422: return "Unprocessable Entity"
        case 429: return "Too Many Requests"
        case 500: return "Internal Server Error"
        case 502: return "Bad Gateway"
        case 503: return "Service Unavailable"
        case 504: return "Gateway Timeout"
        default: return "HTTP \(status)"
        }
    }
}
