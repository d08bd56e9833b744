import PartnerCore
import PartnerMetrics

/// A partnership worth proposing: two organizations not yet tied, why, and how strongly.
public struct PartnerSuggestion: Codable, Sendable, Hashable {
    /// Id of one organization (the smaller id of the two).
    public var source: String
    public var target: String
    public var sourceName: String
    public var targetName: String
    public var sourceSector: String
    public var targetSector: String
    public var sourceRegion: String
    public var targetRegion: String
    /// proximity × (1 + complementarity); higher is a better suggestion.
    public var score: Double
    /// The structural part (``PartnerProximity``).
    public var proximity: Double
    /// The complementarity bonus (see ``SuggestionWeights``).
    public var complementarity: Double
    /// Ids of the partners the two already share, sorted.
    public var sharedPartners: [String]
    /// Why, in sentences naming the organizations and sectors involved; strongest reason first.
    public var reasons: [String]
    /// The same reasons as data, in the same order (`reasons[i] == reasonDetails[i].sentence`), for
    /// callers that word them in another language. Not part of the JSON.
    public var reasonDetails: [SuggestionReason] = []

    private enum CodingKeys: String, CodingKey {
        case source, target, sourceName, targetName, sourceSector, targetSector, sourceRegion, targetRegion
        case score, proximity, complementarity, sharedPartners, reasons
    }
}

/// The weights of the complementarity bonus, documented on ``PartnerSuggester``.
public struct SuggestionWeights: Sendable, Hashable {
    public var differentSectors = 0.25
    public var firstTieBetweenSectors = 0.75
    public var weakSectorPair = 0.5
    public var joinsCommunities = 0.25
    public var secondRoute = 0.5
    public var relievesBroker = 0.25

    public init() {}

    /// All weights 0: the score is the proximity alone.
    public static let proximityOnly: SuggestionWeights = {
        var weights = SuggestionWeights()
        weights.differentSectors = 0
        weights.firstTieBetweenSectors = 0
        weights.weakSectorPair = 0
        weights.joinsCommunities = 0
        weights.secondRoute = 0
        weights.relievesBroker = 0
        return weights
    }()
}

/// What the complementarity bonus needs to know about a network besides its ties.
public struct SuggestionContext: Sendable {
    /// Sector of each organization, as a position in ``sectors``.
    public var sectorOf: [Int32]
    public var sectors: [Sector]
    /// Ties observed and expected between sectors (the mixing matrix of the scored graph).
    public var mixing: SectorMixing
    /// Louvain community of each organization, when known.
    public var communityOf: [Int32]?
    /// Single points of failure: removing the organization or tie cuts `cutOff` from the rest.
    public var separators: [Separator]
    /// Organizations that broker between sectors (see ``BrokerFinder``).
    public var isBroker: [Bool]

    /// A cut vertex or a bridge with the organizations it alone connects to the rest.
    public struct Separator: Sendable {
        public enum Kind: Sendable { case organization(Int32), tie(Int32, Int32) }
        public var kind: Kind
        public var cutOff: [Bool]
        public var cutOffCount: Int

        public init(kind: Kind, cutOff: [Bool]) {
            self.kind = kind
            self.cutOff = cutOff
            self.cutOffCount = cutOff.lazy.filter { $0 }.count
        }
    }

    public init(sectorOf: [Int32], sectors: [Sector], mixing: SectorMixing, communityOf: [Int32]?,
                separators: [Separator], isBroker: [Bool]) {
        self.sectorOf = sectorOf
        self.sectors = sectors
        self.mixing = mixing
        self.communityOf = communityOf
        self.separators = separators
        self.isBroker = isBroker
    }
}

/// Ranks pairs of organizations not yet tied as partnerships to propose (DESIGN §5, "missing partners").
///
/// score(u, v) = proximity(u, v) × (1 + complementarity(u, v))
///
/// The proximity (``PartnerProximity``) says how likely the tie is to work — organizations that share
/// partners already know of each other (triadic closure, Granovetter 1973). The complementarity says
/// how much the network would gain from it, adding (``SuggestionWeights``):
/// - 0.25 when the two are of different sectors (intersectoral action is the point of the network);
/// - 0.75 when their sectors have no tie at all in the network, or 0.5 when they have fewer than half
///   the ties expected at its density (the under-connected pairs of ``SectorGapFinder``);
/// - 0.25 when they are in different Louvain communities (the tie would join two working groups);
/// - 0.5 when one of them is cut off from the rest by a single organization or tie and the other is not
///   (the tie gives a second route: Fragility);
/// - 0.25 when their only shared partner is a broker (the tie lightens the broker's load).
///
/// Multiplying keeps the ranking anchored in proximity: complementarity reorders plausible ties, it
/// never promotes an implausible one above a far more plausible one (at most a factor 3.5).
///
/// - Complexity: O(Σ_u Σ_{a∈Γu} Σ_{b∈Γa} k_b) for the three-step sums plus O(deg u + deg v) per pair.
public struct PartnerSuggester: Sendable {
    public var weights: SuggestionWeights

