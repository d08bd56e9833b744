import PartnerCore
import PartnerMetrics

/// What `partnermap gaps` analyses.
public struct GapOptions: Sendable {
    /// Survey year; `nil` for all ties ever reported.
    public var year: Int?
    /// Regions to analyse; `nil` for every region of the network.
    public var regions: [Region]?
    /// Suggestions kept per region.
    public var top: Int
    /// Brokers kept per region.
    public var brokers: Int
    /// Sectors each region should have; `nil` for every sector of the network.
    public var expected: ExpectedSectors?
    /// Also suggest partners in other regions.
    public var acrossRegions: Bool

    public init(year: Int? = nil, regions: [Region]? = nil, top: Int = 10, brokers: Int = 5,
                expected: ExpectedSectors? = nil, acrossRegions: Bool = false) {
        self.year = year
        self.regions = regions
        self.top = top
        self.brokers = brokers
        self.expected = expected
        self.acrossRegions = acrossRegions
    }
}

/// The gap analysis of DESIGN §5, region by region: sector gaps, suggested partners, fragility,
/// brokers and (for directed data) unconfirmed ties.
public enum GapAnalysis {
    /// Analyses every region asked for.
    ///
    /// Each region is analysed on its own ties (organizations active in the year, ties among them).
    /// With ``GapOptions/acrossRegions``, suggestions are scored on the whole network instead, and a
    /// region's list holds the best pairs with at least one organization in it.
    public static func report(for network: PartnershipNetwork, options: GapOptions) -> GapReport {
        let expected = options.expected ?? ExpectedSectors(allSectorsOf: network)
        let regions = options.regions ?? network.regions
        let whole = options.acrossRegions ? RegionModel(snapshot: network.snapshot(year: options.year),
                                                         brokerLimit: options.brokers) : nil
        var results: [RegionGaps] = []
        for region in regions {
            let model = RegionModel(snapshot: network.snapshot(year: options.year, region: region),
                                    brokerLimit: options.brokers)
            let snapshot = model.snapshot
            var sectorGaps = SectorGapFinder().gaps(in: snapshot, mixing: model.mixing,
                                                    expected: expected.sectors(in: region), regionName: region.name)
            SurveyGapNotes.annotate(&sectorGaps, snapshot: snapshot, regionName: region.name)
            let suggestions: [PartnerSuggestion]
            if let whole {
                let inRegion = whole.snapshot.organizations.map { $0.region == region }
                suggestions = PartnerSuggester().suggestions(
                    snapshot: whole.snapshot, scorer: whole.scorer, model: whole.model, context: whole.context,
                    regionName: "the network", top: options.top) { inRegion[$0] || inRegion[$1] }
            } else {
                suggestions = PartnerSuggester().suggestions(
                    snapshot: snapshot, scorer: model.scorer, model: model.model, context: model.context,
                    regionName: region.name, top: options.top) { _, _ in true }
            }
            var isolated = snapshot.organizations.indices
                .filter { !snapshot.isBoundary[$0] && model.graph.degree(of: $0) == 0 && model.graph.inDegree(of: $0) == 0 }
                .sorted { snapshot.organizations[$0].id < snapshot.organizations[$1].id }
                .map { isolatedOrganization($0, model: model, regionName: region.name, year: options.year) }
            SurveyGapNotes.annotate(&isolated, snapshot: snapshot)
            results.append(RegionGaps(
                region: region.name, organizations: snapshot.memberCount, ties: snapshot.ties.count,
                eiIndex: model.mixing.eiIndex, sectorGaps: sectorGaps, isolatedOrganizations: isolated,
                suggestions: suggestions,
                articulationPoints: model.fragility.articulationPoints, bridges: model.fragility.bridges,
                brokers: model.brokers,
                reciprocity: network.isDirected ? ReciprocityReport(snapshot: snapshot) : nil))
        }
        return GapReport(year: options.year, regions: results,
                         intersectorality: intersectorality(of: network, year: options.year))
    }

    /// An organization without ties, with up to three of the region's best-connected organizations as
    /// first partners: the most ties (then smallest id), and only those above the region's median
    /// number of ties — "well-connected" is then true of each.
    static func isolatedOrganization(_ u: Int, model: RegionModel, regionName: String, year: Int?)
        -> IsolatedOrganization
    {
        let organizations = model.snapshot.organizations
        let graph = model.scorer.graph
        let members = organizations.indices.filter { !model.snapshot.isBoundary[$0] }
        let median = Self.median(members.map { graph.degree(of: $0) })
        let best = members.filter { $0 != u && Double(graph.degree(of: $0)) > median }
            .sorted { graph.degree(of: $0) != graph.degree(of: $1) ? graph.degree(of: $0) > graph.degree(of: $1)
                : organizations[$0].id < organizations[$1].id }
            .prefix(3)
        let organization = organizations[u]
        let when = year.map { " in \($0)" } ?? ""
        var sentence = "\(organization.name) (\(organization.sector.name)) has no partner in \(regionName)\(when)."
        if !best.isEmpty {
            sentence += " Well-connected organizations to start with: "
                + Phrase.list(best.map { "\(organizations[$0].name) (\(organizations[$0].sector.name))" }) + "."
        }
        return IsolatedOrganization(id: organization.id, name: organization.name, sector: organization.sector.name,
                                    suggestedPartners: best.map { organizations[$0].id }, explanation: sentence)
    }

