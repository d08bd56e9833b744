import PartnerAnalysis
import PartnerCore

/// The gap analysis' findings in the page's language.
///
/// PartnerAnalysis writes its explanations in English; the English pages show them as written. The
/// French pages rebuild each sentence from the finding's structured fields (kind, sectors, counts,
/// organizations), so nothing a planner reads is left in the other language — except the reasons of
/// a suggestion beyond shared partners and sectors, which PartnerAnalysis keeps as sentences only;
/// those are shown as written and marked `lang="en"`.
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

    /// The reasons of a suggestion: as written in English; in French, shared partners and sectors
    /// rebuilt from the fields, then the analysis' other reasons marked as English.
    func reasons(_ suggestion: PartnerSuggestion) -> [RegionFindings.Reason] {
        guard isFrench else { return suggestion.reasons.map { RegionFindings.Reason(text: $0, lang: nil) } }
        var reasons: [RegionFindings.Reason] = []
        let shared = suggestion.sharedPartners.map(name)
        if !shared.isEmpty {
            reasons.append(.init(text: "\(t.count(shared.count, numbers, singular: "partenaire commun", plural: "partenaires communs")) : \(list(shared))", lang: nil))
        }
        if suggestion.sourceSector != suggestion.targetSector {
            reasons.append(.init(text: "Lien intersectoriel : \(suggestion.sourceSector) et \(suggestion.targetSector)", lang: nil))
        }
        let rebuilt = ["shares ", "an intersectoral tie"]
        for reason in suggestion.reasons where !rebuilt.contains(where: reason.hasPrefix) {
            reasons.append(.init(text: reason, lang: "en"))
        }
        return reasons
    }
}
