import XCTest
import ArchestraAPI
@testable import DashboardCore

/// Editing as the reducer sees it: keys, forms, documents and the answers that come back.
final class EditingReducerTests: XCTestCase {
    static let record: JSONValue = .object([
        "id": .string("agent-1"), "name": .string("Agent 1"), "description": .string("old"), "scope": .string("team"),
        "teams": .array([.object(["id": .string("t-1"), "name": .string("Platform")])]), "labels": .array([]),
        "systemPrompt": .null, "llmModel": .string("gpt-4o"), "considerContextUntrusted": .bool(false),
        "agentType": .string("agent"), "latestVersion": .number(3), "updatedAt": .string("2026-01-01T00:00:00Z"),
    ])

    func editingState(external: Bool = false) -> AppState {
        var state = CoreFixture.stateWithAgents(total: 3)
        state.load(Sources.teams, [Team(id: "t-1", name: "Platform")])
        _ = state.reduce(.key(.character(external ? "e" : "E")))
        _ = state.reduce(.edited(.loaded(Self.record)))
        return state
    }

    var session: (AppState) -> EditSession? {
        { state in if case .edit(let session)? = state.ui.overlay { return session } else { return nil } }
    }

    func testEscOnAnUnchangedFormClosesIt() {
        var state = editingState()
        XCTAssertEqual(session(state)?.phase, .form)
        XCTAssertEqual(session(state)?.changedFields.map(\.name), [])
        _ = state.reduce(.key(.escape))
        XCTAssertNil(state.ui.overlay)
    }

    func type(_ text: String, into state: inout AppState) {
        text.forEach { _ = state.reduce(.key(.character($0))) }
    }

    func saveRequest(_ effects: [Effect]) -> SaveRequest? {
        for case .edit(.save(_, let request)) in effects { return request }
        return nil
    }

    func testTheFormSendsOnlyTheChangedField() {
        var state = editingState()
        _ = state.reduce(.key(.down))  // description
        _ = state.reduce(.key(.control("u")))
        type("new words", into: &state)
        let effects = state.reduce(.key(.control("s")))
        let request = try! XCTUnwrap(saveRequest(effects))
        XCTAssertEqual(request.body, .object(["description": .string("new words")]))
        XCTAssertEqual(request.changedFields, ["description"])
        XCTAssertEqual(request.baseMarker, "version 3")
    }

    func testClearingANullableFieldSendsNull() {
        var state = editingState()
        _ = state.reduce(.key(.down))
        _ = state.reduce(.key(.control("u")))
        let request = try! XCTUnwrap(saveRequest(state.reduce(.key(.control("s")))))
        XCTAssertEqual(request.body, .object(["description": .null]))
    }

    func testRequiredFieldsAndRulesAreCheckedBeforeSending() {
        var state = editingState()
        _ = state.reduce(.key(.control("u")))  // name emptied
        XCTAssertNil(saveRequest(state.reduce(.key(.control("s")))), "nothing is sent")
        XCTAssertEqual(session(state)?.problems["name"], "name is required")
        var team = editingState()
        _ = team.reduce(.key(.down))
        _ = team.reduce(.key(.down))
        _ = team.reduce(.key(.down))  // teams
        _ = team.reduce(.key(.enter))
        _ = team.reduce(.key(.character(" ")))  // untick Platform
        _ = team.reduce(.key(.enter))
        XCTAssertNil(saveRequest(team.reduce(.key(.control("s")))))
        XCTAssertEqual(session(team)?.problems["teams"], "scope team needs at least one team")
    }

    func testAnUnchangedDocumentSendsNothing() {
        var state = editingState(external: true)
        guard case .externalEditor(let request)? = session(state)?.phase else { return XCTFail("waits for $EDITOR") }
        let effects = state.reduce(.edited(.externalEditorClosed(run: request.run, text: request.document, failure: nil)))
        XCTAssertEqual(effects, [])
        XCTAssertNil(state.ui.overlay)
        XCTAssertEqual(state.ui.flash, "no changes: nothing sent")
    }

