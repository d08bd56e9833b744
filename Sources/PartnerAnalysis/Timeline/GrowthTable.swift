import PartnerCore
import PartnerMetrics

/// The figures of one survey year of a network (or of one region of it).
///
/// Counts and shares are plain; the structural measures are PartnerMetrics' (see each property).
/// Undefined values (the density of a one-organization network, the mean strength of no ties) are
/// `nil` — `null` in JSON, empty in CSV.
public struct YearFigures: Sendable {
    public let year: Int
    public let organizations: Int
    public let ties: Int
    /// Ties over possible ties (``Graph/density()``).
    public let density: Double?
    /// Mean number of partners per organization, 2m/n (m/n — mean out-degree — when directed).
    public let averageDegree: Double?
    /// Connected components (weak components when directed), isolated organizations included.
    public let components: Int
    /// Organizations in the largest component over all organizations.
    public let largestComponentShare: Double?
    /// Freeman degree centralization (Freeman 1979), 0 for a regular network, 1 for a star.
    public let degreeCentralization: Double?
    /// Freeman betweenness centralization (Freeman 1979).
    public let betweennessCentralization: Double?
    /// Ties between organizations of different sectors over all ties.
    public let intersectoralShare: Double?
    /// Krackhardt & Stern's E-I index over sectors, (E − I)/(E + I).
    public let eiIndex: Double?
    /// Newman modularity of the Louvain partition (fixed seed, resolution 1).
    public let modularity: Double?
    /// Number of Louvain communities.
    public let communities: Int?
    /// Mean over organizations of their strength, the sum of their ties' strengths.
    public let meanStrength: Double?
    /// Mean strength (collaboration level) of a tie.
    public let meanTieStrength: Double?
    /// `stageCounts[k]` ties at NPI stage k + 1 (engaging-community … partnership-expansion).
    public let stageCounts: [Int]
    /// Ties reported without a stage.
    public let tiesWithoutStage: Int

    /// The value of `measure` this year.
    public func value(of measure: GrowthMeasure) -> Double? {
        switch measure {
        case .organizations: Double(organizations)
        case .ties: Double(ties)
        case .density: density
        case .averageDegree: averageDegree
        case .components: Double(components)
        case .largestComponentShare: largestComponentShare
        case .degreeCentralization: degreeCentralization
        case .betweennessCentralization: betweennessCentralization
        case .intersectoralShare: intersectoralShare
        case .eiIndex: eiIndex
        case .modularity: modularity
        case .communities: communities.map(Double.init)
        case .meanStrength: meanStrength
        case .meanTieStrength: meanTieStrength
        }
    }
}

extension YearFigures {
    /// Measures one year's snapshot.
    ///
    /// - Parameters:
    ///   - snapshot: the network of one year (and region); its `year` is reported.
    ///   - seed: seed of the Louvain community detection, so modularity repeats run to run.
    /// - Complexity: dominated by betweenness centralization, O(n·m) (Brandes 2001).
    public init(measuring snapshot: Snapshot, seed: UInt64) {
        let graph = snapshot.graph(weighted: true)
        let n = snapshot.organizations.count, m = snapshot.ties.count
        year = snapshot.year ?? 0
        organizations = n
        ties = m
        averageDegree = n == 0 ? nil : Double(snapshot.isDirected ? m : 2 * m) / Double(n)

        var intersectoral = 0, strengthSum = 0.0
        var stageCounts = Array(repeating: 0, count: NPIStage.allCases.count)
        var withoutStage = 0
        for tie in snapshot.ties {
            if snapshot.organizations[Int(tie.source)].sector != snapshot.organizations[Int(tie.target)].sector {
                intersectoral += 1
            }
            strengthSum += tie.strength
            if let stage = tie.stage { stageCounts[stage.rawValue - 1] += 1 } else { withoutStage += 1 }
        }
        intersectoralShare = m == 0 ? nil : Double(intersectoral) / Double(m)
        meanTieStrength = m == 0 ? nil : strengthSum / Double(m)
        self.stageCounts = stageCounts
        tiesWithoutStage = withoutStage

        let strengths = graph.strength()
        meanStrength = n == 0 ? nil : strengths.reduce(0, +) / Double(n)

        let structure = StructuralFigures(snapshot: snapshot, graph: graph, seed: seed)
        density = structure.density
        components = structure.components
        largestComponentShare = structure.largestComponentShare
        degreeCentralization = structure.degreeCentralization
        betweennessCentralization = structure.betweennessCentralization
        eiIndex = structure.eiIndex
        modularity = structure.modularity
        communities = structure.communities
    }
}

/// The figures of every selected year, oldest first, with each year's change against the one before.
public struct GrowthTable: Sendable {
    public let rows: [YearFigures]

    public init(rows: [YearFigures]) {
        self.rows = rows.sorted { $0.year < $1.year }
    }

    /// Measures each snapshot (one per year).
    public init(snapshots: [Snapshot], seed: UInt64) {
        self.init(rows: snapshots.map { YearFigures(measuring: $0, seed: seed) })
    }

    /// Survey years of the table, ascending.
    public var years: [Int] { rows.map(\.year) }

    /// `measure` in row `index` minus the same in the row before; `nil` for the first row or when
    /// either value is undefined.
    public func change(of measure: GrowthMeasure, at index: Int) -> Double? {
        guard index > 0, index < rows.count,
              let now = rows[index].value(of: measure), let before = rows[index - 1].value(of: measure)
        else { return nil }
        return now - before
    }

    /// The values of `measure` over the years, for a chart.
    public func series(_ measure: GrowthMeasure) -> [Double?] { rows.map { $0.value(of: measure) } }
}
