import Foundation
import ArchestraAPI

/// The loaded data of every source, keyed by source, with a revision that moves whenever a
/// value changes so tables can be rebuilt only then.
public struct SourceSlots: Sendable {
    struct Slot: Sendable {
        var value: (any Sendable)?
        var status = SourceStatus.idle
        var revision: UInt64 = 0
    }

    private var slots: [SourceID: Slot] = [:]
    private var items: [SourceID: [String: ItemSlot]] = [:]
    /// Moves on every change of any value.
    public private(set) var revision: UInt64 = 0
    /// The revision of each look-up's last answer.
    private var itemRevisions: [SourceID: UInt64] = [:]

    public init() {}

    func slot(_ id: SourceID) -> Slot? { slots[id] }

    /// The revision of the last change to one source's value or look-up answers (0: none yet), for
    /// what is built from a few sources and need not be rebuilt when another one answers.
    func revision(of id: SourceID) -> UInt64 {
        max(slots[id]?.revision ?? 0, itemRevisions[id] ?? 0)
    }

    public func status(of id: SourceID) -> SourceStatus { slots[id]?.status ?? .idle }

    mutating func setStatus(_ status: SourceStatus, of id: SourceID) {
        slots[id, default: Slot()].status = status
    }

    mutating func setValue(_ value: (any Sendable)?, status: SourceStatus, of id: SourceID) {
        revision &+= 1
        slots[id] = Slot(value: value, status: status, revision: revision)
    }

    /// Forgets a value (figures of another timeframe), keeping the status.
    mutating func clearValue(of id: SourceID) {
        guard let slot = slots[id], slot.value != nil else { return }
        setValue(nil, status: slot.status, of: id)
    }

    /// Every source that has a status, with it.
    public var statuses: [(SourceID, SourceStatus)] { slots.map { ($0.key, $0.value.status) } }

    // MARK: - Per-row look-ups

    func item(_ id: SourceID, key: String) -> ItemSlot? { items[id]?[key] }

    func items(_ id: SourceID) -> [String: ItemSlot] { items[id] ?? [:] }

    /// - Parameter capacity: rows remembered at most for this look-up; the oldest go first.
    mutating func setItem(
        _ slot: ItemSlot, for key: String, of id: SourceID, capacity: Int = ItemLookupDescription<String>.defaultCapacity
    ) {
        revision &+= 1
        itemRevisions[id] = revision
        var family = items[id] ?? [:]
        family[key] = slot
        while family.count > capacity, let oldest = family.min(by: { $0.value.at < $1.value.at })?.key {
            family[oldest] = nil
        }
        items[id] = family
    }
}

/// The answer of one per-row look-up (a knowledge base's health, an agent's name).
public struct ItemSlot: Sendable {
    public var value: (any Sendable)?
    /// The failure of the last attempt; the last good value stays.
    public var error: ArchestraError?
    public var at: Date
}

extension AppState {
    /// The loaded value and freshness of one source, typed.
    public subscript<Parameters, Fetched, Value>(source: SourceDescription<Parameters, Fetched, Value>) -> Loadable<Value> {
        get {
            let slot = sources.slot(source.id)
            return Loadable(value: slot?.value as? Value, status: slot?.status ?? .idle)
        }
        set {
            sources.setValue(newValue.value, status: newValue.status, of: source.id)
        }
    }

    /// Freshness of one source, whatever its value type.
    public func status(of id: SourceID) -> SourceStatus {
        sources.status(of: id)
    }

    public func status(of source: AnySource) -> SourceStatus {
        sources.status(of: source.id)
    }

    mutating func updateStatus(of id: SourceID, _ change: (inout SourceStatus) -> Void) {
        var status = sources.status(of: id)
        change(&status)
        sources.setStatus(status, of: id)
    }
}

extension SourceSlots {
    /// Records a failure of a source whatever its value type (fixtures and tests use this).
    public mutating func fail(_ id: SourceID, _ error: ArchestraError, at time: Date, retryAfter delay: TimeInterval?) {
        var status = status(of: id)
        status.fail(error, at: time, retryAfter: delay)
        setStatus(status, of: id)
    }
}