    func testADocumentThatDoesNotParseReopensWithTheErrorOnTop() {
        var state = editingState(external: true)
        guard case .externalEditor(let first)? = session(state)?.phase else { return XCTFail() }
        let broken = first.document.replacingOccurrences(of: "scope: team", with: "scope: [team")
        _ = state.reduce(.edited(.externalEditorClosed(run: first.run, text: broken, failure: nil)))
        guard case .externalEditor(let second)? = session(state)?.phase else { return XCTFail("reopened") }
        XCTAssertGreaterThan(second.run, first.run)
        XCTAssertTrue(second.document.hasPrefix("# ! line"), second.document)
        XCTAssertTrue(second.document.contains("scope: [team"), "the person's text is kept")
        // Fixed, it is applied; the problem lines are ignored.
        let fixed = second.document.replacingOccurrences(of: "scope: [team", with: "scope: team")
            .replacingOccurrences(of: "description: old", with: "description: fixed")
        let request = try! XCTUnwrap(saveRequest(state.reduce(.edited(.externalEditorClosed(run: second.run, text: fixed, failure: nil)))))
        XCTAssertEqual(request.body, .object(["description": .string("fixed")]))
    }

    func testEachEditOfARunAsksForANewEditorRun() {
        // The main loop runs a request whose number is above the last it ran: numbers must not restart per edit.
        var state = editingState(external: true)
        guard case .externalEditor(let first)? = session(state)?.phase else { return XCTFail("waits for $EDITOR") }
        _ = state.reduce(.edited(.externalEditorClosed(run: first.run, text: first.document, failure: nil)))
        XCTAssertNil(state.ui.overlay, "the first edit is over")
        _ = state.reduce(.key(.character("e")))
        _ = state.reduce(.edited(.loaded(Self.record)))
        guard case .externalEditor(let second)? = session(state)?.phase else { return XCTFail("the second edit waits for $EDITOR") }
        XCTAssertGreaterThan(second.run, first.run)
        _ = state.reduce(.edited(.externalEditorClosed(run: second.run, text: second.document, failure: nil)))
        _ = state.reduce(.key(.character("E")))
        _ = state.reduce(.edited(.loaded(Self.record)))
        _ = state.reduce(.key(.control("e")))
        guard case .externalEditor(let third)? = session(state)?.phase else { return XCTFail("Ctrl-E waits for $EDITOR") }
        XCTAssertGreaterThan(third.run, second.run)
    }

    func testReopeningAgainAndAgainShowsOnlyTheLatestProblemWithItsRightLine() {
        var state = editingState(external: true)
        guard case .externalEditor(let first)? = session(state)?.phase else { return XCTFail() }
        var returned = first.document.replacingOccurrences(of: "scope: team", with: "scope: nowhere")
        for attempt in 1...25 {
            _ = state.reduce(
                .edited(
                    .externalEditorClosed(
                        run: (session(state).flatMap { session -> Int? in
                            if case .externalEditor(let request) = session.phase { return request.run } else { return nil }
                        }) ?? 0, text: returned, failure: nil)))
            guard case .externalEditor(let reopened)? = session(state)?.phase else { return XCTFail("reopened, attempt \(attempt)") }
            let lines = reopened.document.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            XCTAssertEqual(lines.filter { $0.hasPrefix("# ! ") }.count, 1, "attempt \(attempt):\n\(reopened.document)")
            XCTAssertEqual(lines[1], "#", "one line under the problem")
            XCTAssertNotEqual(lines[2], "#", "attempt \(attempt): no '#' lines pile up:\n\(reopened.document)")
            // "# ! line N: scope: ..." names the line of the reopened document that holds the mistake.
            let problem = lines[0].dropFirst("# ! line ".count)
            let number = try! XCTUnwrap(Int(problem.prefix { $0.isNumber }), lines[0])
            XCTAssertEqual(lines[number - 1], "scope: nowhere", "attempt \(attempt): \(lines[0])")
            returned = reopened.document  // the person saves it again unmended
        }
    }

    func testAnEmptyDocumentCancels() {
        var state = editingState(external: true)
        guard case .externalEditor(let request)? = session(state)?.phase else { return XCTFail() }
        _ = state.reduce(.edited(.externalEditorClosed(run: request.run, text: "# nothing\n\n", failure: nil)))
        XCTAssertNil(state.ui.overlay)
    }

