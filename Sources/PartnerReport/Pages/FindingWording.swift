import PartnerAnalysis
import PartnerCore

/// The gap analysis' findings in the page's language.
///
/// PartnerAnalysis writes its explanations in English; the English pages show them as written. The
/// French pages build each sentence from the finding's structured fields (kind, sectors, counts,
/// organizations, a suggestion's ``PartnerAnalysis/SuggestionReason``s), so nothing a planner reads
/// is left in the other language.
struct FindingWording: Sendable {
    let t: Localization
    let numbers: NumberFormat
    let network: PartnershipNetwork
    var isFrench: Bool { t.languageTag == "fr" }

    /// The display name of an organization id (the id itself if unknown).
    func name(_ id: String) -> String { network.organization(id: id)?.name ?? id }

    /// "A, B et C" / "A, B and C".
    func list(_ items: [String], limit: Int = 8) -> String {
        let and = isFrench ? " et " : " and "
        guard items.count > 1 else { return items.first ?? "" }
        if items.count > limit {
            let rest = items.count - limit
            let others = isFrench ? "\(numbers.integer(rest)) autre\(rest > 1 ? "s" : "")"
                : "\(numbers.integer(rest)) other\(rest > 1 ? "s" : "")"
            return items.prefix(limit).joined(separator: ", ") + and + others
        }
        return items.dropLast().joined(separator: ", ") + and + (items.last ?? "")
    }

    func kind(_ kind: SectorGap.Kind) -> String {
        switch kind {
        case .missingSector: t.missingSector
        case .isolatedSector: t.isolatedSector
        case .unlinkedPair: t.unlinkedPair
        case .weakPair: t.weakPair
        }
    }

    func sectorGap(_ gap: SectorGap, region: String) -> String {
        guard isFrench else { return gap.explanation }
        let first = gap.sectors.first ?? "", second = gap.sectors.dropFirst().first ?? ""
        let expected = numbers.decimal(gap.expected, digits: 1)
        switch gap.kind {
        case .missingSector:
            return "Aucun organisme du secteur « \(first) » dans la région \(region), alors que ce secteur y est attendu."
        case .isolatedSector:
            return "Le secteur « \(first) » (\(list(gap.organizations.map(name)))) n’a aucun lien avec un autre secteur dans la région \(region)."
        case .unlinkedPair:
            return "Les secteurs « \(first) » et « \(second) » n’ont aucun lien dans la région \(region) (\(expected) seraient attendus à la densité de la région)."
        case .weakPair:
            let observed = gap.observed ?? 0
            return "Les secteurs « \(first) » et « \(second) » n’ont que \(t.count(observed, numbers, singular: "lien", plural: "liens")) dans la région \(region), alors que \(expected) seraient attendus (rapport \(numbers.decimal(gap.ratio, digits: 2)))."
        }
    }

    func isolated(_ organization: IsolatedOrganization) -> String {
        guard isFrench else { return organization.explanation }
        let partners = organization.suggestedPartners.map(name)
        return "\(organization.name) n’a aucun lien cette année"
            + (partners.isEmpty ? "." : " ; organismes à lui présenter d’abord : \(list(partners)).")
    }

    /// The reasons of a suggestion, each a sentence of the page's language built from the
    /// analysis' structured reasons (``PartnerAnalysis/SuggestionReason``). Reasons known only as
    /// English sentences (a suggestion read back from JSON) are shown as written, marked `lang="en"`.
    func reasons(_ suggestion: PartnerSuggestion) -> [RegionFindings.Reason] {
        guard !suggestion.reasonDetails.isEmpty else {
            return suggestion.reasons.map { RegionFindings.Reason(text: $0.capitalizedFirst, lang: isFrench ? "en" : nil) }
        }
        return suggestion.reasonDetails.map { detail in
            RegionFindings.Reason(text: (isFrench ? french(detail) : detail.sentence).capitalizedFirst, lang: nil)
        }
    }

    /// A suggestion's reason in French.
    func french(_ reason: SuggestionReason) -> String {
        switch reason {
        case .sharedPartners(let names):
            return "\(t.count(names.count, numbers, singular: "partenaire commun", plural: "partenaires communs")) : \(list(names))"
        case .threeStepPath(let source, let via, let through, let target):
            return "aucun partenaire commun pour l’instant, mais \(via), partenaire de \(source), travaille avec \(through), partenaire de \(target)"
        case .linksRegions(let first, let second):
            return "relierait les régions \(first) et \(second)"
        case .firstTieBetweenSectors(let first, let second, let region):
            return "serait le premier lien entre les secteurs « \(first) » et « \(second) » dans la région \(region)"
        case .weakSectorPair(let first, let second, let region, let observed, let expected):
            return "renforcerait les liens entre les secteurs « \(first) » et « \(second) » dans la région \(region) : "
                + "\(t.count(observed, numbers, singular: "lien", plural: "liens")) alors que \(numbers.decimal(expected, digits: 1)) seraient attendus"
        case .joinsClusters(let first, let second):
            return "relierait les groupes de \(first) et de \(second)"
        case .secondRoute(let organization, let others, let besides):
            let who = others > 0
                ? "\(organization) (et à \(t.count(others, numbers, singular: "autre organisme", plural: "autres organismes")))"
                : organization
            let around = switch besides {
            case .organization(let name): name
            case .tie(let a, let b): "le lien \(a) – \(b)"
            }
            return "donnerait à \(who) une seconde voie vers le réseau, sans passer par \(around)"
        case .relievesBroker(let broker):
            return "leur seul lien passe aujourd’hui par \(broker), courtier entre secteurs ; un lien direct allégerait sa charge"
        }
    }
}

extension String {
    /// The string with its first letter upper-cased, for a sentence shown on its own.
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
