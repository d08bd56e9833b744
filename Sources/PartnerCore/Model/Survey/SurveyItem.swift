/// The two scales of PARTNER's partner ratings (Varda et al. 2012, the PARTNER Tool): how far an
/// organization trusts a partner and how much it values it.
public enum SurveyScale: String, CaseIterable, Sendable, Codable {
    case trust
    case value

    /// The three items of the scale, in questionnaire order.
    public var items: [SurveyItem] { SurveyItem.allCases.filter { $0.scale == self } }
}

/// One of the six ratings a respondent gives each partner it names, on a 1–4 scale
/// (1 not at all, 2 a small amount, 3 a fair amount, 4 a great deal).
///
/// Trust: reliability, shared mission, openness to discussion. Value: power/influence, level of
/// involvement, resources contributed. The raw values are the response-table column names.
public enum SurveyItem: String, CaseIterable, Sendable, Codable, Comparable {
    case trustReliability = "trust_reliability"
    case trustMission = "trust_mission"
    case trustOpenness = "trust_openness"
    case valuePower = "value_power"
    case valueInvolvement = "value_involvement"
    case valueResources = "value_resources"

    /// The ratings an item accepts.
    public static let ratingRange: ClosedRange<Int> = 1...4

    public var scale: SurveyScale {
        switch self {
        case .trustReliability, .trustMission, .trustOpenness: .trust
        case .valuePower, .valueInvolvement, .valueResources: .value
        }
    }

    /// The French column name (`fiabilité`, `mission`, `ouverture`, `influence`, `engagement`, `ressources`).
    public var frenchName: String {
        switch self {
        case .trustReliability: "fiabilité"
        case .trustMission: "mission"
        case .trustOpenness: "ouverture"
        case .valuePower: "influence"
        case .valueInvolvement: "engagement"
        case .valueResources: "ressources"
        }
    }

    /// Position in questionnaire order (the order of `allCases`).
    public var position: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: SurveyItem, rhs: SurveyItem) -> Bool { lhs.position < rhs.position }
}