    func testAConflictShowsTheDifferenceAndSendsNothingWithoutConsent() {
        var state = editingState()
        _ = state.reduce(.key(.down))
        _ = state.reduce(.key(.control("u")))
        type("mine", into: &state)
        _ = state.reduce(.key(.control("s")))
        var theirs = Self.record
        if case .object(var members) = theirs {
            members["description"] = .string("theirs")
            members["latestVersion"] = .number(4)
            theirs = .object(members)
        }
        XCTAssertEqual(state.reduce(.edited(.conflict(theirs: theirs))), [])
        guard case .conflict(_, let differences)? = session(state)?.phase else { return XCTFail("asks") }
        XCTAssertEqual(differences, [FieldDifference(field: "description", base: "old", theirs: "theirs", yours: "mine")])
        var cancelled = state
        XCTAssertEqual(cancelled.reduce(.key(.character("c"))), [], "cancel sends nothing")
        XCTAssertNil(cancelled.ui.overlay)
        XCTAssertEqual(cancelled.ui.unsavedEdits["agents/agent-0"]?.values["description"], .text("mine"), "the edit is kept")
        let overwrite = try! XCTUnwrap(saveRequest(state.reduce(.key(.character("o")))))
        XCTAssertTrue(overwrite.overwrite)
        XCTAssertEqual(overwrite.body, .object(["description": .string("mine")]))
    }

    func testAServerValidationErrorIsShownNextToItsFieldAndTheEditIsKept() {
        var state = editingState()
        _ = state.reduce(.key(.down))
        type("x", into: &state)
        _ = state.reduce(.key(.control("s")))
        _ = state.reduce(
            .edited(
                .saveFailed(
                    .http(
                        status: 400, type: "api_validation_error", message: "body/description must be shorter",
                        endpoint: "PUT /api/agents/agent-0"), recoveryPath: "/state/recovery/agent-x.yaml")))
        XCTAssertEqual(session(state)?.phase, .form)
        XCTAssertEqual(session(state)?.problems["description"], "body/description must be shorter")
        XCTAssertEqual(state.ui.unsavedEdits["agents/agent-0"]?.values["description"], .text("oldx"))
    }

    func testDeletingAskForTheNameOfOrganisationRecords() {
        var state = CoreFixture.stateWithAgents(total: 3)
        _ = state.reduce(.key(.character("d")))
        guard case .confirmDelete(let confirmation)? = state.ui.overlay else { return XCTFail("asks first") }
        XCTAssertTrue(confirmation.needsTypedName, "fixture agents are org-scoped")
        XCTAssertEqual(state.reduce(.key(.enter)), [], "nothing without the name")
        type(confirmation.name, into: &state)
        XCTAssertEqual(state.reduce(.key(.enter)), [.edit(.delete(EditorRef(pane: .agents, tab: 0), id: "agent-0", name: "Agent 0"))])
    }

    func testReadOnlyDisablesEveryChangingKey() {
        var state = CoreFixture.stateWithAgents(total: 3)
        state.readOnly = true
        for key in ["e", "E", "n", "d"] {
            XCTAssertEqual(state.reduce(.key(.character(Character(key)))), [], key)
            XCTAssertNil(state.ui.overlay, key)
            XCTAssertEqual(state.ui.flash, "read-only (--read-only): nothing can be changed")
        }
    }

    func testCtrlCOnAChangedFormAsksBeforeQuitting() {
        var state = editingState()
        _ = state.reduce(.key(.down))
        type(" and more", into: &state)
        _ = state.reduce(.key(.control("c")))
        XCTAssertFalse(state.shouldQuit, "changes are not lost without a question")
        XCTAssertEqual(session(state)?.form.confirmingDiscard, true)
        XCTAssertEqual(session(state)?.form.quitAfterDiscard, true)
        _ = state.reduce(.key(.character("n")))
        XCTAssertFalse(state.shouldQuit)
        XCTAssertEqual(session(state)?.value(of: EditableField("description")), .text("old and more"), "any other key keeps editing")
        _ = state.reduce(.key(.control("c")))
        _ = state.reduce(.key(.character("y")))
        XCTAssertTrue(state.shouldQuit, "y discards and quits")
        var unchanged = editingState()
        _ = unchanged.reduce(.key(.control("c")))
        XCTAssertTrue(unchanged.shouldQuit, "an unchanged form does not hold Ctrl-C back")
    }

