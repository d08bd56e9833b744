/// How closely a respondent works with a partner — the three levels of the PARTNER survey, after
/// Himmelman's continuum: 1 cooperative (sharing information), 2 coordinated (planning together),
/// 3 integrated (shared resources, joint work).
public enum CollaborationLevel: Int, CaseIterable, Sendable, Codable, Comparable {
    case cooperative = 1
    case coordinated = 2
    case integrated = 3

    /// Reads `1`–`3`, an English name (`cooperative`, `coordinated`, `integrated`) or a French one
    /// (`coopération`, `coordination`, `intégration`, with or without accents), ignoring case and
    /// surrounding spaces; `nil` for anything else.
    public init?(parsing text: String) {
        let key = Sector.looseKey(of: text)
        if let number = Int(key), let level = CollaborationLevel(rawValue: number) {
            self = level
            return
        }
        guard let level = Self.allCases.first(where: { $0.englishName == key || Sector.looseKey(of: $0.frenchName) == key }) else {
            return nil
        }
        self = level
    }

    public var englishName: String {
        switch self {
        case .cooperative: "cooperative"
        case .coordinated: "coordinated"
        case .integrated: "integrated"
        }
    }

    public var frenchName: String {
        switch self {
        case .cooperative: "coopération"
        case .coordinated: "coordination"
        case .integrated: "intégration"
        }
    }

    public static func < (lhs: CollaborationLevel, rhs: CollaborationLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}
