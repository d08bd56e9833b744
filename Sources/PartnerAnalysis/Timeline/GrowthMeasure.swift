/// A figure of the growth table, in the order the table, CSV and charts show them.
///
/// The raw value is the camelCase JSON key (`"largestComponentShare"`).
public enum GrowthMeasure: String, CaseIterable, Sendable, Codable {
    case organizations
    case ties
    case density
    case averageDegree
    case components
    case largestComponentShare
    case degreeCentralization
    case betweennessCentralization
    case intersectoralShare
    case eiIndex
    case modularity
    case communities
    case meanStrength
    case meanTieStrength

    /// A short name for table rows.
    public var shortLabel: String {
        switch self {
        case .organizations: "Organizations"
        case .ties: "Ties"
        case .density: "Density"
        case .averageDegree: "Average degree"
        case .components: "Components"
        case .largestComponentShare: "Largest component"
        case .degreeCentralization: "Degree centralization"
        case .betweennessCentralization: "Betweenness centralization"
        case .intersectoralShare: "Intersectoral ties"
        case .eiIndex: "E-I index (sectors)"
        case .modularity: "Modularity"
        case .communities: "Communities"
        case .meanStrength: "Mean strength"
        case .meanTieStrength: "Mean tie strength"
        }
    }

    /// A label for people, with its unit where it has one.
    public var label: String {
        switch self {
        case .organizations: "Organizations"
        case .ties: "Ties"
        case .density: "Density (share of possible ties)"
        case .averageDegree: "Average degree (partners per organization)"
        case .components: "Components"
        case .largestComponentShare: "Largest component (share of organizations)"
        case .degreeCentralization: "Freeman degree centralization"
        case .betweennessCentralization: "Freeman betweenness centralization"
        case .intersectoralShare: "Intersectoral ties (share of ties)"
        case .eiIndex: "E-I index by sector (−1 within, +1 across)"
        case .modularity: "Modularity (Louvain)"
        case .communities: "Communities (Louvain)"
        case .meanStrength: "Mean organization strength (sum of tie strengths)"
        case .meanTieStrength: "Mean tie strength (collaboration level)"
        }
    }

    /// Whether the figure is a whole number (written without decimals).
    public var isCount: Bool {
        switch self {
        case .organizations, .ties, .components, .communities: true
        default: false
        }
    }

    /// Whether the figure is a share in 0…1 (written as a percentage for people).
    public var isShare: Bool {
        switch self {
        case .largestComponentShare, .intersectoralShare: true
        default: false
        }
    }
}
