/// Numbers distinct ids (as bytes) in order of first mention, keeping one `String` per id.
///
/// An open-addressing table (at most half full) of numbers keyed by a 64-bit FNV-1a hash of the
/// id's UTF-8 bytes: `Dictionary<String, _>` hashes with seeded SipHash through `Hasher`, which
/// was the largest cost of reading 500,000 links (two lookups per row). The numbers depend only on
/// the order ids come in, never on the hash.
struct IDNumbering {
    /// The ids, by number.
    private(set) var ids: [String] = []
    /// `hashes[n]`: the hash of `ids[n]`, compared before the strings and reused when growing.
    private var hashes: [UInt64] = []
    /// Slot → id number, −1 when free.
    private var slots = [Int32](repeating: -1, count: 1024)

    /// The number of `id`, giving it the next one if it is new.
    mutating func number(of id: String) -> Int32 {
        let hash = Self.hash(id)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let number = Int(slots[slot])
            // The hash is over bytes, so canonically equivalent spellings (é precomposed or not) get
            // two numbers, each keeping its own spelling for messages, unless their 64-bit hashes
            // collide; the organizations lookup after that uses `String` equality, as a lookup per
            // row did. (Comparing bytes here instead of `==` cost 10 % of the import.)
            if hashes[number] == hash, ids[number] == id { return Int32(number) }
            slot = (slot + 1) & mask
        }
        let number = Int32(ids.count)
        ids.append(id)
        hashes.append(hash)
        slots[slot] = number
        if 2 * ids.count > slots.count { grow() }
        return number
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: 2 * slots.count)
        let mask = slots.count - 1
        for (number, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number)
        }
    }

    /// FNV-1a over the UTF-8 bytes, then SplitMix64's output function so the low bits (the slot)
    /// depend on every byte.
    static func hash(_ id: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in id.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return mixedBits(hash)
    }
}

/// SplitMix64's output function (Steele, Lea & Flood 2014): every input bit reaches every output
/// bit, so the low bits of the result make a good slot in a power-of-two table.
func mixedBits(_ x: UInt64) -> UInt64 {
    var z = x &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
}