    /// The median of `values` (mean of the two middle ones for an even count; 0 when empty).
    static func median(_ values: [Int]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[mid]) : Double(sorted[mid - 1] + sorted[mid]) / 2
    }

    /// Every region of the network ranked by its E-I index over sectors, highest first; regions without
    /// ties last; equal values by name.
    public static func intersectorality(of network: PartnershipNetwork, year: Int?) -> [RegionIntersectorality] {
        let rows = network.regions.map { region in
            (region, SectorMixing(snapshot: network.snapshot(year: year, region: region)).ei)
        }
        let ranked = rows.sorted { a, b in
            switch (a.1.network, b.1.network) {
            case let (x?, y?) where x != y: return x > y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a.0 < b.0
            }
        }
        return ranked.enumerated().map { rank, row in
            RegionIntersectorality(region: row.0.name, rank: rank + 1, eiIndex: row.1.network,
                                   betweenSectorTies: row.1.externalTies, withinSectorTies: row.1.internalTies)
        }
    }

    /// Held-out evaluation of the suggestion score on the ties of `snapshot` (see ``SuggestionEvaluator``).
    public static func evaluation(of snapshot: Snapshot, seeds: Int, holdout: Double = 0.1) -> SuggestionEvaluation {
        let partition = snapshot.sectorPartition
        let attributes = RegionModel.attributes(of: snapshot)
        return SuggestionEvaluator(holdout: holdout, seeds: seeds).evaluate(graph: snapshot.graph(),
                                                                           attributes: attributes) { training in
            RegionModel.context(graph: training, sectorOf: partition.membership, sectors: partition.sectors,
                                snapshot: snapshot, brokerLimit: 0).context
        }
    }
}

/// Everything computed once per analysed snapshot and shared by the findings.
struct RegionModel {
    let snapshot: Snapshot
    let graph: Graph
    let mixing: SectorMixing
    let fragility: Fragility
    let brokers: [Broker]
    let scorer: PairScorer
    let model: LinkModel
    let context: SuggestionContext

    init(snapshot: Snapshot, brokerLimit: Int) {
        self.snapshot = snapshot
        graph = snapshot.graph()
        let partition = snapshot.sectorPartition
        let built = Self.context(graph: graph, sectorOf: partition.membership, sectors: partition.sectors,
                                 snapshot: snapshot, brokerLimit: brokerLimit)
        mixing = built.context.mixing
        fragility = built.fragility
        brokers = built.brokers
        context = built.context
        let attributes = Self.attributes(of: snapshot)
        let candidates: CandidatePairs = graph.nodeCount <= Self.allPairsLimit ? .all : .nearby
        scorer = PairScorer(graph: graph, attributes: attributes, candidates: candidates)
        model = LinkModelTrainer(holdoutProtocol: .keepLastTie, candidates: candidates)
            .train(graph: graph, attributes: attributes, seed: 1)
    }

    /// Up to this many organizations every pair is scored; above, the nearby pairs only
    /// (``PartnerMetrics/CandidatePairs/nearby``).
    static let allPairsLimit = 400

    /// Sector and region of each organization as indices.
    static func attributes(of snapshot: Snapshot) -> PairAttributes {
        var regionIndex: [Region: Int32] = [:]
        let regionOf = snapshot.organizations.map { organization in
            if let i = regionIndex[organization.region] { return i }
            let i = Int32(regionIndex.count)
            regionIndex[organization.region] = i
            return i
        }
        return PairAttributes(sectorOf: snapshot.sectorPartition.membership, regionOf: regionOf)
    }

    /// The complementarity context of `graph` (the snapshot's graph, or a training graph with the same
    /// organizations), with the fragility and brokers found on the way.
    static func context(graph: Graph, sectorOf: [Int32], sectors: [Sector], snapshot: Snapshot, brokerLimit: Int)
        -> (context: SuggestionContext, fragility: Fragility, brokers: [Broker])
    {
        let mixing = SectorMixing(graph: graph, sectorOf: sectorOf, sectors: sectors)
        let fragility = Fragility(snapshot: snapshot, graph: graph)
        let measures = BrokerFinder.Measures(graph: graph, sectorOf: sectorOf)
        let found = BrokerFinder(limit: brokerLimit).brokers(snapshot: snapshot, graph: graph, measures: measures)
        let context = SuggestionContext(
            sectorOf: sectorOf, sectors: sectors, mixing: mixing,
            communityOf: Communities.louvain(graph).membership,
            separators: fragility.separators, isBroker: found.isBroker,
            componentOf: graph.undirectedView().connectedComponents().membership)
        return (context, fragility, found.brokers)
    }
}
