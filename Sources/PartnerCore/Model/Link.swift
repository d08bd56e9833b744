/// One reported partnership tie, as a row of `links.csv` (one row per pair, year and kind).
public struct Link: Hashable, Sendable {
    public var source: String
    public var target: String
    /// Survey round in which the tie was reported; `nil` when the data has no years.
    public var year: Int?
    /// Kind of collaboration (referral, joint-project …), if given.
    public var kind: String?
    /// Collaboration level, > 0 (1 cooperative, 2 coordinated, 3 integrated). Default 1.
    public var strength: Double
    public var stage: NPIStage?
    /// Extra columns or attributes, kept as written.
    public var attributes: [String: String]

    public init(source: String, target: String, year: Int? = nil, kind: String? = nil,
                strength: Double = 1, stage: NPIStage? = nil, attributes: [String: String] = [:]) {
        self.source = source
        self.target = target
        self.year = year
        self.kind = kind
        self.strength = strength
        self.stage = stage
        self.attributes = attributes
    }
}
