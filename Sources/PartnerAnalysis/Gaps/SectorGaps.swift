import Foundation
import PartnerCore
import PartnerMetrics

/// One way a region's sectors fail to meet (DESIGN §5, "sector gaps").
public struct SectorGap: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, CaseIterable, Comparable {
        /// An expected sector has no organization in the region.
        case missingSector = "missing-sector"
        /// A sector is present but none of its organizations has a tie to another sector.
        case isolatedSector = "isolated-sector"
        /// Two present sectors have no tie to each other.
        case unlinkedPair = "unlinked-pair"
        /// Two present sectors have fewer than half the ties expected at the region's density.
        case weakPair = "weak-pair"

        public static func < (lhs: Self, rhs: Self) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    public var kind: Kind
    /// The sector (one) or sector pair (two, in matching-key order), as the data spells them.
    public var sectors: [String]
    /// Ties observed between the pair (pairs only).
    public var observed: Int?
    /// Ties expected between the pair if ties fell at random at the region's density,
    /// nₐ·n_b·density (pairs only).
    public var expected: Double?
    /// observed / expected; `nil` when nothing is expected (a region without ties).
    public var ratio: Double?
    /// For an unlinked pair: the chance that ties placed at random at the region's density would also
    /// leave the pair without a tie, e^(−expected) (Poisson). Below 0.5 the gap is unlikely to be
    /// chance alone: the table spells those out and lists the others in one line.
    public var chanceOfNoTie: Double?
    /// Ids of the organizations concerned (an isolated sector's organizations), sorted.
    public var organizations: [String]
    /// The finding as a sentence for a planner.
    public var explanation: String
    /// In a survey round, the gap's sectors none of whose organizations in the region answered: the gap
    /// may be non-response rather than absence. `nil` when the data is not a survey (see ``SurveyGapNotes``).
    public var unansweredSectors: [String]?

    public init(kind: Kind, sectors: [String], observed: Int? = nil, expected: Double? = nil,
                ratio: Double? = nil, chanceOfNoTie: Double? = nil, organizations: [String] = [],
                explanation: String) {
        self.kind = kind
        self.sectors = sectors
        self.observed = observed
        self.expected = expected
        self.ratio = ratio
        self.chanceOfNoTie = chanceOfNoTie
        self.organizations = organizations
        self.explanation = explanation
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(sectors, forKey: .sectors)
        try container.encode(observed, forKey: .observed)
        try container.encode(expected.finite, forKey: .expected)
        try container.encode(ratio.finite, forKey: .ratio)
        try container.encode(chanceOfNoTie.finite, forKey: .chanceOfNoTie)
        try container.encode(organizations, forKey: .organizations)
        try container.encode(explanation, forKey: .explanation)
        try container.encodeIfPresent(unansweredSectors, forKey: .unansweredSectors)
    }

    /// Whether a planner should read this gap first: always, except an unlinked pair that chance alone
    /// would leave without a tie half the time or more.
    public var isNotable: Bool { (chanceOfNoTie ?? 0) < 0.5 }
}

/// Finds the sector gaps of one region (DESIGN §5).
///
/// - Missing sectors: sectors in `expected` with no organization in the region.
/// - Isolated sectors: present sectors none of whose organizations has a tie to another sector (only
///   when at least two sectors are present).
/// - Unlinked and weak pairs: for sectors a ≠ b both present, the observed ties between them against the
///   number expected if the region's ties fell at random, E = nₐ·n_b·density with density =
///   m / (n(n−1)/2) — the expected cell of the mixing matrix. Zero ties is an *unlinked* pair; a ratio
///   observed/E below `weakRatio` (default 0.5) a *weak* one. Unlinked pairs come most expected
///   first, each with the chance e^(−E) that random ties would leave it unlinked too.
///
/// - Complexity: O(n + m + s²) for n organizations, m ties and s sectors.
public struct SectorGapFinder: Sendable {
    /// Pairs with observed/expected below this are weak.
    public var weakRatio: Double

    public init(weakRatio: Double = 0.5) {
        self.weakRatio = weakRatio
    }

