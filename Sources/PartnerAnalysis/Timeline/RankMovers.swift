/// One organization's move in a ranking between two years.
public struct RankMove: Hashable, Sendable, Encodable {
    public let id: String
    /// Rank in the earlier year (1 = highest score).
    public let fromRank: Int
    /// Rank in the later year.
    public let toRank: Int
    public let fromScore: Double
    public let toScore: Double

    /// Places gained: positive when the organization rose (its rank number fell).
    public var change: Int { fromRank - toRank }

    private enum CodingKeys: String, CodingKey { case id, fromRank, toRank, fromScore, toScore, change }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(fromRank, forKey: .fromRank)
        try container.encode(toRank, forKey: .toRank)
        try container.encode(fromScore, forKey: .fromScore)
        try container.encode(toScore, forKey: .toScore)
        try container.encode(change, forKey: .change)
    }
}

/// The organizations that rose or fell most in the ranking by one measure (betweenness, degree …)
/// between two years.
///
/// Ranks are standard competition ranks ("1224"): an organization's rank is one more than the number
/// of organizations *of that year* with a strictly higher score, so ties share the best rank and a
/// year's newcomers push others down as they would in that year's own table. Scores closer than a
/// relative 1e-9 count as equal, so round-off in a centrality sum never splits a tie. Only
/// organizations present in both years can move; those that joined or left are in ``YearDiff``.
/// A riser's own score must have gone up and a faller's down: an organization whose score stayed
/// the same while newcomers overtook it did not "fall" in any sense a planner means.
public struct RankMovers: Sendable, Encodable {
    /// The measure ranked, as named in the JSON of `centrality` (`"betweenness"`, `"degree"`).
    public let measure: String
    /// Largest gains first (then by id), at most `limit`.
    public let risers: [RankMove]
    /// Largest losses first (then by id), at most `limit`.
    public let fallers: [RankMove]

    /// Ranks both years' scores and keeps the largest moves.
    ///
    /// - Parameters:
    ///   - measure: name of the measure, for display.
    ///   - from: score of every organization in the earlier year, by id.
    ///   - to: score of every organization in the later year, by id.
    ///   - limit: how many risers and how many fallers to keep.
    /// - Complexity: O(n log n) for n organizations.
    public init(measure: String, from: [String: Double], to: [String: Double], limit: Int = 5) {
        self.measure = measure
        let fromRanks = Self.competitionRanks(from)
        let toRanks = Self.competitionRanks(to)
        var moves: [RankMove] = []
        for (id, toRank) in toRanks {
            guard let fromRank = fromRanks[id], let fromScore = from[id], let toScore = to[id],
                  fromRank != toRank, !Self.isEqual(fromScore, toScore),
                  (toRank < fromRank) == (toScore > fromScore) else { continue }
            moves.append(RankMove(id: id, fromRank: fromRank, toRank: toRank,
                                  fromScore: fromScore, toScore: toScore))
        }
        let limit = max(0, limit)
        risers = Array(moves.filter { $0.change > 0 }
            .sorted { ($1.change, $0.id) < ($0.change, $1.id) }.prefix(limit))
        fallers = Array(moves.filter { $0.change < 0 }
            .sorted { ($0.change, $0.id) < ($1.change, $1.id) }.prefix(limit))
    }

    /// Competition ranks of `scores` (1 = highest), with a relative tolerance of 1e-9.
    /// - Complexity: O(n log n).
    static func competitionRanks(_ scores: [String: Double]) -> [String: Int] {
        let ordered = scores.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        var ranks: [String: Int] = [:]
        ranks.reserveCapacity(ordered.count)
        var rank = 1
        var leader = ordered.first?.value ?? 0
        for (position, entry) in ordered.enumerated() {
            if !Self.isEqual(entry.value, leader) {
                rank = position + 1
                leader = entry.value
            }
            ranks[entry.key] = rank
        }
        return ranks
    }

    private static func isEqual(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
    }
}
