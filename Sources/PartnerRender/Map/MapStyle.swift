import PartnerCore

/// How collaboration maps look: one value shared by every map of a run, with defaults chosen for
/// regional maps of tens to a few hundred organizations.
public struct MapStyle: Hashable, Sendable {
    /// What tie lines show beyond their width (strength).
    public enum TieEncoding: String, Hashable, Sendable, CaseIterable {
        /// All ties the same colour.
        case plain
        /// Colour by kind of collaboration (the first kind, alphabetically, for multiplex ties).
        case kind
        /// Colour by NPI stage, light (engaging community) to dark (partnership expansion).
        case stage
    }

    /// Sector colours, fixed for the run.
    public var palette: SectorPalette
    public var engine: GraphvizEngine = .neato
    /// Seed of the layout's initial positions (`start`); same seed, same map.
    public var seed: Int = 1
    public var tieEncoding: TieEncoding = .plain
    /// Node circle diameter in points, smallest to largest value of the size measure.
    public var nodeDiameter: ClosedRange<Double> = 10...40
    /// Tie pen width in points, weakest to strongest tie.
    public var penWidth: ClosedRange<Double> = 0.7...3.5
    /// Tie strengths mapped to ``penWidth``; `nil` uses the map's own range. Set it from the whole
    /// network so a tie of strength 2 looks the same on every map.
    public var strengthScale: ClosedRange<Double>?
    /// Values of the size measure mapped to ``nodeDiameter``; `nil` uses the map's own range. Set it
    /// for maps that are compared side by side (the years of a timeline) so a circle means the same
    /// value on each.
    public var sizeScale: ClosedRange<Double>?
    /// Names are wrapped at word boundaries to lines of about this many characters.
    public var labelWidth: Int = 18
    /// At most this many organizations are labelled (the largest by the size measure); the others
    /// keep their tooltip. `nil` labels all.
    public var maxLabels: Int?
    public var fontName: String = "Helvetica"
    public var fontSize: Double = 10
    public var titleFontSize: Double = 18
    /// Size of the title and legend relative to the labels; `nil` grows it with the map (see ``Legend``).
    public var legendScale: Double?
    /// Overlap removal (`overlap`) and the margin kept around nodes (`sep`, points).
    public var overlap: String = "prism"
    public var separation: Double = 6
    /// How far `overlap=prism` first spreads the layout (`overlap_scaling`): a negative value is
    /// that many average label sizes between neighbours (Graphviz's default, −4, leaves wide empty
    /// margins around a map of a few dozen organizations); `nil` keeps Graphviz's.
    public var overlapScaling: Double?
    /// Edge routing: `true` (splines around nodes and labels), `line` …; `nil` picks by the map's
    /// size (``splines(organizations:ties:)``): routed splines up to ``routedOrganizationLimit``
    /// organizations and ``routedTieLimit`` ties, straight lines above. Routing around obstacles
    /// grows with organizations × ties: measured on this machine (graphviz 2.43, neato, release
    /// build) Montréal's 25 organizations and 140 ties take 0.34 s routed, 0.02 s straight; with its
    /// 37 partners from other regions (62 organizations, 191 ties) 3.6 s routed; Capitale-Nationale
    /// with its partners (83, 119) 5.0 s routed, 0.05 s straight; the whole sample (298, 875; sfdp)
    /// 0.38 s straight and 674 s routed. `curved` is cheap too but not reproducible: Graphviz 2.43
    /// picks each curve's cycle in an order that varies between runs, so it is never chosen here.
    public var splines: String?
    /// Whether the size-based choice may route splines; `false` keeps to straight lines (maps drawn
    /// in bulk, as the report's).
    public var routesSplines = true
    public static let routedOrganizationLimit = 40
    public static let routedTieLimit = 150
    public var textColor = "#222222"
    public var tieColor = "#70707099"
    public var boundaryFill = "#E3E3E3"
    public var boundaryTextColor = "#707070"
    public var suggestedTieColor = "#8C8C8C"
    public var showTitle = true
    public var showLegend = true
    /// Words of the tooltips (English unless the caller passes another language's).
    public var wording = MapWording.english
    /// Raster resolution of PNG output (dots per inch); SVG and PDF are always drawn in points.
    public var dpi: Double = 96

    public init(palette: SectorPalette) {
        self.palette = palette
    }

    /// Default style with colours for the sectors of `network`.
    public init(network: PartnershipNetwork) {
        self.init(palette: SectorPalette(sectors: network.sectors))
        let strengths = network.links.map(\.strength)
        if let low = strengths.min(), let high = strengths.max() { strengthScale = low...high }
    }

    /// Colours for the kinds of collaboration (ColorBrewer Dark2, readable as lines on white).
    static let kindColors = SectorPalette.dark2

    /// Colours for NPI stages 1–8, light to dark: viridis (van der Walt & Smith, matplotlib 2015;
    /// perceptually uniform and colour-blind safe) in 9 steps without its yellow end, which vanishes
    /// on white.
    static let stageColors = ["#AADC32", "#5DC863", "#27AD81", "#21908C", "#2C728E", "#3B528B", "#472D7B", "#440154"]

    /// `value` placed in `range` as a fraction 0…1 of `scale` (0.5 when the scale is a single point,
    /// 0 for an undefined value).
    static func fraction(_ value: Double, in scale: ClosedRange<Double>) -> Double {
        guard value.isFinite else { return 0 }
        guard scale.upperBound > scale.lowerBound else { return 0.5 }
        return min(1, max(0, (value - scale.lowerBound) / (scale.upperBound - scale.lowerBound)))
    }

    /// Node diameter (points) for a size value: circle *area* proportional to the value's place in
    /// `scale`, as readers judge circles by area.
    func diameter(for value: Double, in scale: ClosedRange<Double>) -> Double {
        let low = nodeDiameter.lowerBound, high = nodeDiameter.upperBound
        let area = low * low + (high * high - low * low) * Self.fraction(value, in: scale)
        return area.squareRoot()
    }

    /// The `splines` value of a map of `organizations` (boundary partners included) and `ties`:
    /// ``splines`` when set; else routed splines for a small map and straight lines for a larger
    /// one, so no default map spends more than a fraction of a second routing.
    public func splines(organizations: Int, ties: Int) -> String {
        if let splines { return splines }
        return routesSplines && organizations <= Self.routedOrganizationLimit && ties <= Self.routedTieLimit
            ? "true" : "line"
    }

    /// Pen width (points) for a tie strength.
    func penWidth(for strength: Double, in scale: ClosedRange<Double>) -> Double {
        penWidth.lowerBound + (penWidth.upperBound - penWidth.lowerBound) * Self.fraction(strength, in: scale)
    }
}
