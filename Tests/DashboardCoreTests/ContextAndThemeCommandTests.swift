import XCTest
import ArchestraAPI
@testable import DashboardCore

/// `:ctx` and `:theme`: what the person reads on the status line, and what the main loop is asked to do.
final class ContextAndThemeCommandTests: XCTestCase {
    func run(_ command: String, _ state: inout AppState) {
        _ = state.reduce(.key(.character(":")))
        command.forEach { _ = state.reduce(.key(.character($0))) }
        _ = state.reduce(.key(.enter))
    }

    func withContexts() -> AppState {
        var state = CoreFixture.state(pane: .agents)
        state.contexts = ContextChoice(names: ["prod", "staging", "local"], current: "prod")
        return state
    }

    func testCtxListsTheContextsWithTheCurrentOneMarked() {
        var state = withContexts()
        run("ctx", &state)
        XCTAssertEqual(state.ui.flash, "contexts: [prod] staging local — :ctx NAME switches")
        XCTAssertNil(state.contexts.requested)
    }

    func testCtxNameAsksTheMainLoopToSwitch() {
        var state = withContexts()
        run("ctx staging", &state)
        XCTAssertEqual(state.contexts.requested, "staging")
        XCTAssertEqual(state.ui.flash, "switching to staging…")
    }

    func testUnknownOrCurrentContextOrNoContextsSaySo() {
        var state = withContexts()
        run("ctx qa", &state)
        XCTAssertEqual(state.ui.flash, "no context 'qa' (contexts: prod, staging, local)")
        run("ctx prod", &state)
        XCTAssertEqual(state.ui.flash, "already on prod")
        XCTAssertNil(state.contexts.requested)

        var bare = CoreFixture.state(pane: .agents)
        run("ctx", &bare)
        XCTAssertEqual(bare.ui.flash, "no contexts: name them in config.yaml (see README, Contexts)")
    }

    func testAFailedSwitchStaysAndSaysWhy() {
        var state = withContexts()
        run("ctx local", &state)
        _ = state.reduce(.contextSwitchFailed(name: "local", reason: "Cannot read /k: no such file."))
        XCTAssertNil(state.contexts.requested)
        XCTAssertEqual(state.contexts.current, "prod")
        XCTAssertEqual(state.ui.flash, "cannot switch to local: Cannot read /k: no such file.; still on prod")
    }

    func testThemeSwitchIsAskedThenConfirmedOrRefused() {
        var state = CoreFixture.state(pane: .overview)
        state.themes = ThemeChoice(names: ["default", "monochrome", "nord"], current: "default")
        run("theme", &state)
        XCTAssertEqual(state.ui.flash, "themes: [default] monochrome nord")
        run("theme dracula", &state)
        XCTAssertEqual(state.ui.flash, "no theme 'dracula' (themes: default, monochrome, nord)")
        XCTAssertNil(state.themes.requested)
        run("theme nord", &state)
        XCTAssertEqual(state.themes.requested, "nord")
        _ = state.reduce(.themeSwitched(name: "nord", failure: nil))
        XCTAssertEqual(state.themes.current, "nord")
        XCTAssertNil(state.themes.requested)
        _ = state.reduce(.themeSwitched(name: "monochrome", failure: "cannot read theme file"))
        XCTAssertEqual(state.themes.current, "nord")
        XCTAssertEqual(state.ui.flash, "theme monochrome: cannot read theme file")
    }
}
