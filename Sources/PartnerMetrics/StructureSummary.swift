import PartnerCore

/// The whole-network structure figures `partnermap summary` reports beside its counts: cohesion,
/// Freeman centralizations and how the sectors mix (DESIGN §4, §7).
///
/// JSON (keys sorted by the encoder, `null` where undefined):
/// `{"cohesion":{"articulationPoints","averageClustering","betweennessCentralization","bridges",
/// "degreeCentralization","largestComponent":{"averagePathLength","diameter","organizations"},
/// "transitivity"},"sectorMixing":{"assortativity","eiIndex","expected","observed","ratio",
/// "sectorEIIndex","sectorModularity","sectors"}}`.
public struct StructureSummary: Encodable, Sendable, Equatable {
    enum CodingKeys: String, CodingKey { case cohesion, sectorMixing }

    public var cohesion: CohesionFigures
    public var sectorMixing: SectorMixingFigures
    /// Whether ties were read as directed (then the largest component is a strong one).
    public var isDirected: Bool

    /// - Parameters:
    ///   - snapshot: the organizations and ties to describe; sectors are its ``PartnerCore/Snapshot/sectorPartition``.
    ///   - threads: threads for the all-pairs searches (distances, betweenness).
    /// - Complexity: O(n·m) for distances and betweenness; the rest O(n + m + Σ deg²).
    public init(snapshot: Snapshot, threads: Int = ParallelChunks.defaultThreads) {
        let graph = snapshot.graph()
        isDirected = graph.isDirected
        cohesion = CohesionFigures(graph: graph, threads: threads)
        sectorMixing = SectorMixingFigures(snapshot: snapshot, graph: graph)
    }
}

/// Cohesion of a network: clustering, distances in the largest component, centralization, cut points.
public struct CohesionFigures: Encodable, Sendable, Equatable {
    /// ``Cohesion/transitivity(_:)``.
    public var transitivity: Double?
    /// ``Cohesion/averageClustering(_:)``.
    public var averageClustering: Double?
    /// The largest connected component — strongly connected when directed, where distances are
    /// defined both ways — with its diameter and average path length (ties ending at the smallest
    /// node index break size ties).
    public var largestComponent: ComponentDistances?
    /// ``Cohesion/degreeCentralization(_:)``.
    public var degreeCentralization: Double?
    /// ``Cohesion/betweennessCentralization(betweenness:isDirected:)`` of the raw betweenness.
    public var betweennessCentralization: Double?
    /// Number of ``Biconnectivity/articulationPoints`` and ``Biconnectivity/bridges``.
    public var articulationPoints: Int
    public var bridges: Int
    /// Set when the network is too large for all-pairs searches (see ``Estimate``).
    public var estimate: Estimate?

    /// How the all-pairs figures were estimated on a large network (organizations × arcs above
    /// 10¹⁰, as ``CentralityTable/BetweennessSampling/prefersSampling(nodes:arcs:)``): distances
    /// from `sources` sampled nodes (average path length unbiased, diameter a lower bound), and the
    /// betweenness centralization from betweenness sampled within ±`betweennessErrorBound`
    /// (normalised, probability ≥ 90 %).
    public struct Estimate: Encodable, Sendable, Equatable {
        public var sources: Int
        public var betweennessErrorBound: Double
        public var seed: UInt64
    }

    /// Sources sampled for distances on a large network.
    public static let sampledSources = 1_000

