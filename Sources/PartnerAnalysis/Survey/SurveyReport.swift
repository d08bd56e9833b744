import PartnerCore

/// What `partnermap survey` reports — and the server's `/api/networks/{id}/survey` returns: the round's
/// figures for the network and per region, and each invited organization's answer and ratings.
///
/// JSON: `{"network":{invited, respondents, responseRate, ties, confirmedTies, unconfirmedTies,
/// unansweredTies, trust, value}, "regions":[…the same, with "region"…], "organizations":[{id, name,
/// sector, region, responded, ratings, trust, value, items}]}`.
public struct SurveyReport: Codable, Sendable, Hashable {
    public var network: SurveySummary
    /// One summary per region, in region order (only the selected region with `region`).
    public var regions: [SurveySummary]
    /// Invited organizations of the scope, in input order.
    public var organizations: [OrganizationSurvey]

    public init(network: SurveySummary, regions: [SurveySummary], organizations: [OrganizationSurvey]) {
        self.network = network
        self.regions = regions
        self.organizations = organizations
    }

    /// The report of round `year` (every row when `nil`), over the whole network or one `region`;
    /// `nil` when the network was not read from survey responses.
    ///
    /// - Complexity: O(n + r log r) per scope for n organizations and r response rows.
    public init?(network: PartnershipNetwork, year: Int?, region: Region? = nil) {
        let snapshot = network.snapshot(year: year, region: region)
        guard let survey = snapshot.surveyReports else { return nil }
        let isMember = snapshot.isBoundary.map { !$0 }
        let ties = SurveyTies(survey: survey, isMember: isMember)
        let summary = SurveySummary(region: region?.name, survey: survey, isMember: isMember, ties: ties)
        let regions: [SurveySummary]
        if region != nil {
            regions = [summary]
        } else {
            regions = network.regions.compactMap { region in
                let regional = network.snapshot(year: year, region: region)
                guard let survey = regional.surveyReports else { return nil }
                let isMember = regional.isBoundary.map { !$0 }
                return SurveySummary(region: region.name, survey: survey, isMember: isMember,
                                     ties: SurveyTies(survey: survey, isMember: isMember))
            }
        }
        var received = Array(repeating: [SurveyRatings](), count: snapshot.organizations.count)
        for report in survey.reports where isMember[Int(report.respondent)] {
            received[Int(report.partner)].append(report.response.ratings)
        }
        let organizations = snapshot.organizations.indices.filter { isMember[$0] }.map { i in
            OrganizationSurvey(organization: snapshot.organizations[i], responded: survey.answered[i],
                               received: ReceivedRatings(received[i]))
        }
        self.init(network: summary, regions: regions, organizations: organizations)
    }

    /// Organizations that have not answered yet — the follow-up list — in input order.
    public var nonRespondents: [OrganizationSurvey] { organizations.filter { !$0.responded } }
}
