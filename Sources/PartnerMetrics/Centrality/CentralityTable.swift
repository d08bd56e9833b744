import PartnerCore

/// The organization-level measures PartnerMap reports, named by their JSON and CSV keys.
public enum CentralityMeasure: String, CaseIterable, Sendable, Comparable {
    case degree, strength, betweenness, closeness, harmonic, eigenvector, pagerank, clustering, coreNumber
    /// Burt's measures (``StructuralHoles``).
    case constraint, effectiveSize
    /// Gould–Fernandez roles with sector as the group (``Brokerage/gouldFernandez(graph:groups:)``).
    case brokerage

    /// Order of declaration: the column order of tables.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        let order = allCases
        return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
    }
}

/// Every requested measure for every organization of a snapshot — what `partnermap centrality`
/// prints, what maps size nodes by and what the report tabulates.
///
/// Columns are indexed like ``Snapshot/organizations``; a column is `nil` when its measure was not
/// requested, and a value inside it is `nil` where the measure is undefined for that organization
/// (closeness of an organization nobody reaches, clustering with fewer than two partners …).
///
/// With ``Options/weighted``, tie strength weighs every measure that has a weighted form:
/// shortest paths are sums of `1 / strength` (betweenness, closeness, harmonic), eigenvector and
/// PageRank walk ties in proportion to strength, Burt's measures use strength as investment.
/// Degree, clustering, core numbers and brokerage roles count ties. `strength` is always the sum of
/// tie strengths. On a directed snapshot every measure is the directed one (see each measure).
public struct CentralityTable: Sendable {
    public struct Options: Sendable {
        /// Measures to compute (repeats ignored).
        public var measures: [CentralityMeasure]
        public var weighted: Bool
        /// Worker threads for betweenness, closeness and harmonic.
        public var threads: Int
        /// Progress of the long measures: the measure, chunks completed, chunks in all.
        public var progress: (@Sendable (CentralityMeasure, Int, Int) -> Void)?
        /// Called with each measure and the time it took (the `--timings` hook).
        public var timing: (@Sendable (CentralityMeasure, Duration) -> Void)?
        /// When an iterative measure does not converge: `false` throws; `true` reports the
        /// measure as undefined (`nil` for every organization) and records the error in
        /// ``CentralityTable/unconverged``.
        public var reportsUnconvergedAsUndefined = false
        /// Estimate betweenness from sampled shortest paths instead of computing it exactly
        /// (``PartnerCore/Graph/approximateBetweenness(epsilon:failureProbability:seed:weighted:normalized:threads:progress:)``);
        /// `nil` computes it exactly.
        public var betweennessSampling: BetweennessSampling?

        public init(measures: [CentralityMeasure] = CentralityMeasure.allCases, weighted: Bool = false,
                    threads: Int = ParallelChunks.defaultThreads,
                    progress: (@Sendable (CentralityMeasure, Int, Int) -> Void)? = nil,
                    timing: (@Sendable (CentralityMeasure, Duration) -> Void)? = nil) {
            self.measures = measures
            self.weighted = weighted
            self.threads = threads
            self.progress = progress
            self.timing = timing
        }
    }

    /// Parameters of sampled betweenness: additive error ε, failure probability δ, seed.
    public struct BetweennessSampling: Sendable, Equatable {
        public var epsilon: Double
        public var failureProbability: Double
        public var seed: UInt64

        public init(epsilon: Double, failureProbability: Double = 0.1, seed: UInt64 = 1) {
            self.epsilon = epsilon
            self.failureProbability = failureProbability
            self.seed = seed
        }

        /// What PartnerMap uses when it decides to sample on its own: ε = 0.01, δ = 0.1.
        public static let automatic = BetweennessSampling(epsilon: 0.01)

        /// Whether exact betweenness on `snapshot` is too slow to run unasked: organizations × arcs
        /// above 10¹⁰ (a minute or more of one core; BA 10k nodes / 50k ties is 10⁹ and takes ≈ 6 s).
        public static func prefersSampling(_ snapshot: Snapshot) -> Bool {
            prefersSampling(nodes: snapshot.organizations.count,
                            arcs: snapshot.ties.count * (snapshot.isDirected ? 1 : 2))
        }

        /// The same rule on counts: nodes × arcs above 10¹⁰.
        public static func prefersSampling(nodes: Int, arcs: Int) -> Bool {
            Double(nodes) * Double(arcs) > 1e10
        }
    }

    public let organizations: [Organization]
    public let year: Int?
    public let region: Region?
    public let isDirected: Bool
    public let isWeighted: Bool
    /// Ties in the snapshot (arcs when directed).
    public let tieCount: Int
    /// The requested measures, without repeats, in request order.
    public let measures: [CentralityMeasure]
    /// Measures reported as undefined because they did not converge (see
    /// ``Options/reportsUnconvergedAsUndefined``).
    public private(set) var unconverged: [MetricError] = []
    /// How betweenness was estimated, when it was sampled (its ``ApproximateBetweenness/values``
    /// are ``betweenness``).
    public private(set) var betweennessEstimate: ApproximateBetweenness?

