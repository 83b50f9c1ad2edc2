import XCTest
import TerminalUI

final class GaugeTests: XCTestCase {
    private func render(_ gauge: Gauge, width: Int, glyphs: GlyphSet = .unicode) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: 1)
        gauge.render(into: &buffer, rect: buffer.bounds, glyphs: glyphs)
        return buffer
    }

    func testRoleThresholds() {
        XCTAssertEqual(Gauge.role(for: 0.5), .ok)
        XCTAssertEqual(Gauge.role(for: 0.7499), .ok)
        XCTAssertEqual(Gauge.role(for: 0.75), .warning)
        XCTAssertEqual(Gauge.role(for: 0.8), .warning)
        XCTAssertEqual(Gauge.role(for: 0.9), .danger)
        XCTAssertEqual(Gauge.role(for: 0.95), .danger)
        XCTAssertEqual(Gauge.role(for: 1.0), .danger)
        XCTAssertEqual(Gauge.role(for: 1.2), .critical)
        XCTAssertEqual(Gauge.role(for: .nan), .ok)
    }

    func testHalfFull() {
        let buffer = render(Gauge(fraction: 0.5), width: 20)
        XCTAssertEqual(buffer.lines(), ["████████░░░░░░░░ 50%"])
        XCTAssertEqual(buffer.styleMap([.ok: "o", .muted: "m"]), ["oooooooommmmmmmm ooo"])
    }

    func testEighthBlockPrecisionAndWarningRole() {
        let buffer = render(Gauge(fraction: 0.8), width: 20)
        XCTAssertEqual(buffer.lines(), ["████████████▊░░░ 80%"])
        XCTAssertEqual(buffer.styleMap([.warning: "w"]), ["wwwwwwwwwwwww    www"])
    }

    func testDanger() {
        let buffer = render(Gauge(fraction: 0.95), width: 20)
        XCTAssertEqual(buffer.lines(), ["███████████████▏ 95%"])
        XCTAssertEqual(buffer.styleMap([.danger: "d"]), ["dddddddddddddddd ddd"])
    }

    func testOverLimitIsAFullBlinkingBarWithReversePercent() {
        let buffer = render(Gauge(fraction: 1.2), width: 20)
        XCTAssertEqual(buffer.lines(), ["███████████████ 120%"], "visible without colour")
        XCTAssertEqual(buffer.styleMap([.critical: "c"]), ["ccccccccccccccc cccc"])
        XCTAssertEqual(buffer.attributeMap([.blink]), ["xxxxxxxxxxxxxxx xxxx"])
        XCTAssertEqual(buffer.attributeMap([.reverse]), ["                xxxx"])
        XCTAssertEqual(render(Gauge(fraction: 1.2), width: 20, glyphs: .ascii).lines(), ["############### 120%"])
    }

    func testASCIIHasNoPartialBlocks() {
        XCTAssertEqual(render(Gauge(fraction: 0.5), width: 20, glyphs: .ascii).lines(), ["########........ 50%"])
        XCTAssertEqual(render(Gauge(fraction: 0.8), width: 20, glyphs: .ascii).lines(), ["############.... 80%"])
    }

    func testLabelComesFirst() {
        XCTAssertEqual(render(Gauge(fraction: 0.5, label: "tokens"), width: 20).lines(), ["tokens ████▌░░░░ 50%"])
        XCTAssertEqual(render(Gauge(fraction: 0.5, label: "tokens", labelWidth: 3), width: 12).lines(), ["to… ██░░ 50%"])
    }

    func testNarrowAndBadInput() {
        XCTAssertEqual(render(Gauge(fraction: 0.5), width: 3).lines(), ["50%"])
        XCTAssertEqual(render(Gauge(fraction: 0.5), width: 2).lines(), ["5…"])
        XCTAssertEqual(render(Gauge(fraction: .nan), width: 10).lines(), ["░░░░░░ n/a"])
        XCTAssertEqual(render(Gauge(fraction: -1), width: 10).lines(), ["░░░░ -100%"])
        XCTAssertEqual(render(Gauge(fraction: 0.5), width: 0).lines(), [""])
    }
}
