import Foundation
import PartnerCore

/// The survey report as text for people (`--format table`) and as one CSV row per invited
/// organization (`--format csv`).
extension SurveyReport {
    /// The round at a glance, then per region, the follow-up list (who has not answered yet) and the
    /// partners ranked by trust and by value.
    public func table(year: Int?, width: Int = 100) -> String {
        var out = TextBlock(width: width)
        out.heading("Survey" + (year.map { " \($0)" } ?? "") + " — " + (network.region ?? "whole network"))
        out.paragraph(Self.sentence(network))
        if regions.count > 1 {
            out.line("Regions")
            out.columns(["region", "invited", "answered", "rate", "ties", "confirmed", "unconfirmed", "unanswered",
                         "trust", "value"],
                        regions.map { summary in
                            [summary.region ?? "", "\(summary.invited)", "\(summary.respondents)",
                             Self.percent(summary.responseRate), "\(summary.ties)", "\(summary.confirmedTies)",
                             "\(summary.unconfirmedTies)", "\(summary.unansweredTies)",
                             Self.score(summary.trust), Self.score(summary.value)]
                        },
                        rightAligned: Set(1...9))
            out.blank()
        }
        let waiting = nonRespondents
        out.line("Not answered yet — the follow-up list (\(waiting.count) of \(organizations.count))")
        if waiting.isEmpty {
            out.paragraph("  none: every invited organization answered.")
        } else {
            out.columns(["id", "name", "sector", "region"], waiting.map { [$0.id, $0.name, $0.sector, $0.region] },
                        rightAligned: [])
            out.blank()
        }
        for scale in SurveyScale.allCases {
            let ranked = ranking(by: scale)
            out.line("Partners ranked by \(scale.rawValue) (mean rating received, 1–4)")
            if ranked.isEmpty {
                out.paragraph("  none: no organization was rated on \(scale.rawValue).")
                continue
            }
            out.columns(["rank", "name", "sector", "region", "ratings", scale.rawValue,
                         scale == .trust ? "value" : "trust"],
                        ranked.enumerated().map { rank, organization in
                            ["\(rank + 1)", organization.name, organization.sector, organization.region,
                             "\(organization.ratings)", Self.mean(scale == .trust ? organization.trust : organization.value),
                             Self.mean(scale == .trust ? organization.value : organization.trust)]
                        },
                        rightAligned: [0, 4, 5, 6])
            let unrated = organizations.count - ranked.count
            if unrated > 0 { out.line("  Not rated on \(scale.rawValue): \(Phrase.count(unrated, "organization")).") }
            out.blank()
        }
        return out.text
    }

    /// Rated organizations, highest mean on `scale` first; ties broken by the other scale, then by name and id.
    public func ranking(by scale: SurveyScale) -> [OrganizationSurvey] {
        let key = { (organization: OrganizationSurvey) in scale == .trust ? organization.trust : organization.value }
        let other = { (organization: OrganizationSurvey) in scale == .trust ? organization.value : organization.trust }
        return organizations.filter { key($0) != nil }.sorted { a, b in
            if key(a) != key(b) { return key(a)! > key(b)! }
            if other(a) != other(b) { return (other(a) ?? -1) > (other(b) ?? -1) }
            return (a.name, a.id) < (b.name, b.id)
        }
    }

    /// One row per invited organization (RFC 4180, ``PartnerCore/CSVWriter``):
    /// `id,name,sector,region,responded,ratings,trust,value,` then the six item means.
    public func csv() -> String {
        let header = ["id", "name", "sector", "region", "responded", "ratings", "trust", "value"]
            + SurveyItem.allCases.map(\.rawValue)
        let rows = organizations.map { organization in
            [organization.id, organization.name, organization.sector, organization.region,
             organization.responded ? "yes" : "no", "\(organization.ratings)",
             CSVWriter.number(organization.trust), CSVWriter.number(organization.value)]
                + SurveyItem.allCases.map { CSVWriter.number(organization.items[$0]) }
        }
        return CSVWriter().document(header: header, rows: rows)
    }

    /// "50 of 70 invited organizations answered (71.4%). 218 ties: …".
    static func sentence(_ summary: SurveySummary) -> String {
        var text = "\(summary.respondents) of \(Phrase.count(summary.invited, "invited organization")) answered"
        if let rate = summary.responseRate { text += " (\(percent(rate)))" }
        text += ". \(Phrase.count(summary.ties, "tie")) named by at least one side: \(summary.confirmedTies) confirmed "
            + "(both named each other), \(summary.unconfirmedTies) unconfirmed (both answered, one named the other), "
            + "\(summary.unansweredTies) unanswered (one side has not answered)."
        if summary.trust != nil || summary.value != nil {
            text += " Trust score \(score(summary.trust)) and value score \(score(summary.value)) out of 100."
        }
        return text
    }

    static func percent(_ value: Double?) -> String {
        value.map { String(format: "%.1f%%", 100 * $0) } ?? "–"
    }

    static func score(_ value: Double?) -> String { value.map { String(format: "%.1f", $0) } ?? "–" }

    static func mean(_ value: Double?) -> String { value.map { String(format: "%.2f", $0) } ?? "–" }
}
