/// A colour as 8-bit sRGB channels.
public struct RGBColor: Hashable, Sendable, CustomStringConvertible {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8

    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// A colour from `0xRRGGBB`.
    public init(hex: UInt32) {
        self.init(red: UInt8((hex >> 16) & 0xFF), green: UInt8((hex >> 8) & 0xFF), blue: UInt8(hex & 0xFF))
    }

    /// `#RRGGBB`.
    public var description: String {
        "#" + [red, green, blue].map { byte in
            let digits = String(byte, radix: 16, uppercase: true)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
    }
}

/// Sector colours for interchange files (GEXF `viz:color`), so Gephi opens a network coloured
/// by sector without a partition step.
///
/// Colour-blind-safe: the Okabe–Ito palette (Okabe & Ito, "Color Universal Design", 2008) without
/// its black, then ColorBrewer "Dark2" (Brewer, <https://colorbrewer2.org>) for the 8th–14th
/// sectors; after that the list repeats. `unspecified` is grey.
///
/// PartnerCore cannot depend on the renderer, so this is a small palette of its own; callers that
/// want the map colours pass their own assignment to ``GEXFWriter``.
public enum SectorColors {
    /// The colours, in the order sectors receive them.
    public static let palette: [RGBColor] = [
        0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x0072B2, 0xD55E00, 0xCC79A7,
        0x1B9E77, 0xD95F02, 0x7570B3, 0xE7298A, 0x66A61E, 0xE6AB02, 0xA6761D,
    ].map(RGBColor.init(hex:))

    /// Grey for organizations whose sector is not known.
    public static let unspecified = RGBColor(hex: 0x999999)

    /// A colour per sector: sectors in their sorted order (by matching key) take the palette in
    /// turn, so the same set of sectors always gets the same colours.
    public static func assignment(for sectors: [Sector]) -> [Sector: RGBColor] {
        var colors: [Sector: RGBColor] = [:]
        var next = 0
        for sector in Set(sectors).sorted() {
            if sector == .unspecified {
                colors[sector] = unspecified
            } else {
                colors[sector] = palette[next % palette.count]
                next += 1
            }
        }
        return colors
    }
}
