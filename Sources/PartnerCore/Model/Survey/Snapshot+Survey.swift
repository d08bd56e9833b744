/// Who answered and who reported which tie, among a snapshot's organizations (DESIGN §10).
public struct SnapshotSurvey: Sendable {
    /// One response between two organizations of the snapshot, by their positions.
    public struct Report: Sendable, Hashable {
        public var respondent: Int32
        public var partner: Int32
        public var response: SurveyResponse
    }

    /// `answered[i]` is `true` when organization `i` of the snapshot answered the round.
    public let answered: [Bool]
    /// The round's responses whose respondent and partner are both in the snapshot, in input order.
    public let reports: [Report]

    /// Number of organizations that answered.
    public var respondentCount: Int { answered.lazy.filter { $0 }.count }
}

extension Snapshot {
    /// The survey round of this snapshot's year among its organizations; `nil` when the data is not
    /// a survey. Boundary partners count as invited only where they are members (callers skip them).
    ///
    /// - Complexity: O(r) for r response rows (one hash lookup per end).
    public var surveyReports: SnapshotSurvey? {
        guard let survey else { return nil }
        let rows = survey.responses(in: year)
        var answered = Array(repeating: false, count: organizations.count)
        for id in survey.declaredRespondents {
            if let i = index(of: id) { answered[Int(i)] = true }
        }
        var reports: [SnapshotSurvey.Report] = []
        for row in rows {
            guard let r = index(of: row.respondent) else { continue }
            answered[Int(r)] = true
            guard let p = index(of: row.partner), p != r else { continue }
            reports.append(SnapshotSurvey.Report(respondent: r, partner: p, response: row))
        }
        return SnapshotSurvey(answered: answered, reports: reports)
    }
}
