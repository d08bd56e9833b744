/// One row of a responses table: what one respondent said about one partner in one survey round.
///
/// Ids, not names: readers resolve a name written in the table to its organization's id.
public struct SurveyResponse: Hashable, Sendable {
    /// Id of the organization that answered.
    public var respondent: String
    /// Id of the organization it named as a partner.
    public var partner: String
    /// Survey round; `nil` when the table has no year column.
    public var year: Int?
    public var level: CollaborationLevel?
    public var ratings: SurveyRatings
    /// What the respondent says it contributes to the partnership (funding, staff, space …).
    public var resourcesContributed: [String]
    public var comments: String?

    public init(respondent: String, partner: String, year: Int? = nil, level: CollaborationLevel? = nil,
                ratings: SurveyRatings = SurveyRatings(), resourcesContributed: [String] = [],
                comments: String? = nil) {
        self.respondent = respondent
        self.partner = partner
        self.year = year
        self.level = level
        self.ratings = ratings
        self.resourcesContributed = resourcesContributed
        self.comments = comments
    }
}

/// The six 1–4 ratings of one response, each possibly left empty.
public struct SurveyRatings: Hashable, Sendable {
    /// Per item in ``SurveyItem/allCases`` order; 0 = left empty.
    private var values: [UInt8]

    public init() { values = Array(repeating: 0, count: SurveyItem.allCases.count) }

    /// Ratings from a dictionary; values outside 1–4 are a programming error here (readers refuse them
    /// with a located message first) and are left empty.
    public init(_ ratings: [SurveyItem: Int]) {
        self.init()
        for (item, value) in ratings { self[item] = value }
    }

    /// The rating of `item`, or `nil` when it was left empty. Setting a value outside 1–4 empties it.
    public subscript(item: SurveyItem) -> Int? {
        get { values[item.position] == 0 ? nil : Int(values[item.position]) }
        set {
            values[item.position] = newValue.flatMap { SurveyItem.ratingRange.contains($0) ? UInt8($0) : nil } ?? 0
        }
    }

    /// `true` when none of the six items was rated.
    public var isEmpty: Bool { values.allSatisfy { $0 == 0 } }

    /// Mean of the items of `scale` that were rated; `nil` when none was.
    ///
    /// Example: reliability 4, mission empty, openness 3 → trust mean 3.5.
    public func mean(of scale: SurveyScale) -> Double? {
        let given = scale.items.compactMap { self[$0] }
        return given.isEmpty ? nil : Double(given.reduce(0, +)) / Double(given.count)
    }
}