    public init(graph: Graph, threads: Int = ParallelChunks.defaultThreads) {
        transitivity = Cohesion.transitivity(graph)
        averageClustering = Cohesion.averageClustering(graph)
        let components = graph.isDirected ? Components.stronglyConnected(graph) : Components.connected(graph)
        let large = CentralityTable.BetweennessSampling.prefersSampling(nodes: graph.nodeCount,
                                                                         arcs: graph.targets.count)
        let seed: UInt64 = 1
        var sources: [Int]?
        if large {
            var random = SplitMix64(seed: seed)
            var nodes = Array(0..<graph.nodeCount)
            random.shuffle(&nodes)
            sources = Array(nodes.prefix(Self.sampledSources)).sorted()
        }
        let distances = Cohesion.componentDistances(graph, components: components, sources: sources,
                                                    threads: threads)
        // The first of the largest: components are numbered by their smallest node.
        largestComponent = distances.enumerated().max { ($0.element.size, $1.offset) < ($1.element.size, $0.offset) }?.element
        degreeCentralization = Cohesion.degreeCentralization(graph)
        if large {
            let sampling = CentralityTable.BetweennessSampling.automatic
            let betweenness = graph.approximateBetweenness(epsilon: sampling.epsilon, seed: seed,
                                                           normalized: false, threads: threads)
            betweennessCentralization = Cohesion.betweennessCentralization(
                betweenness: betweenness.values, isDirected: graph.isDirected)
            estimate = Estimate(sources: sources?.count ?? 0, betweennessErrorBound: betweenness.errorBound,
                                seed: seed)
        } else {
            betweennessCentralization = Cohesion.betweennessCentralization(
                betweenness: graph.betweennessCentrality(normalized: false, threads: threads),
                isDirected: graph.isDirected)
        }
        let cuts = Biconnectivity(graph: graph)
        articulationPoints = cuts.articulationPoints.count
        bridges = cuts.bridges.count
    }

    enum CodingKeys: String, CodingKey {
        case transitivity, averageClustering, largestComponent, degreeCentralization, betweennessCentralization,
             articulationPoints, bridges, estimate
    }

    public func encode(to encoder: any Encoder) throws {
        // Explicit, so that undefined values are written `null` rather than left out.
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(transitivity, forKey: .transitivity)
        try container.encode(averageClustering, forKey: .averageClustering)
        try container.encode(largestComponent, forKey: .largestComponent)
        try container.encode(degreeCentralization, forKey: .degreeCentralization)
        try container.encode(betweennessCentralization, forKey: .betweennessCentralization)
        try container.encode(articulationPoints, forKey: .articulationPoints)
        try container.encode(bridges, forKey: .bridges)
        try container.encodeIfPresent(estimate, forKey: .estimate)  // only on large networks
    }
}

extension ComponentDistances: Encodable {
    enum CodingKeys: String, CodingKey { case organizations, diameter, averagePathLength }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(size, forKey: .organizations)
        try container.encode(diameter, forKey: .diameter)
        try container.encode(averagePathLength, forKey: .averagePathLength)
    }
}

/// How the sectors of a network mix: the sector×sector matrix, E-I indices, assortativity and the
/// modularity of the sectors taken as communities.
public struct SectorMixingFigures: Encodable, Sendable, Equatable {
    /// Sector names, in the order of the matrix rows and columns (sorted).
    public var sectors: [String]
    /// ``Communities/modularity(of:in:weighted:resolution:)`` of the sector partition: high when
    /// sectors work mostly among themselves.
    public var sectorModularity: Double?
    /// ``EIIndex/network`` and ``EIIndex/groups`` per sector.
    public var eiIndex: Double?
    public var sectorEIIndex: [Double?]
    /// ``Mixing/attributeAssortativity(graph:groups:groupCount:)`` of the sector.
    public var assortativity: Double?
    /// ``MixingMatrix`` observed, expected and ratio.
    public var observed: [[Int]]
    public var expected: [[Double]]
    public var ratio: [[Double?]]

    public init(snapshot: Snapshot, graph: Graph) {
        let (sectors, membership) = snapshot.sectorPartition
        let k = sectors.count
        let ei = EIIndex(graph: graph, groups: membership, groupCount: k)
        let matrix = MixingMatrix(graph: graph, groups: membership, groupCount: k)
        self.sectors = sectors.map(\.name)
        sectorModularity = Communities.modularity(of: membership, in: graph)
        eiIndex = ei.network
        sectorEIIndex = ei.groups
        assortativity = Mixing.attributeAssortativity(graph: graph, groups: membership, groupCount: k)
        observed = matrix.observed
        expected = matrix.expected
        ratio = matrix.ratio
    }

    enum CodingKeys: String, CodingKey {
        case sectors, sectorModularity, eiIndex, sectorEIIndex, assortativity, observed, expected, ratio
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sectors, forKey: .sectors)
        try container.encode(sectorModularity, forKey: .sectorModularity)
        try container.encode(eiIndex, forKey: .eiIndex)
        try container.encode(sectorEIIndex, forKey: .sectorEIIndex)
        try container.encode(assortativity, forKey: .assortativity)
        try container.encode(observed, forKey: .observed)
        try container.encode(expected, forKey: .expected)
        try container.encode(ratio, forKey: .ratio)
    }
}
