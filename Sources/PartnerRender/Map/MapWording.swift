import PartnerCore

/// The words a map writes around the data in its tooltips — "Sector: health", "strength 2 · stage 5
/// joint-action", "Suggested: A — B" — in one language. English by default; the report passes the
/// words of its page's language. Names of organizations, sectors, regions and kinds are data and are
/// never translated.
public struct MapWording: Sendable, Hashable {
    /// Between a label and its value: ": " in English, " : " in French.
    public var labelSeparator = ": "
    public var sector = "Sector"
    public var region = "Region"
    public var type = "Type"
    public var boundaryPartner = "Partner from another region"
    /// Before a tie's strength ("strength 2").
    public var strength = "strength"
    /// Before a tie's NPI stage ("stage 5 joint-action").
    public var stage = "stage"
    /// The NPI stages' names, stage 1 to 8.
    public var stageNames = NPIStage.allCases.map(\.name)
    public var suggested = "Suggested"
    public var formed = "Formed"
    public var dissolved = "Dissolved"
    /// "Joined in 2022".
    public var joinedIn = "Joined in"
    /// "Left after 2021".
    public var leftAfter = "Left after"
    /// The decimal separator of numbers in tooltips.
    public var decimalSeparator = "."

    public init() {}

    public static let english = MapWording()

    /// "Sector: health".
    func labelled(_ label: String, _ value: String) -> String { label + labelSeparator + value }

    /// A number as ``DOTEscaping/number(_:decimals:)`` writes it, with this wording's separator.
    func number(_ text: String) -> String {
        decimalSeparator == "." ? text : text.replacingOccurrences(of: ".", with: decimalSeparator)
    }

    /// "stage 5 joint-action".
    func stage(_ stage: NPIStage) -> String {
        let name = stageNames.indices.contains(stage.rawValue - 1) ? stageNames[stage.rawValue - 1] : stage.name
        return "\(self.stage) \(stage.rawValue) \(name)"
    }
}
