/// One reason a suggested partnership would help, as data: the organizations, sectors, regions and
/// counts it rests on. ``sentence`` words it in English, as `partnermap gaps` prints it; the report
/// words the same data in its own language, so no sentence is translated after the fact.
public enum SuggestionReason: Sendable, Hashable {
    /// The two share these partners (names, sorted).
    case sharedPartners([String])
    /// No shared partner, but `source`'s partner `via` works with `through`, a partner of `target`.
    case threeStepPath(source: String, via: String, through: String, target: String)
    /// The two are in different regions (names sorted).
    case linksRegions(String, String)
    /// The two sectors (sorted) have no tie in `region`.
    case firstTieBetweenSectors(String, String, region: String)
    /// The two sectors (sorted) have fewer than half the ties expected at `region`'s density.
    case weakSectorPair(String, String, region: String, observed: Int, expected: Double)
    /// The two are in different Louvain communities (clusters), each named by its main organization
    /// (most ties, then smallest id): the first's cluster, then the second's.
    case joinsClusters(String, String)
    /// `organization` (and `others` more organizations) depends on one organization or tie to reach
    /// the network; the tie would give it a second route.
    case secondRoute(organization: String, others: Int, besides: Separator)
    /// The two are linked today only through this broker between sectors.
    case relievesBroker(String)

    /// What a second route goes around: an organization, or a tie between two.
    public enum Separator: Sendable, Hashable {
        case organization(String)
        case tie(String, String)
    }

    /// The reason in an English sentence without a capital or a full stop, as `partnermap gaps`
    /// prints it ("shares 3 partners: A, B and C").
    public var sentence: String {
        switch self {
        case .sharedPartners(let names):
            return "shares \(Phrase.count(names.count, "partner")): \(Phrase.list(names))"
        case .threeStepPath(let source, let via, let through, let target):
            return "no shared partner yet, but \(source)'s partner \(via) works with \(through), a partner of \(target)"
        case .linksRegions(let first, let second):
            return "would link \(first) with \(second)"
        case .firstTieBetweenSectors(let first, let second, let region):
            return "would be the first tie between \(first) and \(second) in \(region)"
        case .weakSectorPair(let first, let second, let region, let observed, let expected):
            return "would strengthen \(first)–\(second) ties in \(region): "
                + "\(Phrase.count(observed, "tie")) where \(Phrase.decimal(expected)) would be expected"
        case .joinsClusters(let first, let second):
            return "would connect the \(first) and \(second) clusters"
        case .secondRoute(let organization, let others, let besides):
            let who = others > 0 ? "\(organization) (and \(Phrase.count(others, "other organization")))"
                                 : organization
            switch besides {
            case .organization(let name):
                return "would give \(who) a second route to the network besides \(name)"
            case .tie(let a, let b):
                return "would give \(who) a second route to the network besides the tie \(a) – \(b)"
            }
        case .relievesBroker(let broker):
            return "their only link today runs through \(broker), a broker between sectors; "
                + "a direct tie would lighten \(broker)'s load"
        }
    }
}
