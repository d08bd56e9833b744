/// One reason a suggested partnership would help, as data: the organizations, sectors, regions and
/// counts it rests on. ``sentence`` words it in English, as `partnermap gaps` prints it; the report
/// words the same data in its own language, so no sentence is translated after the fact.
public enum SuggestionReason: Sendable, Hashable {
    /// The two share these partners (names, sorted).
    case sharedPartners([String])
    /// `newcomer` has no partner yet; `other` is among the best-connected organizations, with
    /// `otherPartners` partners.
    case newcomer(newcomer: String, other: String, otherPartners: Int)
    /// No shared partner, but `source`'s partner `via` works with `through`, a partner of `target`.
    case threeStepPath(source: String, via: String, through: String, target: String)
    /// The two are in different regions (names sorted).
    case linksRegions(String, String)
    /// The two sectors (sorted) have no tie in `region`.
    case firstTieBetweenSectors(String, String, region: String)
    /// The two sectors (sorted) have fewer than half the ties expected at `region`'s density.
    case weakSectorPair(String, String, region: String, observed: Int, expected: Double)
    /// Different sectors, already tied about as often as expected (the two organizations' sectors, in order).
    case intersectoral(String, String)
    /// The two are in different Louvain communities.
    case joinsGroups(WorkingGroup, WorkingGroup)
    /// `organization` (and `others` more organizations) depends on one organization or tie to reach
    /// the network; the tie would give it a second route.
    case secondRoute(organization: String, others: Int, besides: Separator)
    /// The two are linked today only through this broker between sectors.
    case relievesBroker(String)

    /// An organization's Louvain community: the organization and the other members, most connected first.
    public struct WorkingGroup: Sendable, Hashable {
        public var organization: String
        public var members: [String]
        public init(organization: String, members: [String]) {
            self.organization = organization
            self.members = members
        }
    }

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
        case .newcomer(let newcomer, let other, let partners):
            return "\(newcomer) has no partner yet; \(other) is among the best-connected "
                + "organizations (\(Phrase.count(partners, "partner")))"
        case .threeStepPath(let source, let via, let through, let target):
            return "no shared partner yet, but \(source)'s partner \(via) works with \(through), a partner of \(target)"
        case .linksRegions(let first, let second):
            return "would link \(first) with \(second)"
        case .firstTieBetweenSectors(let first, let second, let region):
            return "would be the first tie between \(first) and \(second) in \(region)"
        case .weakSectorPair(let first, let second, let region, let observed, let expected):
            return "would strengthen \(first)–\(second) ties in \(region): "
                + "\(Phrase.count(observed, "tie")) where \(Phrase.decimal(expected)) would be expected"
        case .intersectoral(let a, let b):
            return "an intersectoral tie: \(a) with \(b)"
        case .joinsGroups(let first, let second):
            return "would join two working groups: \(Self.group(first)) and \(Self.group(second))"
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

    /// "X's (with A, B and 3 others)", or "X alone".
    private static func group(_ group: WorkingGroup) -> String {
        group.members.isEmpty ? "\(group.organization) alone"
            : "\(group.organization)'s (with \(Phrase.list(group.members, limit: 2)))"
    }
}
