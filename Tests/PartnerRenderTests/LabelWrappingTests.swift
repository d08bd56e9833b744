import Testing
@testable import PartnerRender

@Suite("LabelWrapping")
struct LabelWrappingTests {
    @Test("names wrap at word boundaries near the width", arguments: [
        ("CISSS de la Gaspésie", ["CISSS de la", "Gaspésie"]),
        ("Corporation de développement communautaire de la Côte-de-Gaspé",
         ["Corporation de", "développement", "communautaire de", "la Côte-de-Gaspé"]),
        ("Carrefour jeunesse-emploi Rimouski-Neigette", ["Carrefour", "jeunesse-emploi", "Rimouski-Neigette"]),
        ("Centre de services scolaire des Chic-Chocs", ["Centre de services", "scolaire des Chic-", "Chocs"]),
        ("Short", ["Short"]),
        ("Ligne un\nLigne deux", ["Ligne un", "Ligne deux"]),
        ("Anticonstitutionnellement", ["Anticonstitutionnellement"]),
        ("", [""]),
    ])
    func wrap(name: String, lines: [String]) {
        #expect(LabelWrapping.lines(name, width: 18) == lines)
    }
}
