extension PartnershipNetwork {
    /// The network cut down to one survey year and/or one region, keeping link rows as they are
    /// (kinds, strengths, stages, attributes) — what `convert --year/--region` exports.
    ///
    /// Unlike ``snapshot(year:region:includeBoundary:)``, which merges rows into ties for analysis,
    /// this keeps the data: organizations of the region that are active in the year, and the link
    /// rows of that year between them.
    ///
    /// - Complexity: O(n + m).
    public func restricted(year: Int? = nil, region: Region? = nil) -> PartnershipNetwork {
        guard year != nil || region != nil else { return self }
        let kept = organizations.filter { organization in
            (region.map { organization.region == $0 } ?? true) && (year.map { organization.isActive(in: $0) } ?? true)
        }
        let ids = Set(kept.map(\.id))
        let rows = links.filter { link in
            ids.contains(link.source) && ids.contains(link.target) && (year.map { link.year == $0 } ?? true)
        }
        return PartnershipNetwork(organizations: kept, links: rows, isDirected: isDirected)
    }
}
