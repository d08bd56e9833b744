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
    /// likelihood × (1 + complementarity); higher is a better suggestion.
    public var score: Double
    /// The learned model's likelihood of the tie, in (0, 1) (``LinkModel``; JSON key kept from round one).
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
    /// Connected component of each organization (a second route must end in the separator's component).
    public var componentOf: [Int32]
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
                separators: [Separator], isBroker: [Bool], componentOf: [Int32]) {
        self.sectorOf = sectorOf
        self.sectors = sectors
        self.mixing = mixing
        self.communityOf = communityOf
        self.separators = separators
        self.isBroker = isBroker
        self.componentOf = componentOf
    }
}

/// Ranks pairs of organizations not yet tied as partnerships to propose (DESIGN §5, "missing partners").
///
/// score(u, v) = likelihood(u, v) × (1 + complementarity(u, v))
///
/// The likelihood is the learned ``LinkModel``'s, trained on the region's own ties. The complementarity
/// says how much the network would gain from the tie, adding (``SuggestionWeights``):
/// - 0.25 when the two are of different sectors (intersectoral action is the point of the network);
/// - 0.75 when their sectors have no tie at all in the network, or 0.5 when they have fewer than half
///   the ties expected at its density (the under-connected pairs of ``SectorGapFinder``);
/// - 0.25 when they are in different Louvain communities (the tie would connect two clusters);
/// - 0.5 when one of them is cut off from the rest by a single organization or tie and the other
///   reaches the rest without it (the tie gives a second route: Fragility);
/// - 0.25 when their only shared partner is a broker (the tie lightens the broker's load).
///
/// The list then serves the fragile spots: among the first five, no organization appears more than
/// twice; when a cut vertex or bridge strands three or more organizations, the best "second route"
/// suggestion around it is placed within the first three. Organizations without any tie are left to
/// the isolated organizations' section.
///
/// - Complexity: one ``PairScorer`` pass; memory O(n + kept pairs), the pool pruned to the best few
///   hundred as it grows.
public struct PartnerSuggester: Sendable {
    public var weights: SuggestionWeights
    /// Organizations at most this often among the first ``diversifiedPrefix`` suggestions.
    public var perOrganizationCap = 2
    public var diversifiedPrefix = 5
    /// A separator stranding at least this many organizations gets a second route within the first three.
    public var strandedThreshold = 3

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
        if context.separators.contains(where: { givesSecondRoute($0, u, v, context: context) }) {
            bonus += weights.secondRoute
        }
        if sharedPartners.count == 1, context.isBroker[Int(sharedPartners[0])] {
            bonus += weights.relievesBroker
        }
        return bonus
    }

    /// Whether a new tie u – v would give a second route around `separator`: one end is cut off by
    /// it, the other is not, is not the separator itself, and lies in the separator's component — so
    /// it still reaches the rest of the network when the separator is gone.
    func givesSecondRoute(_ separator: SuggestionContext.Separator, _ u: Int, _ v: Int,
                          context: SuggestionContext) -> Bool {
        guard separator.cutOff[u] != separator.cutOff[v] else { return false }
        let outside = separator.cutOff[u] ? v : u
        let anchor: Int
        switch separator.kind {
        case .organization(let w):
            if Int(w) == u || Int(w) == v { return false }
            anchor = Int(w)
        case .tie(let a, let b):
            // The end of the bridge on the rest's side.
            anchor = separator.cutOff[Int(a)] ? Int(b) : Int(a)
        }
        return context.componentOf[outside] == context.componentOf[anchor]
    }

    typealias Scored = (score: Double, likelihood: Double, bonus: Double, u: Int32, v: Int32)

    /// The best `top` suggestions among the pairs `isCandidate` accepts (see the type's rules).
    public func suggestions(snapshot: Snapshot, scorer: PairScorer, model: LinkModel, context: SuggestionContext,
                            regionName: String, top: Int,
                            isCandidate: (Int, Int) -> Bool) -> [PartnerSuggestion]
    {
        guard top > 0 else { return [] }
        let organizations = snapshot.organizations
        let graph = scorer.graph
        let poolLimit = max(200, 20 * top)
        var pool: [Scored] = []
        let fragile = context.separators.indices.filter { context.separators[$0].cutOffCount >= strandedThreshold }
        var bestRoute: Scored?
        func better(_ a: Scored, _ b: Scored) -> Bool {
            if a.score != b.score { return a.score > b.score }
            let l = ordered(a), r = ordered(b)
            return (organizations[l.0].id, organizations[l.1].id) < (organizations[r.0].id, organizations[r.1].id)
        }
        func ordered(_ s: Scored) -> (Int, Int) {
            organizations[Int(s.u)].id <= organizations[Int(s.v)].id ? (Int(s.u), Int(s.v)) : (Int(s.v), Int(s.u))
        }
        scorer.forEachScoredPair(model) { u, v, raw, likelihood in
            guard graph.degree(of: u) > 0, graph.degree(of: v) > 0, isCandidate(u, v) else { return }
            let shared = raw[PairFeature.commonNeighbors.index] == 1 ? scorer.extractor.commonNeighbors(u, v) : []
            let bonus = complementarity(u, v, sharedPartners: shared, context: context)
            let candidate: Scored = (likelihood * (1 + bonus), likelihood, bonus, Int32(u), Int32(v))
            if fragile.contains(where: { givesSecondRoute(context.separators[$0], u, v, context: context) }),
               bestRoute.map({ better(candidate, $0) }) ?? true {
                bestRoute = candidate
            }
            pool.append(candidate)
            if pool.count > 4 * poolLimit {
                pool.sort(by: better)
                pool.removeLast(pool.count - poolLimit)
            }
        }
        pool.sort(by: better)
        let chosen = arrange(pool, forced: bestRoute, top: top)
        let explainer = SuggestionExplainer(snapshot: snapshot, scorer: scorer, context: context,
                                            suggester: self, regionName: regionName)
        return chosen.map { candidate in
            let (u, v) = ordered(candidate)
            let reasons = explainer.reasons(u, v)
            return PartnerSuggestion(
                source: organizations[u].id, target: organizations[v].id,
                sourceName: organizations[u].name, targetName: organizations[v].name,
                sourceSector: organizations[u].sector.name, targetSector: organizations[v].sector.name,
                sourceRegion: organizations[u].region.name, targetRegion: organizations[v].region.name,
                score: candidate.score, proximity: candidate.likelihood, complementarity: candidate.bonus,
                sharedPartners: scorer.extractor.commonNeighbors(u, v).map { organizations[Int($0)].id }.sorted(),
                reasons: reasons.map(\.sentence), reasonDetails: reasons)
        }
    }

    /// Takes pairs best first, skipping among the first ``diversifiedPrefix`` any pair whose
    /// organization is already there ``perOrganizationCap`` times, and placing `forced` (the best second
    /// route) third at the latest.
    func arrange(_ ranked: [Scored], forced: Scored?, top: Int) -> [Scored] {
        var chosen: [Scored] = []
        var used = Set<UInt64>()
        var count: [Int32: Int] = [:]
        var forcedPlaced = forced == nil
        func key(_ s: Scored) -> UInt64 { PairKey.make(s.u, s.v) }
        func take(_ s: Scored) {
            chosen.append(s)
            used.insert(key(s))
            if chosen.count <= diversifiedPrefix { count[s.u, default: 0] += 1; count[s.v, default: 0] += 1 }
            if let forced, key(forced) == key(s) { forcedPlaced = true }
        }
        var index = 0
        while chosen.count < top {
            if !forcedPlaced, chosen.count == 2, let forced {
                take(forced)
                continue
            }
            var picked: Scored?
            var scan = index
            while scan < ranked.count {
                let s = ranked[scan]
                scan += 1
                if used.contains(key(s)) { continue }
                if chosen.count < diversifiedPrefix,
                   count[s.u, default: 0] >= perOrganizationCap || count[s.v, default: 0] >= perOrganizationCap {
                    continue
                }
                picked = s
                break
            }
            guard let picked else {
                if !forcedPlaced, let forced { take(forced); continue }
                // Nothing passes the cap: relax it rather than return fewer than asked.
                if let rest = ranked.first(where: { !used.contains(key($0)) }) { take(rest); continue }
                break
            }
            take(picked)
            while index < ranked.count, used.contains(key(ranked[index])) { index += 1 }
        }
        return chosen
    }
}

