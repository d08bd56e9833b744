import PartnerCore

/// Two sectors joined by at least one tie, named in matching-key order (`first <= second`).
public struct SectorPair: Hashable, Comparable, Sendable, Encodable, CustomStringConvertible {
    public let first: Sector
    public let second: Sector

    public init(_ a: Sector, _ b: Sector) {
        (first, second) = a <= b ? (a, b) : (b, a)
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.first.matchingKey, lhs.second.matchingKey) < (rhs.first.matchingKey, rhs.second.matchingKey)
    }

    public var description: String { "\(first.name)–\(second.name)" }

    /// Encoded as `["education","health"]`, sector names as written in the data.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(first.name)
        try container.encode(second.name)
    }
}

/// What changed in a partnership network between two survey years.
///
/// Organizations and ties are matched by id across the two snapshots (so the two years may hold
/// different organizations in different orders). An organization belongs to a year when it is in
/// that year's ``Snapshot`` — active that year (``Organization/isActive(in:)``) and, for a regional
/// comparison, in the region. A tie belongs to a year when it was reported that year.
///
/// - `strengthened`/`weakened`: ties present in both years whose strength (collaboration level)
///   rose or fell; `stageUp`/`stageDown`: ties present in both years, with a stage both years, whose
///   NPI stage rose or fell.
/// - `newSectorPairs`: pairs of *different* sectors tied in `to` and not in `from` — the
///   intersectoral links the network gained; `lostSectorPairs` the reverse.
/// - ``tieStability`` is the Jaccard index of the two tie sets, |E₁ ∩ E₂| / |E₁ ∪ E₂|
///   (Jaccard 1901; used for network stability over waves by e.g. Snijders, van de Bunt & Steglich
///   2010, "Introduction to stochastic actor-based models for network dynamics", *Social Networks*
///   32:44–60, where it is the usual check that consecutive waves are comparable).
///
/// Every list is sorted; tie pairs have the lexicographically smaller id first (undirected).
public struct YearDiff: Sendable, Encodable {
    public let from: Int
    public let to: Int
    /// Ids of organizations in `to` and not in `from`, sorted.
    public let joined: [String]
    /// Ids of organizations in `from` and not in `to`, sorted.
    public let left: [String]
    public let formed: [TiePair]
    public let dissolved: [TiePair]
    /// Ties present in both years.
    public let kept: [TiePair]
    public let strengthened: [TiePair]
    public let weakened: [TiePair]
    public let stageUp: [TiePair]
    public let stageDown: [TiePair]
    public let newSectorPairs: [SectorPair]
    public let lostSectorPairs: [SectorPair]
    /// Jaccard index of the two tie sets; `nil` when neither year has a tie.
    public let tieStability: Double?

    /// Compares two snapshots of the same network.
    ///
    /// - Parameters:
    ///   - earlier: the snapshot of year `from`.
    ///   - later: the snapshot of year `to`.
    /// - Complexity: O((n + m) log(n + m)) for n organizations and m ties over both years (hashing,
    ///   then sorting the lists).
    public init(from earlier: Snapshot, to later: Snapshot) {
        from = earlier.year ?? 0
        to = later.year ?? 0

        let before = Set(earlier.organizations.map(\.id))
        let after = Set(later.organizations.map(\.id))
        joined = after.subtracting(before).sorted()
        left = before.subtracting(after).sorted()

        let oldTies = earlier.tiesByPair()
        let newTies = later.tiesByPair()
        var formed: [TiePair] = [], dissolved: [TiePair] = [], kept: [TiePair] = []
        var strengthened: [TiePair] = [], weakened: [TiePair] = []
        var stageUp: [TiePair] = [], stageDown: [TiePair] = []
        for (pair, tie) in newTies {
            guard let old = oldTies[pair] else {
                formed.append(pair)
                continue
            }
            kept.append(pair)
            if tie.strength > old.strength { strengthened.append(pair) }
            if tie.strength < old.strength { weakened.append(pair) }
            if let stage = tie.stage, let oldStage = old.stage {
                if stage > oldStage { stageUp.append(pair) }
                if stage < oldStage { stageDown.append(pair) }
            }
        }
        for pair in oldTies.keys where newTies[pair] == nil { dissolved.append(pair) }
        self.formed = formed.sorted()
        self.dissolved = dissolved.sorted()
        self.kept = kept.sorted()
        self.strengthened = strengthened.sorted()
        self.weakened = weakened.sorted()
        self.stageUp = stageUp.sorted()
        self.stageDown = stageDown.sorted()

        let union = oldTies.count + newTies.count - kept.count
        tieStability = union == 0 ? nil : Double(kept.count) / Double(union)

        let oldSectorPairs = earlier.intersectoralPairs()
        let newSectorPairs = later.intersectoralPairs()
        self.newSectorPairs = newSectorPairs.subtracting(oldSectorPairs).sorted()
        lostSectorPairs = oldSectorPairs.subtracting(newSectorPairs).sorted()
    }

    private enum CodingKeys: String, CodingKey {
        case from, to, joined, left, formed, dissolved, kept, strengthened, weakened, stageUp, stageDown
        case newSectorPairs, lostSectorPairs, tieStability
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(joined, forKey: .joined)
        try container.encode(left, forKey: .left)
        try container.encode(formed, forKey: .formed)
        try container.encode(dissolved, forKey: .dissolved)
        try container.encode(kept, forKey: .kept)
        try container.encode(strengthened, forKey: .strengthened)
        try container.encode(weakened, forKey: .weakened)
        try container.encode(stageUp, forKey: .stageUp)
        try container.encode(stageDown, forKey: .stageDown)
        try container.encode(newSectorPairs, forKey: .newSectorPairs)
        try container.encode(lostSectorPairs, forKey: .lostSectorPairs)
        // `encode` (not `encodeIfPresent`) so an undefined stability is `null`, never missing.
        try container.encode(tieStability, forKey: .tieStability)
    }
}

extension Snapshot {
    /// Pairs of different sectors joined by at least one tie.
    func intersectoralPairs() -> Set<SectorPair> {
        var pairs = Set<SectorPair>()
        for tie in ties {
            let a = organizations[Int(tie.source)].sector, b = organizations[Int(tie.target)].sector
            if a != b { pairs.insert(SectorPair(a, b)) }
        }
        return pairs
    }
}
