import PartnerCore

/// A tie named by its two organization ids, independent of any snapshot's indices, so ties of
/// different years can be matched.
///
/// Undirected ties are written with the lexicographically smaller id first (DESIGN §7); directed
/// ties keep `source → target`. Pairs order lexicographically by `(first, second)`. Encoded in JSON
/// as a two-element array `["a","b"]`.
public struct TiePair: Hashable, Comparable, Sendable, Encodable, CustomStringConvertible {
    public let first: String
    public let second: String

    /// A pair of ids; when `directed` is `false` the smaller id comes first.
    public init(_ a: String, _ b: String, directed: Bool = false) {
        (first, second) = directed || a <= b ? (a, b) : (b, a)
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.first, lhs.second) < (rhs.first, rhs.second)
    }

    public var description: String { "\(first)–\(second)" }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(first)
        try container.encode(second)
    }
}

extension Snapshot {
    /// Every tie of the snapshot keyed by its id pair, for matching ties across years.
    /// - Complexity: O(m) for m ties.
    func tiesByPair() -> [TiePair: Tie] {
        var result: [TiePair: Tie] = [:]
        result.reserveCapacity(ties.count)
        for tie in ties {
            let pair = TiePair(organizations[Int(tie.source)].id, organizations[Int(tie.target)].id,
                               directed: isDirected)
            result[pair] = tie
        }
        return result
    }
}
