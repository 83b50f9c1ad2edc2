/// Ids derived from a name, so the same label key always gets the same `keyId` without a lookup table.
enum StableID {
    static func uuid(for name: String) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a
        for byte in name.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0100_0000_01B3
        }
        var generator = SplitMix64(seed: hash)
        return generator.uuid()
    }

    /// The label object of API notes §2.4 with derived `keyId` / `valueId`.
    static func labelJSON(key: String, value: String) -> JSONObject {
        [
            "key": .string(key),
            "value": .string(value),
            "keyId": .string(uuid(for: "label-key:" + key)),
            "valueId": .string(uuid(for: "label-value:" + key + "=" + value)),
        ]
    }
}