    /// Degree centrality (in + out when directed); with it, on a directed snapshot, in- and
    /// out-degree centrality.
    public private(set) var degree: [Double?]?
    public private(set) var inDegree: [Double?]?
    public private(set) var outDegree: [Double?]?
    public private(set) var strength: [Double]?
    public private(set) var betweenness: [Double]?
    public private(set) var closeness: [Double?]?
    public private(set) var harmonic: [Double?]?
    public private(set) var eigenvector: [Double?]?
    public private(set) var pagerank: [Double?]?
    public private(set) var clustering: [Double?]?
    public private(set) var coreNumber: [Int]?
    public private(set) var constraint: [Double?]?
    public private(set) var effectiveSize: [Double?]?
    public private(set) var brokerage: [BrokerageRoles]?

    /// Computes the requested measures on `snapshot`.
    ///
    /// - Throws: ``MetricError`` when eigenvector centrality or PageRank does not converge.
    /// - Complexity: dominated by betweenness, O(n·m) (O(n·m·log n) weighted), over `threads`.
    public init(snapshot: Snapshot, options: Options = Options()) throws(MetricError) {
        var seen = Set<CentralityMeasure>()
        measures = options.measures.filter { seen.insert($0).inserted }
        organizations = snapshot.organizations
        year = snapshot.year
        region = snapshot.region
        isDirected = snapshot.isDirected
        isWeighted = options.weighted
        tieCount = snapshot.ties.count

        let weightedGraph = snapshot.graph(weighted: true)
        let plainGraph = snapshot.graph(weighted: false)
        let graph = options.weighted ? weightedGraph : plainGraph
        let weighted = options.weighted
        let threads = options.threads
        let report = options.progress
        func progress(_ measure: CentralityMeasure) -> ProgressHandler? {
            guard let report else { return nil }
            return { completed, total in report(measure, completed, total) }
        }

        func iterative(_ compute: () throws(MetricError) -> [Double]) throws(MetricError) -> [Double?] {
            do {
                return try compute()
            } catch {
                guard options.reportsUnconvergedAsUndefined else { throw error }
                unconverged.append(error)
                return Array(repeating: nil, count: snapshot.organizations.count)
            }
        }

        for measure in measures {
            let start = ContinuousClock.now
            switch measure {
            case .degree:
                degree = graph.degreeCentrality()
                if isDirected {
                    inDegree = graph.inDegreeCentrality()
                    outDegree = graph.outDegreeCentrality()
                }
            case .strength:
                strength = weightedGraph.strength()
            case .betweenness:
                if let sampling = options.betweennessSampling {
                    let estimate = graph.approximateBetweenness(
                        epsilon: sampling.epsilon, failureProbability: sampling.failureProbability,
                        seed: sampling.seed, weighted: weighted, threads: threads, progress: progress(.betweenness))
                    betweenness = estimate.values
                    betweennessEstimate = estimate
                } else {
                    betweenness = graph.betweennessCentrality(weighted: weighted, threads: threads,
                                                              progress: progress(.betweenness))
                }
            case .closeness, .harmonic:
                guard closeness == nil else { continue }  // computed with the other one
                let both = graph.distanceCentralities(weighted: weighted, threads: threads,
                                                      progress: progress(measure))
                if measures.contains(.closeness) { closeness = both.closeness }
                if measures.contains(.harmonic) { harmonic = both.harmonic }
            case .eigenvector:
                eigenvector = try iterative { () throws(MetricError) in try graph.eigenvectorCentrality(weighted: weighted) }
            case .pagerank:
                pagerank = try iterative { () throws(MetricError) in try graph.pageRank(weighted: weighted) }
            case .clustering:
                clustering = plainGraph.clusteringCoefficients()
            case .coreNumber:
                coreNumber = plainGraph.coreNumbers()
            case .constraint, .effectiveSize:
                guard constraint == nil, effectiveSize == nil else { continue }
                let holes = StructuralHoles(graph: graph, weighted: weighted)
                if measures.contains(.constraint) { constraint = holes.constraint }
                if measures.contains(.effectiveSize) { effectiveSize = holes.effectiveSize }
            case .brokerage:
                brokerage = Brokerage.gouldFernandez(graph: plainGraph, groups: snapshot.sectorPartition.membership)
            }
            options.timing?(measure, ContinuousClock.now - start)
        }
    }

    /// The values of a scalar measure as numbers (core numbers converted), or `nil` when the
    /// measure was not computed or is not scalar.
    public func values(of measure: CentralityMeasure) -> [Double?]? {
        switch measure {
        case .degree: degree
        case .strength: strength?.map { $0 }
        case .betweenness: betweenness?.map { $0 }
        case .closeness: closeness
        case .harmonic: harmonic
        case .eigenvector: eigenvector
        case .pagerank: pagerank
        case .clustering: clustering
        case .coreNumber: coreNumber?.map { Double($0) }
        case .constraint: constraint
        case .effectiveSize: effectiveSize
        case .brokerage: brokerage?.map { Double($0.total) }
        }
    }

    /// Organization positions ranked by `measure` (by brokerage: the total of all roles), highest first; undefined values last; ties
    /// broken by organization id so the order is stable.
    ///
    /// - Complexity: O(n log n).
    public func ranking(by measure: CentralityMeasure) -> [Int] {
        let values = self.values(of: measure) ?? Array(repeating: nil, count: organizations.count)
        return organizations.indices.sorted { a, b in
            switch (values[a], values[b]) {
            case let (x?, y?) where x != y: x > y
            case (_?, nil): true
            case (nil, _?): false
            default: organizations[a].id < organizations[b].id
            }
        }
    }
}