    public init(weights: SuggestionWeights = SuggestionWeights()) {
        self.weights = weights
    }

    /// The complementarity bonus of a pair given its shared partners.
    public func complementarity(_ u: Int, _ v: Int, sharedPartners: [Int32], context: SuggestionContext) -> Double {
        var bonus = 0.0
        let a = Int(context.sectorOf[u]), b = Int(context.sectorOf[v])
        if a != b {
            bonus += weights.differentSectors
            let observed = context.mixing.observed[a][b]
            let expected = context.mixing.expected[a][b]
            if observed == 0 {
                bonus += weights.firstTieBetweenSectors
            } else if expected > 0, Double(observed) / expected < 0.5 {
                bonus += weights.weakSectorPair
            }
        }
        if let community = context.communityOf, community[u] != community[v] {
            bonus += weights.joinsCommunities
        }
        if context.separators.contains(where: { separates($0, u, v) }) {
            bonus += weights.secondRoute
        }
        if sharedPartners.count == 1, context.isBroker[Int(sharedPartners[0])] {
            bonus += weights.relievesBroker
        }
        return bonus
    }

    /// Whether a new tie u – v would give a second route around `separator`.
    func separates(_ separator: SuggestionContext.Separator, _ u: Int, _ v: Int) -> Bool {
        if case .organization(let w) = separator.kind, Int(w) == u || Int(w) == v { return false }
        return separator.cutOff[u] != separator.cutOff[v]
    }

    /// The best `top` suggestions among the pairs `isCandidate` accepts, best first (ties by ids).
    ///
    /// - Parameters:
    ///   - snapshot: the organizations, positions matching the graph's nodes.
    ///   - proximity: built on the snapshot's graph.
    ///   - regionName: used in sentences.
    public func suggestions(snapshot: Snapshot, proximity: PartnerProximity, context: SuggestionContext,
                            regionName: String, top: Int,
                            isCandidate: (Int, Int) -> Bool) -> [PartnerSuggestion]
    {
        let n = proximity.graph.nodeCount
        var row = [Double](repeating: 0, count: n)
        var touched: [Int32] = []
        var scored: [(score: Double, proximity: Double, bonus: Double, u: Int32, v: Int32)] = []
        var currentRow = -1
        proximity.predictor.forEachNonTie { u, v, scores in
            let ui = Int(u), vi = Int(v)
            guard isCandidate(ui, vi) else { return }
            if currentRow != ui {
                for x in touched { row[Int(x)] = 0 }
                touched.removeAll(keepingCapacity: true)
                proximity.threeStepRow(from: ui, into: &row, touched: &touched)
                currentRow = ui
            }
            let closeness = proximity.proximity(resourceAllocation: scores.resourceAllocation,
                                                threeStep: row[vi], ui, vi)
            guard closeness > 0 else { return }
            let shared = scores.commonNeighbors == 1 ? proximity.predictor.commonNeighbors(ui, vi) : []
            let bonus = complementarity(ui, vi, sharedPartners: shared, context: context)
            scored.append((closeness * (1 + bonus), closeness, bonus, u, v))
        }
        let organizations = snapshot.organizations
        func ordered(_ s: (score: Double, proximity: Double, bonus: Double, u: Int32, v: Int32)) -> (Int, Int) {
            organizations[Int(s.u)].id <= organizations[Int(s.v)].id ? (Int(s.u), Int(s.v)) : (Int(s.v), Int(s.u))
        }
        scored.sort { lhs, rhs in
            if lhs.score != rhs.score { return lhs.score > rhs.score }
            let l = ordered(lhs), r = ordered(rhs)
            return (organizations[l.0].id, organizations[l.1].id) < (organizations[r.0].id, organizations[r.1].id)
        }
        return scored.prefix(max(0, top)).map { candidate in
            let (u, v) = ordered(candidate)
            let explainer = SuggestionExplainer(snapshot: snapshot, proximity: proximity, context: context,
                                                suggester: self, regionName: regionName)
            let reasons = explainer.reasons(u, v)
            return PartnerSuggestion(
                source: organizations[u].id, target: organizations[v].id,
                sourceName: organizations[u].name, targetName: organizations[v].name,
                sourceSector: organizations[u].sector.name, targetSector: organizations[v].sector.name,
                sourceRegion: organizations[u].region.name, targetRegion: organizations[v].region.name,
                score: candidate.score, proximity: candidate.proximity, complementarity: candidate.bonus,
                sharedPartners: proximity.predictor.commonNeighbors(u, v).map { organizations[Int($0)].id }.sorted(),
                reasons: reasons.map(\.sentence), reasonDetails: reasons)
        }
    }
}

