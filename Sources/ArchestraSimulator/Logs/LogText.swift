/// Model-like text for generated bodies: operators' prompts and answers in several scripts, emoji, and
/// the control characters and escape sequences real model output carries (a console must sanitise them).
enum LogText {
    static let prompts = [
        "list the open incidents for the payments service and summarise what changed since yesterday",
        "run the migration dry-run again and show me the diff",
        "请把这份事故报告翻译成英文，并列出三个后续行动",
        "東京リージョンのレイテンシが上がっている原因を調べてください",
        "배포 상태를 알려주고 실패한 잡이 있으면 다시 실행해 줘",
        "🚀 ship the release notes draft to #releases once the build is green",
        "why did the nightly ETL fail? the log says \u{1B}[31mERROR\u{1B}[0m disk quota exceeded",
        "find every Jira ticket mentioning \"SSO loop\" and group them by customer",
        "summarise this thread:\n> can we roll back?\n> only after the canary 🐤 finishes\n> ok",
        "draft a reply to the customer; keep it short, no apologies, mention ticket INC0012",
        "compare the cost of gpt-4.1 and claude-sonnet-4-5 for last week's traffic",
        "check the runbook for db-2 failover\tand tell me the first three steps",
    ]

    static let answers = [
        "There are 3 open incidents. INC0012 (P2) started at 09:14 UTC after the ledger deploy; the other two are P4 noise.",
        "Dry-run finished: 2 tables altered, 1 index added, no data rewritten. The diff is below.",
        "已完成翻译。后续行动：1) 增加磁盘告警 2) 复核备份策略 3) 更新值班手册。",
        "原因はap-northeast-1のキャッシュノードの再起動です。現在は回復しています ✅",
        "배포는 성공했습니다. 실패한 잡 2개를 다시 실행했고 모두 통과했습니다 👍",
        "Release notes posted. Build #4821 is green 🟢 and the canary is at 25%.",
        "The ETL failed at step 4/7:\r\nprogress 10%\r40%\r90%\r\u{1B}[2K\u{1B}[1Adisk quota exceeded on /var/lib/etl \u{07}",
        "Found 14 tickets in 5 customers. The largest cluster (6) is ACME, all after the IdP certificate rotation.",
        "Sure — here is a draft:\n\nHi Dana, INC0012 is resolved as of 10:02 UTC. Root cause and timeline attached.",
        "gpt-4.1 would have cost $41.20 versus $57.85 for claude-sonnet-4-5; quality on the eval set was within 2%.",
        "Runbook db-2: 1. freeze writes 2. promote replica db-2b 3. repoint pgbouncer. \u{1B}]0;pwned\u{07}(title escape in tool output)",
        "I could not read that page: it returned \u{9B}31mbinary\u{9B}0m garbage and a NUL-free but odd \u{08}\u{08}backspaced string.",
    ]

    static let systemPrompts = [
        "You are %@, an operations assistant. Answer briefly and cite ticket numbers.",
        "You are %@. Use tools when they help; never invent incident numbers.",
        "You are %@ — a careful agent. 回答は簡潔に。Respond in the user's language.",
    ]

    static let upstreamErrors = [
        "upstream provider returned 529: Overloaded",
        "rate limit exceeded for this model: retry after 20s",
        "prompt is too long: 212044 tokens > 200000 maximum",
        "upstream request timed out after 60s",
        "invalid x-api-key for the provider (key rotated?)",
    ]

    static let refusalReasons = [
        "Tool invocation blocked: the context holds untrusted data and this tool may send it out",
        "Tool invocation blocked: policy forbids calling this tool with recipients outside the organisation",
        "Tool invocation blocked: block_always policy on this tool",
    ]

    static let toolFailures = [
        "Error: 401 Unauthorized from the upstream API (token expired)",
        "Error: timeout after 30000 ms waiting for the MCP server",
        "Error: 请求参数无效 — field \"state\" must be one of open, closed",
        "Error: rate limited \u{1B}[33m(429)\u{1B}[0m — retry later",
    ]

    static let toolResults = [
        #"[{"number":"INC0012","state":"open","priority":2},{"number":"INC0019","state":"open","priority":4}]"#,
        "Found 14 issues. First: PAY-311 \"SSO loop after IdP rotation\" 🔁",
        "ok: message sent to #releases (ts 1765012345.000200)",
        "rows: 3\n| id | status |\n| 1 | ✅ |\n| 2 | ❌ |\n| 3 | ⏳ |",
    ]

    /// Picks one of `values` with `random`.
    static func pick(_ values: [String], _ random: inout SplitMix64) -> String {
        values[random.int(in: 0...(values.count - 1))]
    }
}
