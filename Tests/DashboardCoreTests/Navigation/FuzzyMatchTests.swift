import XCTest
@testable import DashboardCore

/// The `:` palette's matching: in-order characters, better at word starts and in runs; exact
/// names first.
final class FuzzyMatchTests: XCTestCase {
    func testEveryCharacterMustAppearInOrder() {
        XCTAssertEqual(FuzzyMatch.score("prx", in: "proxies")?.matched, [0, 1, 3])
        XCTAssertEqual(FuzzyMatch.score("PRX", in: "Proxies")?.matched, [0, 1, 3], "case-insensitive")
        XCTAssertNil(FuzzyMatch.score("xp", in: "proxies"), "out of order")
        XCTAssertNil(FuzzyMatch.score("prz", in: "proxies"))
    }

    func testStartsAndRunsScoreHigher() throws {
        let start = try XCTUnwrap(FuzzyMatch.score("me", in: "metrics")?.score)
        XCTAssertGreaterThan(start, try XCTUnwrap(FuzzyMatch.score("ms", in: "metrics")?.score), "a run beats a gap")
        XCTAssertGreaterThan(start, try XCTUnwrap(FuzzyMatch.score("me", in: "theme")?.score), "the word start beats the middle")
    }

    func testAnExactAliasWinsOverEveryOtherMatch() {
        // "l" is a prefix of no command but limits' alias, and fuzzily in gateways, kb's knowledge, …
        XCTAssertEqual(CommandPalette.matches("l").first?.entry.target, .pane(.limits))
        XCTAssertEqual(CommandPalette.matches("l").first?.kind, .exact)
        XCTAssertGreaterThan(CommandPalette.matches("l").count, 1, "the fuzzy ones are still listed below")
        // "m" is metrics' alias although mcp starts with it.
        XCTAssertEqual(CommandPalette.matches("m").first?.entry.target, .pane(.metrics))
        XCTAssertEqual(CommandPalette.matches("m")[1].entry.target, .pane(.mcp))
    }

    func testPrefixesBeatFuzzyMatchesAndTiesKeepTheListOrder() {
        XCTAssertEqual(CommandPalette.matches("reg").first?.word, "registry")
        XCTAssertEqual(CommandPalette.matches("prx").map(\.entry.command), ["proxies"])
        XCTAssertEqual(CommandPalette.matches("g").map(\.entry.command), ["gateways", "agents", "mcp", "logs", "kb"])
        XCTAssertEqual(CommandPalette.matches("zzz"), [])
        XCTAssertEqual(CommandPalette.matches("ctx prod").first?.entry.command, "ctx", "only the first word is matched")
    }

    func testAnEmptyQueryListsEveryPaneGroupedThenTheCommands() {
        let commands = CommandPalette.matches("").map(\.entry.command)
        XCTAssertEqual(
            commands,
            [
                "agents", "gateways", "proxies", "kb", "mcp", "limits", "teams", "connectors", "tools", "overview", "stats",
                "metrics", "logs", "calls", "sessions", "ctx", "theme", "trash", "quit",
            ])
        XCTAssertEqual(
            Set(
                CommandPalette.entries.compactMap { entry -> Pane? in
                    if case .pane(let pane) = entry.target { return pane }
                    return nil
                }), Set(Pane.allCases))
    }

    func testTabCompletesTheHighlightedMatch() {
        XCTAssertEqual(CommandPalette.complete("ag"), "agents")
        XCTAssertEqual(CommandPalette.complete("l"), "limits", "an exact alias completes to its command")
        XCTAssertEqual(CommandPalette.complete("prx"), "proxies")
        XCTAssertEqual(CommandPalette.complete("g", highlighted: 1), "agents")
        XCTAssertEqual(CommandPalette.complete("g", highlighted: 99), "kb", "clamped to the last match")
        XCTAssertEqual(CommandPalette.complete("zzz"), "zzz")
        XCTAssertEqual(CommandPalette.complete("theme no"), "theme no", "arguments are left alone")
    }
}