/// Writes the reasons of a suggestion as facts a planner can act on, each checked against the data
/// (PartnerSuggestionsTests' reasons test reads every statement back).
struct SuggestionExplainer {
    let snapshot: Snapshot
    let scorer: PairScorer
    let context: SuggestionContext
    let suggester: PartnerSuggester
    let regionName: String

    private func name(_ i: Int) -> String { snapshot.organizations[i].name }

    func reasons(_ u: Int, _ v: Int) -> [SuggestionReason] {
        var reasons: [SuggestionReason] = []
        let sharedIndices = scorer.extractor.commonNeighbors(u, v)
        let shared = sharedIndices.map { name(Int($0)) }.sorted()
        if !shared.isEmpty {
            reasons.append(.sharedPartners(shared))
        } else if let (a, b) = strongestThreeStepPath(u, v) {
            reasons.append(.threeStepPath(source: name(u), via: name(a), through: name(b), target: name(v)))
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
            }
        }
        for separator in context.separators where suggester.givesSecondRoute(separator, u, v, context: context) {
            let inside = separator.cutOff[u] ? u : v
            let besides: SuggestionReason.Separator = switch separator.kind {
            case .organization(let w): .organization(name(Int(w)))
            case .tie(let a, let b): .tie(name(Int(a)), name(Int(b)))
            }
            reasons.append(.secondRoute(organization: name(inside), others: separator.cutOffCount - 1, besides: besides))
            break
        }
        if let community = context.communityOf, community[u] != community[v],
           let first = mainOrganization(of: community[u], community), let second = mainOrganization(of: community[v], community) {
            reasons.append(.joinsClusters(name(first), name(second)))
        }
        if sharedIndices.count == 1, context.isBroker[Int(sharedIndices[0])] {
            reasons.append(.relievesBroker(name(Int(sharedIndices[0]))))
        }
        return reasons
    }

    /// A cluster's main organization: its member (of the analysed snapshot) with the most ties, then
    /// the smallest id.
    func mainOrganization(of cluster: Int32, _ community: [Int32]) -> Int? {
        let graph = scorer.graph
        return community.indices.filter { community[$0] == cluster && !snapshot.isBoundary[$0] }
            .min { a, b in
                graph.degree(of: a) != graph.degree(of: b) ? graph.degree(of: a) > graph.degree(of: b)
                    : snapshot.organizations[a].id < snapshot.organizations[b].id
            }
    }

    /// The path u – a – b – v with the largest 1/(k_a·k_b) (then the smallest a, b), when there is one.
    func strongestThreeStepPath(_ u: Int, _ v: Int) -> (Int, Int)? {
        let graph = scorer.graph
        var best = 0.0
        var path: (Int, Int)?
        for a in graph.neighbors(of: u) where Int(a) != v {
            for b in scorer.extractor.commonNeighbors(Int(a), v) where Int(b) != u {
                let weight = 1 / Double(graph.degree(of: Int(a)) * graph.degree(of: Int(b)))
                if weight > best { best = weight; path = (Int(a), Int(b)) }
            }
        }
        return path
    }
}
