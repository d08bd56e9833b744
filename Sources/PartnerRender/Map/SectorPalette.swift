import PartnerCore

/// Fill colours for sectors, assigned once per run so a sector has the same colour on every map.
///
/// Colours come from palettes designed to stay distinguishable with colour-vision deficiencies:
/// first Okabe & Ito's eight ("Color Universal Design", 2002; Wong, "Points of view: Color
/// blindness", *Nature Methods* 8:441, 2011) without black, which reads as an outline; then colours
/// of ColorBrewer's Dark2 and Set2 (Harrower & Brewer, *The Cartographic Journal* 40(1), 2003),
/// ordered so the first ones differ most from the Okabe–Ito seven (Dark2's purple, brown and
/// magenta before its orange, which looks like Okabe–Ito's vermillion), greys left out (grey means
/// "partner from another region" or "unspecified"). No qualitative palette keeps more than a few
/// classes apart for every kind of colour blindness, so maps with more than seven sectors rely on
/// the legend and tooltips as well. Past 21 sectors colours repeat.
public struct SectorPalette: Hashable, Sendable {
    /// Okabe–Ito without black: orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple.
    public static let okabeIto = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"]
    /// ColorBrewer Set2 (8 classes).
    public static let set2 = ["#66C2A5", "#FC8D62", "#8DA0CB", "#E78AC3", "#A6D854", "#FFD92F", "#E5C494", "#B3B3B3"]
    /// ColorBrewer Dark2 (8 classes).
    public static let dark2 = ["#1B9E77", "#D95F02", "#7570B3", "#E7298A", "#66A61E", "#E6AB02", "#A6761D", "#666666"]
    /// Dark2 and Set2 colours after the Okabe–Ito seven, most distinct first, without greys.
    public static let additional = ["#7570B3", "#A6761D", "#E7298A", "#66A61E", "#E5C494", "#8DA0CB", "#A6D854",
                                   "#FC8D62", "#66C2A5", "#E78AC3", "#1B9E77", "#D95F02", "#E6AB02", "#FFD92F"]
    /// Every colour in the order it is handed out.
    public static let colors = okabeIto + additional
    /// The colour of ``Sector/unspecified``: a neutral grey, so missing data does not look like a sector.
    public static let unspecifiedColor = "#BBBBBB"

    /// Sectors in the order colours were assigned (sorted by their matching key).
    public let sectors: [Sector]
    private let colorBySector: [Sector: String]

    /// Assigns colours to `sectors` in sorted order. Pass the sectors of the whole network (e.g.
    /// ``PartnershipNetwork/sectors``), not of one region, so every map of a run agrees.
    public init(sectors: [Sector]) {
        let sorted = Array(Set(sectors)).sorted()
        var assignment: [Sector: String] = [:]
        var next = 0
        for sector in sorted {
            if sector == .unspecified {
                assignment[sector] = Self.unspecifiedColor
            } else {
                assignment[sector] = Self.colors[next % Self.colors.count]
                next += 1
            }
        }
        self.sectors = sorted
        self.colorBySector = assignment
    }

    /// The colour of `sector` as `#RRGGBB`; a sector the palette was not built with gets the
    /// ``unspecifiedColor``.
    public func color(for sector: Sector) -> String {
        colorBySector[sector] ?? Self.unspecifiedColor
    }
}