    func testAMalformedLabelIsNamedAndTheValidOnesAreKept() {
        var state = CoreFixture.state(pane: .knowledge)
        _ = state.reduce(.key(.character("n")))
        type("Runbooks", into: &state)
        _ = state.reduce(.key(.down))
        _ = state.reduce(.key(.down))  // labels
        type("team=qa, bad label", into: &state)
        XCTAssertNil(saveRequest(state.reduce(.key(.control("s")))), "nothing is sent while an entry does not read")
        let problem = session(state)?.problems["labels"] ?? ""
        XCTAssertTrue(problem.contains("'bad label' is not key=value"), problem)
        XCTAssertEqual(session(state)?.form.inputs["labels"]?.text, "team=qa, bad label", "what was typed stays to be mended")
        // Moving away keeps it too, and Ctrl-S from another field still refuses.
        _ = state.reduce(.key(.up))
        XCTAssertNil(saveRequest(state.reduce(.key(.control("s")))))
        // Neither Ctrl-E nor Esc loses it: the document cannot carry it, and Esc asks first.
        _ = state.reduce(.key(.control("e")))
        XCTAssertEqual(session(state)?.phase, .form)
        _ = state.reduce(.key(.escape))
        XCTAssertEqual(session(state)?.form.confirmingDiscard, true)
        _ = state.reduce(.key(.character("n")))
        _ = state.reduce(.key(.down))
        " bad label".forEach { _ in _ = state.reduce(.key(.backspace)) }
        _ = state.reduce(.key(.backspace))  // the comma
        let request = try! XCTUnwrap(saveRequest(state.reduce(.key(.control("s")))))
        XCTAssertEqual(request.body["labels"], .array([.object(["key": .string("team"), "value": .string("qa")])]))
    }

    func testTheLimitFormDropsItsBannerOnceFixedAndNamesWhatItCreated() {
        var state = CoreFixture.state(pane: .limits)
        state.load(Sources.teams, [Team(id: "t-1", name: "Platform")])
        _ = state.reduce(.key(.character("n")))
        XCTAssertNil(saveRequest(state.reduce(.key(.control("s")))))
        XCTAssertEqual(session(state)?.message, "fix the fields marked below, then Ctrl-S")
        _ = state.reduce(.key(.enter))  // whom it applies to
        type("Platform", into: &state)
        _ = state.reduce(.key(.enter))
        XCTAssertEqual(session(state)?.message, "fix the fields marked below, then Ctrl-S", "the value is still missing")
        _ = state.reduce(.key(.down))
        _ = state.reduce(.key(.down))  // value
        type("25", into: &state)
        _ = state.reduce(.key(.down))
        XCTAssertEqual(session(state)?.problems, [:])
        XCTAssertNil(session(state)?.message, "the banner goes once the fields are fixed")
        XCTAssertTrue(EditDocument.render(try! XCTUnwrap(session(state)), server: "s").contains("1m (rolling 1 month)"))
        let request = try! XCTUnwrap(saveRequest(state.reduce(.key(.control("s")))))
        _ = state.reduce(.edited(.saved(.object(["id": .string("l-9"), "entityType": .string("team")]), request)))
        XCTAssertEqual(state.ui.flash, "created usage limit team Platform")
    }

    func testReadOnlyShowsTheHistoryAndRefusesOnlyTheRestore() {
        var state = CoreFixture.stateWithAgents(total: 3)
        state.readOnly = true
        XCTAssertEqual(state.reduce(.key(.character("v"))), [.edit(.loadVersions(EditorRef(pane: .agents, tab: 0), id: "agent-0"))])
        _ = state.reduce(.edited(.versions([RecordVersion(version: 2, createdAt: nil, snapshot: .object([:]))], current: nil)))
        guard case .versions(let browser)? = state.ui.overlay else { return XCTFail("the history is open") }
        XCTAssertEqual(browser.versions.map(\.version), [2])
        XCTAssertEqual(state.reduce(.key(.character("r"))), [])
        XCTAssertEqual(state.ui.flash, "read-only (--read-only): versions can be viewed, not restored")
        guard case .versions(let after)? = state.ui.overlay else { return XCTFail("still open") }
        XCTAssertFalse(after.confirmingRestore)
        XCTAssertEqual(state.reduce(.key(.character("y"))), [], "nothing to confirm")
        // The executor of a read-only console refuses a restore even if one were asked for.
        XCTAssertNotNil(EditExecutor.refusal(of: .restoreVersion(browser.ref, id: "agent-0", name: "Agent 0", version: 2)))
        XCTAssertNil(EditExecutor.refusal(of: .loadVersions(browser.ref, id: "agent-0")))
    }

