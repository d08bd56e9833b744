import PartnerCore
import PartnerMetrics

/// The change between two survey years: ``YearDiff`` plus the organizations that moved most in the
/// betweenness and degree rankings.
public struct YearChange: Sendable {
    public let diff: YearDiff
    public let betweennessMovers: RankMovers
    public let degreeMovers: RankMovers

    public var from: Int { diff.from }
    public var to: Int { diff.to }
}

/// How a ``Timeline`` is computed.
public struct TimelineOptions: Sendable {
    /// Seed of the Louvain community detection (modularity).
    public var seed: UInt64
    /// Risers and fallers kept per ranking.
    public var moverLimit: Int

    public init(seed: UInt64 = 1, moverLimit: Int = 5) {
        self.seed = seed
        self.moverLimit = moverLimit
    }
}

/// A network followed over survey years: the growth table and the changes between years, for the
/// whole network or one region.
///
/// ``changes`` holds every consecutive pair of the selected years, then — when more than two years
/// are selected — the whole span (first year → last year), which answers "how did we grow since
/// the first survey?" directly rather than through a chain of differences.
public struct Timeline: Sendable {
    /// The region followed; `nil` for the whole network.
    public let region: Region?
    /// One snapshot per selected year, ascending.
    public let snapshots: [Snapshot]
    public let growth: GrowthTable
    public let changes: [YearChange]

    /// Follows `network` (or one `region` of it) over `years`.
    ///
    /// - Parameter years: survey years to compare, any order; duplicates are ignored.
    /// - Complexity: O(y · n · m) for y years, dominated by betweenness (Brandes 2001).
    public init(network: PartnershipNetwork, region: Region? = nil, years: [Int],
                options: TimelineOptions = TimelineOptions()) {
        self.region = region
        let years = Array(Set(years)).sorted()
        let snapshots = years.map { network.snapshot(year: $0, region: region) }
        self.snapshots = snapshots
        let measured = snapshots.map { YearMeasurement($0, seed: options.seed) }
        growth = GrowthTable(rows: measured.map(\.figures))

        var pairs = Array(zip(snapshots.indices, snapshots.indices.dropFirst()))
        if snapshots.count > 2 { pairs.append((0, snapshots.count - 1)) }
        changes = pairs.map { i, j in
            YearChange(
                diff: YearDiff(from: snapshots[i], to: snapshots[j]),
                betweennessMovers: RankMovers(measure: "betweenness", from: measured[i].betweenness,
                                              to: measured[j].betweenness, limit: options.moverLimit),
                degreeMovers: RankMovers(measure: "degree", from: measured[i].degree,
                                         to: measured[j].degree, limit: options.moverLimit))
        }
    }

    /// The changes between consecutive years only (without the whole span).
    public var consecutiveChanges: [YearChange] {
        changes.filter { change in
            guard let next = snapshots.firstIndex(where: { $0.year == change.from }).map({ $0 + 1 }),
                  next < snapshots.count else { return false }
            return snapshots[next].year == change.to
        }
    }
}
