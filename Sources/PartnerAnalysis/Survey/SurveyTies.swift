import PartnerCore

/// Whether both sides of a surveyed tie answered and named each other (DESIGN §10).
public enum SurveyTieStatus: String, Codable, Sendable, CaseIterable {
    /// Both answered and both named the other.
    case confirmed
    /// Both answered; only one named the other.
    case unconfirmed
    /// One side did not answer: it could only be named.
    case unanswered
}

/// One pair of organizations that at least one side named, as the survey saw it.
public struct SurveyTie: Sendable, Hashable {
    /// Positions in the snapshot, `first < second`.
    public var first: Int32
    public var second: Int32
    public var firstNamedSecond: Bool
    public var secondNamedFirst: Bool
    public var status: SurveyTieStatus
    /// Mean of the levels reported by the side(s) that named the other; `nil` when no level was given.
    public var level: Double?
    /// Mean, over the side(s) that rated the other, of the rating's trust (or value) mean.
    public var trust: Double?
    public var value: Double?
}

/// The ties of a survey round: a tie exists when at least one side named the other.
///
/// - Confirmed: both answered, both named. Unconfirmed: both answered, one named. Unanswered: one side
///   did not answer (a respondent named it; it could not name back).
/// - Level: the mean of the levels reported for the pair (one or two reports), as PARTNER averages them.
///
/// Example: A names B at level 3, B names A at level 2, both answered → confirmed, level 2.5.
/// A names C at level 1 and C did not answer → unanswered, level 1.
public struct SurveyTies: Sendable {
    /// Ties in (first, second) order.
    public let ties: [SurveyTie]

    /// Builds the ties of `survey` among members (`isMember[i]`; boundary partners are excluded).
    ///
    /// - Complexity: O(r log r) for r reports (sorted by pair).
    public init(survey: SnapshotSurvey, isMember: [Bool]) {
        let reports = survey.reports.filter { isMember[Int($0.respondent)] && isMember[Int($0.partner)] }
        let keyed = reports.map { report -> (pair: UInt64, report: SnapshotSurvey.Report) in
            let a = min(report.respondent, report.partner), b = max(report.respondent, report.partner)
            return (UInt64(UInt32(a)) << 32 | UInt64(UInt32(b)), report)
        }.sorted { $0.pair < $1.pair }
        var ties: [SurveyTie] = []
        var start = 0
        while start < keyed.count {
            var end = start + 1
            while end < keyed.count, keyed[end].pair == keyed[start].pair { end += 1 }
            let first = Int32(truncatingIfNeeded: keyed[start].pair >> 32)
            let second = Int32(truncatingIfNeeded: keyed[start].pair & 0xFFFF_FFFF)
            let run = keyed[start..<end].map(\.report)
            let forward = run.contains { $0.respondent == first }
            let backward = run.contains { $0.respondent == second }
            let bothAnswered = survey.answered[Int(first)] && survey.answered[Int(second)]
            let status: SurveyTieStatus = !bothAnswered ? .unanswered : (forward && backward ? .confirmed : .unconfirmed)
            ties.append(SurveyTie(
                first: first, second: second, firstNamedSecond: forward, secondNamedFirst: backward,
                status: status,
                level: Self.mean(run.compactMap { $0.response.level.map { Double($0.rawValue) } }),
                trust: Self.mean(run.compactMap { $0.response.ratings.mean(of: .trust) }),
                value: Self.mean(run.compactMap { $0.response.ratings.mean(of: .value) })))
            start = end
        }
        self.ties = ties
    }

    /// Number of ties with `status`.
    public func count(_ status: SurveyTieStatus) -> Int { ties.lazy.filter { $0.status == status }.count }

    static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }
}
