import XCTest
import ArchestraAPI
@testable import DashboardCore

/// The root reducer composes the resources' slices: each is named once, hears the events of the
/// data it reads, changes only itself, and its effects come out in registry order.
final class SliceCompositionTests: XCTestCase {
    func limit(used: Double) -> UsageLimit {
        UsageLimit(
            id: "l1", entityType: .team, entityId: "t", limitType: .tokenCost, limitValue: 100,
            modelUsage: [ModelUsage(model: "m", tokensIn: 1, tokensOut: 1, cost: used)])
    }

    func proxyStats(requests: Double, at start: Date) -> LLMProxyStatistics {
        LLMProxyStatistics(timeSeries: [
            LLMProxyUsage(requests: requests, billedCost: requests / 100, timestamp: ISO8601.string(from: start))
        ])
    }

    func testSliceIdsAreUniqueAndEveryDeclaredSliceIsRegistered() {
        let ids = ResourceRegistry.sliceReducers.map(\.id)
        XCTAssertEqual(Set(ids).count, ids.count, "two slices share an id: \(ids)")
        XCTAssertTrue(ids.contains(LimitsResource.slice.id))
        XCTAssertTrue(ids.contains(OverviewResource.rates.id))
        XCTAssertTrue(ids.contains(Refusals.slice.id), "the refusal watch's slice")
        XCTAssertEqual(
            ids, ResourceRegistry.all.compactMap(\.slice?.id) + ResourceRegistry.watches.compactMap(\.slice?.id),
            "in registry order, the watches' last")
    }

    func testASliceChangesOnlyOnItsOwnSourcesAnswers() {
        var state = CoreFixture.state(pane: .overview)
        state.notifications = NotificationOutbox(isEnabled: true)
        let start = CoreFixture.now.addingTimeInterval(-60)
        for (second, requests) in [(0.0, 100.0), (1, 130), (2, 160)] {
            state.load(Sources.proxyStats, proxyStats(requests: requests, at: start), at: CoreFixture.now.addingTimeInterval(second))
        }
        let rates = state.slices[OverviewResource.rates]
        XCTAssertEqual(rates.requests.ratePerSecond ?? 0, 30, accuracy: 0.001, "60 more requests in 2 s")
        XCTAssertEqual(state.slices[LimitsResource.slice].alerts.reached, [:], "the limits slice did not hear of proxy statistics")

        state.load(LimitsResource.source, [limit(used: 50)], at: CoreFixture.now.addingTimeInterval(3))
        XCTAssertEqual(state.slices[LimitsResource.slice].alerts.reached, ["l1": 0])
        XCTAssertEqual(
            state.slices[OverviewResource.rates].requests.ratePerSecond, rates.requests.ratePerSecond,
            "the overview's rates did not move for a limits answer")
    }

    func testATimeframeChangeResetsTheRatesThroughTheEvent() {
        var state = CoreFixture.state(pane: .overview)
        let start = CoreFixture.now.addingTimeInterval(-60)
        for (second, requests) in [(0.0, 100.0), (1, 130), (2, 160)] {
            state.load(Sources.proxyStats, proxyStats(requests: requests, at: start), at: CoreFixture.now.addingTimeInterval(second))
        }
        XCTAssertNotNil(state.slices[OverviewResource.rates].requests.ratePerSecond)
        _ = state.reduce(.key(.character("t")))
        XCTAssertNotEqual(state.timeframe, .day)
        XCTAssertNil(state.slices[OverviewResource.rates].requests.ratePerSecond, "another timeframe starts the rates again")
    }

    func testEventsReachEverySliceInRegistryOrderWithTheirEffects() {
        func recorder(_ name: String) -> AnySliceReducer {
            AnySliceReducer(SliceKey<Int>("test.\(name)") { 0 }) { count, event, _ in
                count += 1
                if case .timeframeChanged(let timeframe) = event {
                    return [.notify(PendingNotification(title: name, body: timeframe.rawValue))]
                }
                return [.refresh([SourceID(name)])]
            }
        }
        var state = CoreFixture.state(pane: .overview)
        state.notifications = NotificationOutbox(isEnabled: true)
        let effects = state.runSlices(
            [.clock(CoreFixture.now), .timeframeChanged(.week)], reducers: [recorder("first"), recorder("second")])
        XCTAssertEqual(effects, [.refresh([SourceID("first")]), .refresh([SourceID("second")])], "the store gets the rest, in order")
        XCTAssertEqual(state.notifications.pending.map(\.title), ["first", "second"], "notifications are queued, not returned")
        XCTAssertEqual(state.slices[SliceKey<Int>("test.first") { 0 }], 2)
        XCTAssertEqual(state.slices[SliceKey<Int>("test.second") { 0 }], 2)
    }

    func testKeysThatChangeNoTimeframeLeaveTheRatesAlone() {
        var state = CoreFixture.state(pane: .overview)
        let start = CoreFixture.now.addingTimeInterval(-60)
        for (second, requests) in [(0.0, 100.0), (1, 130), (2, 160)] {
            state.load(Sources.proxyStats, proxyStats(requests: requests, at: start), at: CoreFixture.now.addingTimeInterval(second))
        }
        let before = state.slices[OverviewResource.rates].requests.ratePerSecond
        XCTAssertNotNil(before)
        _ = state.reduce(.tick(CoreFixture.now.addingTimeInterval(3)))
        _ = state.reduce(.key(.character("j")))
        _ = state.reduce(.key(.character("2")))
        XCTAssertEqual(state.slices[OverviewResource.rates].requests.ratePerSecond, before)
    }

    func testALimitsAnswerRebuildsTheFiguresTheSliceKeeps() {
        var state = CoreFixture.state(pane: .limits)
        state.load(LimitsResource.source, [limit(used: 50)])
        XCTAssertEqual(state.slices[LimitsResource.slice].figures?.figures.map(\.percentText), ["50%"])
        state.load(LimitsResource.source, [limit(used: 70)], at: CoreFixture.now.addingTimeInterval(1))
        XCTAssertEqual(state.slices[LimitsResource.slice].figures?.figures.map(\.percentText), ["70%"])
        XCTAssertEqual(state.limitFigures.map(\.percentText), ["70%"])
    }
}
