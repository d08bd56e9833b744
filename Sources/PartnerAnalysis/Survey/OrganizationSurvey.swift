import PartnerCore

/// One invited organization in a survey round: whether it answered and how its partners rated it.
public struct OrganizationSurvey: Codable, Sendable, Hashable {
    public var id: String
    public var name: String
    public var sector: String
    public var region: String
    public var responded: Bool
    /// Responses naming it with at least one item rated.
    public var ratings: Int
    /// Mean trust and value received, 1–4 (see ``ReceivedRatings``); `nil` when nobody rated it.
    public var trust: Double?
    public var value: Double?
    /// Mean of each of the six items, keyed by column name (`trust_reliability` …); `nil` when not rated.
    public var items: [SurveyItem: Double]

    public init(organization: Organization, responded: Bool, received: ReceivedRatings) {
        self.id = organization.id
        self.name = organization.name
        self.sector = organization.sector.name
        self.region = organization.region.name
        self.responded = responded
        self.ratings = received.ratings
        self.trust = received.trust
        self.value = received.value
        self.items = received.items
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, sector, region, responded, ratings, trust, value, items
    }

    private struct ItemKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        sector = try container.decode(String.self, forKey: .sector)
        region = try container.decode(String.self, forKey: .region)
        responded = try container.decode(Bool.self, forKey: .responded)
        ratings = try container.decode(Int.self, forKey: .ratings)
        trust = try container.decodeIfPresent(Double.self, forKey: .trust)
        value = try container.decodeIfPresent(Double.self, forKey: .value)
        let itemContainer = try container.nestedContainer(keyedBy: ItemKey.self, forKey: .items)
        var items: [SurveyItem: Double] = [:]
        for item in SurveyItem.allCases {
            if let mean = try itemContainer.decodeIfPresent(Double.self, forKey: ItemKey(stringValue: item.rawValue)) {
                items[item] = mean
            }
        }
        self.items = items
    }

    /// Every key is written, `null` when undefined, so each organization has the same shape.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(sector, forKey: .sector)
        try container.encode(region, forKey: .region)
        try container.encode(responded, forKey: .responded)
        try container.encode(ratings, forKey: .ratings)
        try container.encode(trust.finite, forKey: .trust)
        try container.encode(value.finite, forKey: .value)
        var itemContainer = container.nestedContainer(keyedBy: ItemKey.self, forKey: .items)
        for item in SurveyItem.allCases {
            try itemContainer.encode(items[item].finite, forKey: ItemKey(stringValue: item.rawValue))
        }
    }
}