    func testInTheTrashOnlyRestoringApplies() {
        var state = CoreFixture.stateWithAgents(total: 3)
        _ = state.reduce(.key(.character(":")))
        type("trash", into: &state)
        _ = state.reduce(.key(.enter))
        XCTAssertTrue(state.ui.list(.agents).showsTrash)
        for key in ["e", "E", "n", "d", "v"] {
            XCTAssertEqual(state.reduce(.key(.character(Character(key)))), [], key)
            XCTAssertNil(state.ui.overlay, key)
            XCTAssertEqual(state.ui.flash, "in the trash only u (restore the selected record) applies; :trash goes back", key)
        }
        // u runs the trash's declared restore on the selected record.
        XCTAssertEqual(
            state.reduce(.key(.character("u"))),
            [.edit(.runAction(ActionRef(pane: .agents, tab: 0, action: "restore"), ActionRequest(id: "agent-0", name: "Agent 0")))])
    }

    func testReinstallAsksFirstAndIsTitledReinstall() {
        var state = CoreFixture.state(pane: .mcp)
        state.load(
            MCPRegistryResource.servers, [MCPServer(id: "m-1", name: "slack", catalogName: "Slack", createdAt: "2026-01-01T00:00:00Z")])
        XCTAssertEqual(state.reduce(.key(.character("R"))), [], "nothing is sent before y")
        guard case .progress(let asking)? = state.ui.overlay else { return XCTFail("asks") }
        XCTAssertTrue(asking.isConfirming)
        XCTAssertEqual(asking.title, "Reinstall slack")
        var kept = state
        XCTAssertEqual(kept.reduce(.key(.character("n"))), [])
        XCTAssertNil(kept.ui.overlay)
        XCTAssertEqual(kept.ui.flash, "not reinstalled: slack is as it was")
        XCTAssertEqual(
            state.reduce(.key(.character("y"))), [.edit(.runAction(Self.reinstallRef, ActionRequest(id: "m-1", name: "slack")))])
        guard case .progress(let running)? = state.ui.overlay else { return XCTFail("follows it") }
        XCTAssertFalse(running.isConfirming)
        XCTAssertEqual(running.title, "Reinstall slack")
        let install = ActionProgress(
            ref: ActionRef(pane: .mcp, tab: 1, action: "install"), id: "x", name: "github",
            wording: MCPRegistryResource.installFollow.wording)
        XCTAssertEqual(install.title, "Install github", "a first install keeps its title")
    }

    static let reinstallRef = ActionRef(pane: .mcp, tab: 0, action: "reinstall")

    func testReadOnlyRefusesReinstallBeforeAskingAndTheExecutorRefusesItToo() {
        var state = CoreFixture.state(pane: .mcp)
        state.readOnly = true
        state.load(
            MCPRegistryResource.servers, [MCPServer(id: "m-1", name: "slack", catalogName: "Slack", createdAt: "2026-01-01T00:00:00Z")])
        XCTAssertEqual(state.reduce(.key(.character("R"))), [])
        XCTAssertNil(state.ui.overlay, "nothing asks: nothing would be sent")
        XCTAssertEqual(state.ui.flash, "read-only (--read-only): nothing can be changed")
        XCTAssertEqual(
            EditExecutor.refusal(of: .runAction(Self.reinstallRef, ActionRequest(id: "m-1", name: "slack"))),
            .actionFailed(Self.reinstallRef, .invalidConfiguration("read-only (--read-only): nothing is sent")))
        XCTAssertNil(EditExecutor.refusal(of: .follow(Self.reinstallRef, id: "m-1")), "following only reads")
    }

