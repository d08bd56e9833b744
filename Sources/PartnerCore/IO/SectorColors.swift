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

    /// A colour from `#RRGGBB` (or `RRGGBB`); `nil` for anything else.
    public init?(hexString: String) {
        let digits = hexString.hasPrefix("#") ? String(hexString.dropFirst()) : hexString
        guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return nil }
        self.init(hex: value)
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
/// Colour-blind-safe: the Okabe–Ito palette (Okabe & Ito, "Color Universal Design", 2002; Wong,
/// *Nature Methods* 8:441, 2011) without its black, then ColorBrewer Dark2 and Set2 colours
/// (Harrower & Brewer, *The Cartographic Journal* 40(1), 2003) without greys — the same sequence
/// as the renderer's `SectorPalette`, so files and maps agree; past 21 sectors the list repeats.
/// `unspecified` is grey.
///
/// PartnerCore cannot depend on the renderer, hence this copy of the list; the CLI passes the
/// renderer's own assignment to ``GEXFWriter``.
public enum SectorColors {
    /// The colours, in the order sectors receive them.
    public static let palette: [RGBColor] = [
        0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x0072B2, 0xD55E00, 0xCC79A7,
        0x7570B3, 0xA6761D, 0xE7298A, 0x66A61E, 0xE5C494, 0x8DA0CB, 0xA6D854,
        0xFC8D62, 0x66C2A5, 0xE78AC3, 0x1B9E77, 0xD95F02, 0xE6AB02, 0xFFD92F,
    ].map(RGBColor.init(hex:))

    /// Grey for organizations whose sector is not known.
    public static let unspecified = RGBColor(hex: 0xBBBBBB)

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
