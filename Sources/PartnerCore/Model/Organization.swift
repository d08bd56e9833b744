/// An organization taking part in a partnership network: a node.
public struct Organization: Hashable, Sendable, Identifiable {
    /// Unique, non-empty identifier, as written in the data.
    public var id: String
    public var name: String
    public var sector: Sector
    public var region: Region
    /// Free-text type (CISSS, community organization, school board …), if given.
    public var type: String?
    /// First and last survey years the organization is active (inclusive); `nil` = open-ended.
    public var since: Int?
    public var until: Int?
    /// Extra columns or attributes, kept as written.
    public var attributes: [String: String]

    public init(id: String, name: String, sector: Sector, region: Region, type: String? = nil,
                since: Int? = nil, until: Int? = nil, attributes: [String: String] = [:]) {
        self.id = id
        self.name = name
        self.sector = sector
        self.region = region
        self.type = type
        self.since = since
        self.until = until
        self.attributes = attributes
    }

    /// Whether the organization is active in `year` (inclusive bounds; missing bounds are open).
    public func isActive(in year: Int) -> Bool {
        if let since, year < since { return false }
        if let until, year > until { return false }
        return true
    }
}
