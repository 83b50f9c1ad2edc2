import XCTest
@testable import archestra_tui

/// What the UI loop draws when: a person's keys at once, answers as they come only soon after a
/// person acted, and otherwise with the clock's tick once a second.
final class FramePacingTests: XCTestCase {
    let start = ContinuousClock.now

    func testAnswersAreDrawnAsTheyComeJustAfterStart() {
        let pacing = FramePacing(startedAt: start)
        XCTAssertTrue(pacing.isAttentive(at: start + .milliseconds(100)))
        XCTAssertTrue(
            pacing.shouldDraw(answeringPerson: false, ticked: false, at: start + .milliseconds(40)),
            "the first answer is drawn one round trip after start, not with the next tick")
    }

    func testAnswersOfOnePollAreDrawnTogetherWhileAttentive() {
        var pacing = FramePacing(startedAt: start)
        let gap = FramePacing.minimumDataRedraw
        XCTAssertEqual(gap, .milliseconds(50))
        pacing.drew(at: start + .milliseconds(100))
        XCTAssertFalse(pacing.shouldDraw(answeringPerson: false, ticked: false, at: start + .milliseconds(100) + gap / 2))
        XCTAssertTrue(pacing.shouldDraw(answeringPerson: false, ticked: false, at: start + .milliseconds(100) + gap))
        XCTAssertEqual(pacing.waitMilliseconds(untilTick: .milliseconds(900), changed: true, at: start + .milliseconds(120)), 30)
    }

    func testLeftAloneAnswersWaitForTheTick() {
        var pacing = FramePacing(startedAt: start)
        let later = start + FramePacing.attentiveSpan + .seconds(5)
        pacing.drew(at: later - .seconds(1))
        XCTAssertFalse(pacing.isAttentive(at: later))
        XCTAssertFalse(
            pacing.shouldDraw(answeringPerson: false, ticked: false, at: later),
            "an answer a second after the last frame still waits for the tick")
        XCTAssertTrue(pacing.shouldDraw(answeringPerson: false, ticked: true, at: later))
        XCTAssertEqual(
            pacing.waitMilliseconds(untilTick: .milliseconds(700), changed: true, at: later), 700,
            "a change not drawn yet does not shorten the wait when nobody is looking")
    }

    func testAKeyIsDrawnAtOnceAndMakesTheLoopAttentiveAgain() {
        var pacing = FramePacing(startedAt: start)
        let later = start + .seconds(60)
        pacing.drew(at: later - .milliseconds(10))
        XCTAssertTrue(pacing.shouldDraw(answeringPerson: true, ticked: false, at: later))
        pacing.personActed(at: later)
        pacing.drew(at: later)
        XCTAssertTrue(pacing.isAttentive(at: later + .seconds(2)))
        XCTAssertTrue(
            pacing.shouldDraw(answeringPerson: false, ticked: false, at: later + .milliseconds(300)),
            "the pane a key opened fills as its answers come")
        XCTAssertFalse(pacing.isAttentive(at: later + FramePacing.attentiveSpan))
    }

    func testWaitsAreBoundedAndRoundedUp() {
        let pacing = FramePacing(startedAt: start)
        XCTAssertEqual(pacing.waitMilliseconds(untilTick: .seconds(5), changed: false, at: start), 1000)
        XCTAssertEqual(pacing.waitMilliseconds(untilTick: .milliseconds(-20), changed: false, at: start), 0)
        XCTAssertEqual(pacing.waitMilliseconds(untilTick: .microseconds(1500), changed: false, at: start), 2)
    }
}
