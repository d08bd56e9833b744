import PartnerCore
import PartnerMetrics

/// The figures of one survey year of a network (or of one region of it).
///
/// Counts and shares are plain; the structural measures are PartnerMetrics' (see each property).
/// Undefined values (the density of a one-organization network, the mean strength of no ties) are
/// `nil` — `null` in JSON, empty in CSV.
public struct YearFigures: Sendable {
    // Plain stored values; ``YearMeasurement`` computes them.
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

/// The figures of every selected year, oldest first, with each year's change against the one before.
public struct GrowthTable: Sendable {
    public let rows: [YearFigures]

    public init(rows: [YearFigures]) {
        self.rows = rows.sorted { $0.year < $1.year }
    }

    /// Measures each snapshot (one per year).
    /// - Complexity: O(y · n · m) for y snapshots (betweenness).
    public init(snapshots: [Snapshot], seed: UInt64) {
        self.init(rows: snapshots.map { YearMeasurement($0, seed: seed).figures })
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
