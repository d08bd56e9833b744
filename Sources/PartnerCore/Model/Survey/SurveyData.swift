/// The responses of one or more survey rounds, kept beside the network they describe.
///
/// Invited organizations are the network's organizations (active in the round's year). A respondent
/// is an organization with at least one response row in the round, or one the organizations table
/// marks `responded = yes` (an organization that answered "no partners").
public struct SurveyData: Sendable, Hashable {
    /// Response rows in input order: at most one per respondent, partner and year.
    public var responses: [SurveyResponse]
    /// Ids marked as having answered although they named no partner.
    public var declaredRespondents: Set<String>

    public init(responses: [SurveyResponse], declaredRespondents: Set<String> = []) {
        self.responses = responses
        self.declaredRespondents = declaredRespondents
    }

    /// Rows of round `year`; rows without a year belong to every round. Every row when `year` is `nil`.
    public func responses(in year: Int?) -> [SurveyResponse] {
        guard let year else { return responses }
        return responses.filter { $0.year == nil || $0.year == year }
    }

    /// Ids of the organizations that answered round `year` (see the type's definition).
    public func respondents(in year: Int?) -> Set<String> {
        declaredRespondents.union(responses(in: year).map(\.respondent))
    }

    /// Survey years present in the rows, ascending.
    public var years: [Int] { Array(Set(responses.compactMap(\.year))).sorted() }

    /// One link per response — "named by either side" once a snapshot merges the pair — carrying the
    /// level as strength (1 when none was given) and the level and the trust and value means as
    /// numeric attributes `level`, `trust`, `value`, so `--weight` and tie colours can read them.
    public var links: [Link] {
        responses.map { response in
            var attributes: [String: String] = [:]
            if let level = response.level { attributes["level"] = String(level.rawValue) }
            for scale in SurveyScale.allCases {
                if let mean = response.ratings.mean(of: scale) { attributes[scale.rawValue] = "\(mean)" }
            }
            return Link(source: response.respondent, target: response.partner, year: response.year,
                        strength: Double(response.level?.rawValue ?? 1), attributes: attributes)
        }
    }
}

extension PartnershipNetwork {
    /// A network read from a survey round: ties are the responses (named by either side; see
    /// ``SurveyData/links``) and `links` reported otherwise. A response whose pair (in that order when
    /// `isDirected`) and year `links` already reports confirms that tie and adds no link row, so the
    /// ties of a workspace with both files are the union, each pair once per year.
    ///
    /// - Complexity: O(m + r) hash lookups for m links and r responses.
    public init(organizations: [Organization], survey: SurveyData, links: [Link] = [], isDirected: Bool = false) {
        func key(_ source: String, _ target: String, _ year: Int?) -> String {
            let (a, b) = isDirected || source < target ? (source, target) : (target, source)
            return "\(a)\u{0}\(b)\u{0}\(year.map(String.init) ?? "")"
        }
        let reported = Set(links.map { key($0.source, $0.target, $0.year) })
        let added = survey.links.filter { !reported.contains(key($0.source, $0.target, $0.year)) }
        self.init(organizations: organizations, links: added + links, isDirected: isDirected)
        self.survey = survey
    }
}
