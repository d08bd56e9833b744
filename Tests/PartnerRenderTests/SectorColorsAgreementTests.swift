import PartnerCore
import PartnerRender
import Testing

/// PartnerCore keeps its own copy of the sector colours (for GEXF files written without the
/// renderer); it must stay the renderer's sequence, so files and maps agree.
@Suite struct SectorColorsAgreementTests {
    @Test func coreColoursAreTheMapColours() {
        #expect(SectorColors.palette.map(\.description) == SectorPalette.colors)
        #expect(SectorColors.unspecified.description == SectorPalette.unspecifiedColor)
        let sectors = [Sector.health, .education, .community, .unspecified, Sector("Santé publique")]
        let core = SectorColors.assignment(for: sectors)
        let maps = SectorPalette(sectors: sectors)
        for sector in sectors {
            #expect(core[sector]?.description == maps.color(for: sector), "\(sector)")
        }
        #expect(RGBColor(hexString: "#0072B2") == RGBColor(red: 0, green: 0x72, blue: 0xB2))
        #expect(RGBColor(hexString: "nope") == nil)
    }
}