/// Writes the reasons of a suggestion as sentences a planner can act on.
struct SuggestionExplainer {
    let snapshot: Snapshot
    let proximity: PartnerProximity
    let context: SuggestionContext
    let suggester: PartnerSuggester
    let regionName: String

    private func name(_ i: Int) -> String { snapshot.organizations[i].name }

    func reasons(_ u: Int, _ v: Int) -> [SuggestionReason] {
        var reasons: [SuggestionReason] = []
        let shared = proximity.predictor.commonNeighbors(u, v).map { name(Int($0)) }.sorted()
        if !shared.isEmpty {
            reasons.append(.sharedPartners(shared))
        } else if proximity.isImputed(u) || proximity.isImputed(v) {
            let (newcomer, other) = proximity.isImputed(u) ? (u, v) : (v, u)
            reasons.append(.newcomer(newcomer: name(newcomer), other: name(other),
                                     otherPartners: proximity.graph.degree(of: other)))
        } else if let (a, b) = proximity.threeStep(u, v).strongestPath {
            reasons.append(.threeStepPath(source: name(u), via: name(Int(a)), through: name(Int(b)), target: name(v)))
        }
        let regionU = snapshot.organizations[u].region, regionV = snapshot.organizations[v].region
        if regionU != regionV {
            let (first, second) = regionU < regionV ? (regionU, regionV) : (regionV, regionU)
            reasons.append(.linksRegions(first.name, second.name))
        }
        let sa = Int(context.sectorOf[u]), sb = Int(context.sectorOf[v])
        let sectorA = context.sectors[sa].name, sectorB = context.sectors[sb].name
        if sa != sb {
            let (first, second) = sectorA <= sectorB ? (sectorA, sectorB) : (sectorB, sectorA)
            let observed = context.mixing.observed[sa][sb]
            let expected = context.mixing.expected[sa][sb]
            if observed == 0 {
                reasons.append(.firstTieBetweenSectors(first, second, region: regionName))
            } else if expected > 0, Double(observed) / expected < 0.5 {
                reasons.append(.weakSectorPair(first, second, region: regionName, observed: observed, expected: expected))
            } else {
                reasons.append(.intersectoral(sectorA, sectorB))
            }
        }
        if let community = context.communityOf, community[u] != community[v] {
            reasons.append(.joinsGroups(group(u, community), group(v, community)))
        }
        for separator in context.separators where suggester.separates(separator, u, v) {
            let inside = separator.cutOff[u] ? u : v
            let besides: SuggestionReason.Separator = switch separator.kind {
            case .organization(let w): .organization(name(Int(w)))
            case .tie(let a, let b): .tie(name(Int(a)), name(Int(b)))
            }
            reasons.append(.secondRoute(organization: name(inside), others: separator.cutOffCount - 1, besides: besides))
            break
        }
        let sharedIndices = proximity.predictor.commonNeighbors(u, v)
        if sharedIndices.count == 1, context.isBroker[Int(sharedIndices[0])] {
            reasons.append(.relievesBroker(name(Int(sharedIndices[0]))))
        }
        return reasons
    }

    /// `u`'s Louvain community: `u` and the other members of the region, most connected first.
    private func group(_ u: Int, _ community: [Int32]) -> SuggestionReason.WorkingGroup {
        let members = community.indices.filter { $0 != u && community[$0] == community[u] && !snapshot.isBoundary[$0] }
            .sorted { proximity.graph.degree(of: $0) != proximity.graph.degree(of: $1)
                ? proximity.graph.degree(of: $0) > proximity.graph.degree(of: $1) : $0 < $1 }
            .map(name)
        return SuggestionReason.WorkingGroup(organization: name(u), members: members)
    }
}