    func testEscOnTheInstallWindowStopsFollowingAndSaysTheInstallGoesOn() {
        var state = CoreFixture.state(pane: .mcp)
        state.load(
            MCPRegistryResource.servers, [MCPServer(id: "m-1", name: "slack", catalogName: "Slack", createdAt: "2026-01-01T00:00:00Z")])
        _ = state.reduce(.key(.character("R")))
        _ = state.reduce(.key(.character("y")))
        XCTAssertEqual(
            state.reduce(
                .edited(.actionReplied(Self.reinstallRef, .following(id: "m-1", FollowState(phase: "pending", isSettled: false))))),
            [])
        var running = state
        XCTAssertEqual(running.reduce(.key(.escape)), [.stopFollowing(Self.reinstallRef, id: "m-1")])
        XCTAssertNil(running.ui.overlay)
        XCTAssertEqual(running.ui.flash, "slack keeps installing; its state shows on the MCP pane")

        _ = state.reduce(.edited(.actionProgress(Self.reinstallRef, id: "m-1", FollowState(phase: "success", isSettled: true))))
        XCTAssertEqual(
            state.reduce(.key(.escape)), [.stopFollowing(Self.reinstallRef, id: "m-1")],
            "a settled window stops its follow too; nothing runs, so it costs nothing")
        XCTAssertNil(state.ui.overlay)
        XCTAssertNotEqual(state.ui.flash, "slack keeps installing; its state shows on the MCP pane")
    }

    func testCtrlESwitchesTheFormToTheEditorWithWhatWasTyped() {
        var state = editingState()
        _ = state.reduce(.key(.down))
        type(" and more", into: &state)
        _ = state.reduce(.key(.control("e")))
        guard case .externalEditor(let request)? = session(state)?.phase else { return XCTFail("switched to $EDITOR") }
        XCTAssertTrue(request.document.contains("description: old and more"), request.document)
    }

    func testAFailedSaveSaysWhereTheEditIsKept() {
        var state = editingState()
        _ = state.reduce(.key(.down))
        type("!", into: &state)
        _ = state.reduce(.key(.control("s")))
        _ = state.reduce(
            .edited(
                .saveFailed(
                    .transport(.connectionRefused, endpoint: "PUT /api/agents/agent-0"),
                    recoveryPath: "/state/recovery/agent-x.yaml")))
        XCTAssertEqual(session(state)?.phase, .form, "the form stays open with the edit")
        XCTAssertEqual(session(state)?.value(of: EditableField("description")), .text("old!"))
        XCTAssertEqual(session(state)?.recoveryPath, "/state/recovery/agent-x.yaml", "the form shows it on lines of its own")
        XCTAssertTrue(session(state)?.message?.hasPrefix("not saved: ") == true, session(state)?.message ?? "")
        // Kept as a draft (k), opening the record again starts from it.
        _ = state.reduce(.key(.escape))
        _ = state.reduce(.key(.character("k")))
        _ = state.reduce(.key(.character("E")))
        _ = state.reduce(.edited(.loaded(Self.record)))
        XCTAssertEqual(session(state)?.value(of: EditableField("description")), .text("old!"))
    }

    /// The record as someone else left it: a new description and version.
    static var theirs: JSONValue {
        guard case .object(var members) = record else { return record }
        members["description"] = .string("theirs")
        members["latestVersion"] = .number(4)
        return .object(members)
    }

    func failedSave() -> AppState {
        var state = editingState()
        _ = state.reduce(.key(.down))
        type("!", into: &state)
        _ = state.reduce(.key(.control("s")))
        _ = state.reduce(
            .edited(
                .saveFailed(
                    .http(status: 500, type: nil, message: "injected failure", endpoint: "PUT /api/agents/agent-0"),
                    recoveryPath: nil)))
        return state
    }

    func testADiscardedEditStaysDiscarded() {
        var state = failedSave()
        _ = state.reduce(.key(.escape))
        _ = state.reduce(.key(.character("y")))
        XCTAssertEqual(state.ui.flash, "discarded the edit")
        _ = state.reduce(.key(.character("E")))
        _ = state.reduce(.edited(.loaded(Self.theirs)))
        XCTAssertEqual(
            session(state)?.value(of: EditableField("description")), .text("theirs"), "the server's value, not the discarded one")
        XCTAssertEqual(session(state)?.changedFields.map(\.name), [])
        XCTAssertEqual(session(state)?.isDraft, false)
        XCTAssertNil(session(state)?.message)
    }

