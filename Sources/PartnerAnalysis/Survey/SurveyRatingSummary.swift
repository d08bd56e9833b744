import PartnerCore

/// The ratings one organization received from its partners (DESIGN §10).
///
/// An organization's **trust** is the mean, over the ratings it received, of the mean of the trust
/// items given in that rating; items left empty are skipped and a rating with no trust item is skipped.
/// **Value** likewise with the value items. Each item's own mean too. All `nil` when nobody rated it.
///
/// Example: rated (reliability 4, mission 3, openness —) and (reliability 2, mission —, openness —)
/// → trust = mean(3.5, 2) = 2.75; reliability = mean(4, 2) = 3.
public struct ReceivedRatings: Sendable, Hashable {
    /// Responses naming the organization with at least one of the six items rated.
    public var ratings: Int
    public var trust: Double?
    public var value: Double?
    /// Mean of each item over the ratings that gave it.
    public var items: [SurveyItem: Double]

    public static let none = ReceivedRatings(ratings: 0, trust: nil, value: nil, items: [:])

    /// - Complexity: O(k) for k ratings.
    public init(_ ratings: [SurveyRatings]) {
        let rated = ratings.filter { !$0.isEmpty }
        self.ratings = rated.count
        self.trust = SurveyTies.mean(rated.compactMap { $0.mean(of: .trust) })
        self.value = SurveyTies.mean(rated.compactMap { $0.mean(of: .value) })
        var items: [SurveyItem: Double] = [:]
        for item in SurveyItem.allCases {
            if let mean = SurveyTies.mean(rated.compactMap { $0[item].map(Double.init) }) { items[item] = mean }
        }
        self.items = items
    }

    init(ratings: Int, trust: Double?, value: Double?, items: [SurveyItem: Double]) {
        self.ratings = ratings
        self.trust = trust
        self.value = value
        self.items = items
    }
}

/// PARTNER's network scores: 100 × (mean over all ratings of the scale mean − 1) / 3, from 0 (every
/// rating 1) to 100 (every rating 4); `nil` without a rating of the scale.
///
/// Example: two ratings with trust means 3.5 and 2 → 100 × (2.75 − 1) / 3 = 58.33.
public enum SurveyScore {
    public static func score(_ ratings: [SurveyRatings], scale: SurveyScale) -> Double? {
        SurveyTies.mean(ratings.compactMap { $0.mean(of: scale) }).map { 100 * ($0 - 1) / 3 }
    }
}
