/// The eight stages of partnership development of the CHSSN Networking and Partnership Initiative
/// (Pocock, "The Partnership Approach", CHSSN 2022).
public enum NPIStage: Int, CaseIterable, Sendable, Comparable, CustomStringConvertible {
    case engagingCommunity = 1
    case developingStrategy
    case knowledgeSharing
    case partnershipPlanning
    case jointAction
    case accountability
    case integration
    case partnershipExpansion

    /// The kebab-case name used in data files (`joint-action`).
    public var name: String {
        switch self {
        case .engagingCommunity: "engaging-community"
        case .developingStrategy: "developing-strategy"
        case .knowledgeSharing: "knowledge-sharing"
        case .partnershipPlanning: "partnership-planning"
        case .jointAction: "joint-action"
        case .accountability: "accountability"
        case .integration: "integration"
        case .partnershipExpansion: "partnership-expansion"
        }
    }

    public var description: String { name }

    /// Reads a stage written as its number (`"5"`) or its name (`"joint-action"`, `"Joint Action"`).
    public init?(parsing text: String) {
        let trimmed = text.trimmedWhitespace
        if let number = Int(trimmed) {
            self.init(rawValue: number)
            return
        }
        let key = String(trimmed.lowercased().map { $0 == " " || $0 == "_" ? "-" : $0 })
        guard let stage = Self.stagesByName[key] else { return nil }
        self = stage
    }

    private static let stagesByName = Dictionary(uniqueKeysWithValues: allCases.map { ($0.name, $0) })

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