    func testAKeptDraftIsMarkedAndSavingItChecksTheVersionItBeganFrom() {
        var state = failedSave()
        _ = state.reduce(.key(.escape))
        _ = state.reduce(.key(.character("k")))
        _ = state.reduce(.key(.character("E")))
        _ = state.reduce(.edited(.loaded(Self.theirs)))
        XCTAssertEqual(session(state)?.isDraft, true)
        XCTAssertEqual(session(state)?.title, "Edit agent Agent 1 (draft)")
        XCTAssertTrue(session(state)?.message?.contains("draft") == true, session(state)?.message ?? "")
        let request = try! XCTUnwrap(saveRequest(state.reduce(.key(.control("s")))))
        XCTAssertEqual(request.baseMarker, "version 3", "the version the draft began from: a newer record means a conflict")
        XCTAssertEqual(request.body, .object(["description": .string("old!")]))
        XCTAssertFalse(request.overwrite)
        // The server answers with the conflict: theirs and yours are shown, nothing is sent.
        XCTAssertEqual(state.reduce(.edited(.conflict(theirs: Self.theirs))), [])
        guard case .conflict(_, let differences)? = session(state)?.phase else { return XCTFail("asks") }
        XCTAssertEqual(differences, [FieldDifference(field: "description", base: "old", theirs: "theirs", yours: "old!")])
    }

    func testTheJournalKeepsRecoveryFilesPrivateAndAuditsNamesNotValues() throws {
        let folder = NSTemporaryDirectory() + "journal-\(UUID().uuidString)"
        let journal = EditJournal(directory: folder, server: "https://x")
        let path = try XCTUnwrap(journal.saveRecovery("description: secret-ish\n", stem: "agent-a"))
        var info = stat()
        XCTAssertEqual(stat(path, &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o600)
        journal.audit("update", noun: "agent", id: "a-1", name: "A", fields: ["description"])
        let audit = try String(contentsOfFile: journal.auditPath, encoding: .utf8)
        XCTAssertTrue(audit.contains("\"fields\":[\"description\"]"), audit)
        XCTAssertTrue(audit.contains("\"server\":\"https://x\""), audit)
        XCTAssertEqual(stat(journal.auditPath, &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o600)
    }

    func testAVersionRestoreIsAuditedUnderTheRecordsName() async throws {
        let folder = NSTemporaryDirectory() + "journal-\(UUID().uuidString)"
        let journal = EditJournal(directory: folder, server: "https://x")
        let editor = ResourceEditor(noun: "agent", actions: [], calls: EditCalls(), fields: { _, _ in [] })
        let history = RecordHistory(list: { _, _ in [] }, restore: { _, _, _ in })
        let client = ArchestraClient(configuration: try ClientConfiguration(baseURL: "http://127.0.0.1:9", apiKey: nil))
        let executor = EditExecutor(client: client, journal: journal)
        // What `r` then `y` in the history asks the store to do.
        var state = CoreFixture.stateWithAgents(total: 3)
        _ = state.reduce(.key(.character("v")))
        _ = state.reduce(.edited(.versions([RecordVersion(version: 2, createdAt: nil, snapshot: .object([:]))], current: nil)))
        _ = state.reduce(.key(.character("r")))
        let effects = state.reduce(.key(.character("y")))
        guard case .edit(let command)? = effects.first else { return XCTFail("a restore: \(effects)") }
        let result = await executor.perform(command, editor: editor, history: history)
        await client.shutdown()
        XCTAssertEqual(result, EditResult.versionRestored(version: 2))
        let audit = try String(contentsOfFile: journal.auditPath, encoding: .utf8)
        XCTAssertTrue(audit.contains("\"name\":\"Agent 0\""), audit)
        XCTAssertTrue(audit.contains("\"version\":2"), audit)
        XCTAssertTrue(audit.contains("\"action\":\"restore-version\""), audit)
    }
}
