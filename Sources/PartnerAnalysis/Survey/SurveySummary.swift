import PartnerCore

/// A survey round's figures for one scope — the whole network or one region (DESIGN §10).
///
/// - invited: the scope's organizations (active in the round's year); respondents: those that answered;
///   responseRate = respondents / invited (`nil` with nobody invited).
/// - ties: pairs named by at least one side, split into confirmed, unconfirmed and unanswered.
/// - trust, value: the network scores (0–100) over every rating given within the scope.
///
/// A region's figures read only the region: its organizations, the ties and ratings among them.
public struct SurveySummary: Codable, Sendable, Hashable {
    /// The region's name; `nil` for the whole network.
    public var region: String?
    public var invited: Int
    public var respondents: Int
    public var responseRate: Double?
    public var ties: Int
    public var confirmedTies: Int
    public var unconfirmedTies: Int
    public var unansweredTies: Int
    public var trust: Double?
    public var value: Double?

    public init(region: String?, survey: SnapshotSurvey, isMember: [Bool], ties: SurveyTies) {
        let members = isMember.indices.filter { isMember[$0] }
        let answered = members.filter { survey.answered[$0] }.count
        let ratings = survey.reports
            .filter { isMember[Int($0.respondent)] && isMember[Int($0.partner)] }
            .map(\.response.ratings)
        self.region = region
        self.invited = members.count
        self.respondents = answered
        self.responseRate = members.isEmpty ? nil : Double(answered) / Double(members.count)
        self.ties = ties.ties.count
        self.confirmedTies = ties.count(.confirmed)
        self.unconfirmedTies = ties.count(.unconfirmed)
        self.unansweredTies = ties.count(.unanswered)
        self.trust = SurveyScore.score(ratings, scale: .trust)
        self.value = SurveyScore.score(ratings, scale: .value)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(region, forKey: .region)
        try container.encode(invited, forKey: .invited)
        try container.encode(respondents, forKey: .respondents)
        try container.encode(responseRate.finite, forKey: .responseRate)
        try container.encode(ties, forKey: .ties)
        try container.encode(confirmedTies, forKey: .confirmedTies)
        try container.encode(unconfirmedTies, forKey: .unconfirmedTies)
        try container.encode(unansweredTies, forKey: .unansweredTies)
        try container.encode(trust.finite, forKey: .trust)
        try container.encode(value.finite, forKey: .value)
    }
}
