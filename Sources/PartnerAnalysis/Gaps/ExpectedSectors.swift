import PartnerCore

/// Which sectors each region should have (DESIGN §5): a roster given with `--expected FILE`, or by
/// default every sector present anywhere in the network.
///
/// The roster file is a CSV with a header `region,sector` and one row per expected sector; a row whose
/// region is empty or `*` applies to every region. Matching is case-insensitive, as for the data.
public struct ExpectedSectors: Sendable, Hashable {
    /// Sectors expected in every region.
    public var everywhere: Set<Sector>
    /// Sectors expected in one region, in addition to ``everywhere``.
    public var byRegion: [Region: Set<Sector>]

    public init(everywhere: Set<Sector>, byRegion: [Region: Set<Sector>] = [:]) {
        self.everywhere = everywhere
        self.byRegion = byRegion
    }

    /// The default: every sector of the network is expected in every region.
    public init(allSectorsOf network: PartnershipNetwork) {
        self.init(everywhere: Set(network.sectors))
    }

    /// The sectors expected in `region`, sorted.
    public func sectors(in region: Region) -> [Sector] {
        everywhere.union(byRegion[region] ?? []).sorted()
    }

    /// Whether `sector` is expected in every region (rather than by a region's own roster line).
    public func isExpectedEverywhere(_ sector: Sector) -> Bool { everywhere.contains(sector) }

    /// Roster regions that match no region of `network` — likely misspellings, reported as warnings.
    public func unknownRegions(in network: PartnershipNetwork) -> [Region] {
        let known = Set(network.regions)
        return byRegion.keys.filter { !known.contains($0) }.sorted()
    }
}