    /// The gaps of `snapshot` (one region, without boundary partners), given the sectors expected there.
    ///
    /// - Parameters:
    ///   - mixing: the region's sector mixing matrix (``SectorMixing``).
    ///   - expected: sectors that should be present, in any order.
    ///   - regionName: used in the sentences.
    public func gaps(in snapshot: Snapshot, mixing: SectorMixing, expected: [Sector], regionName: String)
        -> [SectorGap]
    {
        var gaps: [SectorGap] = []
        let present = Set(mixing.sectors)
        for sector in Set(expected).subtracting(present).sorted() {
            gaps.append(SectorGap(
                kind: .missingSector, sectors: [sector.name],
                explanation: "No \(sector.name) organization in \(regionName), although \(sector.name) is expected there."))
        }

        let sectors = mixing.sectors
        let s = sectors.count
        guard s >= 2 else { return gaps }
        for a in 0..<s {
            let external = (0..<s).reduce(0) { $0 + ($1 == a ? 0 : mixing.observed[a][$1]) }
            guard external == 0 else { continue }
            let members = snapshot.organizations.indices
                .filter { snapshot.organizations[$0].sector == sectors[a] && !snapshot.isBoundary[$0] }
            let names = members.map { snapshot.organizations[$0].name }.sorted()
            gaps.append(SectorGap(
                kind: .isolatedSector, sectors: [sectors[a].name],
                organizations: members.map { snapshot.organizations[$0].id }.sorted(),
                explanation: "\(sectors[a].name.capitalizedFirst) (\(Phrase.count(names.count, "organization")): "
                    + "\(Phrase.list(names))) has no tie to any other sector in \(regionName)."))
        }
        var pairGaps: [SectorGap] = []
        for a in 0..<s {
            for b in (a + 1)..<s {
                let observed = mixing.observed[a][b]
                let expected = mixing.expected[a][b]
                let ratio = expected > 0 ? Double(observed) / expected : nil
                let pair = "\(sectors[a].name.capitalizedFirst) and \(sectors[b].name)"
                let expectation = "\(Phrase.decimal(expected)) would be expected at the region's density"
                if observed == 0 {
                    pairGaps.append(SectorGap(
                        kind: .unlinkedPair, sectors: [sectors[a].name, sectors[b].name], observed: 0,
                        expected: expected, ratio: ratio, chanceOfNoTie: exp(-expected),
                        explanation: "\(pair) have no tie in \(regionName) (\(expectation))."))
                } else if let ratio, ratio < weakRatio {
                    pairGaps.append(SectorGap(
                        kind: .weakPair, sectors: [sectors[a].name, sectors[b].name], observed: observed,
                        expected: expected, ratio: ratio,
                        explanation: "\(pair) have \(Phrase.count(observed, "tie")) in \(regionName) where "
                            + "\(expectation) (ratio \(Phrase.decimal(ratio)))."))
                }
            }
        }
        // Unlinked pairs first, most expected (least likely to be chance) first; then weak pairs.
        pairGaps.sort { lhs, rhs in
            if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
            if lhs.expected != rhs.expected { return (lhs.expected ?? 0) > (rhs.expected ?? 0) }
            return lhs.sectors.lexicographicallyPrecedes(rhs.sectors)
        }
        return gaps + pairGaps
    }
}

/// A snapshot's sectors with their mixing matrix and E-I index (``PartnerMetrics/MixingMatrix``,
/// ``PartnerMetrics/EIIndex``), ties read as undirected.
public struct SectorMixing: Sendable {
    /// Sectors, indexed as the matrix.
    public let sectors: [Sector]
    public let matrix: MixingMatrix
    public let ei: EIIndex

    /// - Complexity: O(n + m + s²).
    public init(graph: Graph, sectorOf: [Int32], sectors: [Sector]) {
        let undirected = graph.undirectedView()
        self.sectors = sectors
        matrix = MixingMatrix(graph: undirected, groups: sectorOf, groupCount: sectors.count)
        ei = EIIndex(graph: undirected, groups: sectorOf, groupCount: sectors.count)
    }

    /// The mixing of a whole snapshot, over its own sectors.
    public init(snapshot: Snapshot) {
        let partition = snapshot.sectorPartition
        self.init(graph: snapshot.graph(), sectorOf: partition.membership, sectors: partition.sectors)
    }

    public var observed: [[Int]] { matrix.observed }
    public var expected: [[Double]] { matrix.expected }
    /// Network E-I index; `nil` without ties.
    public var eiIndex: Double? { ei.network }
}
