import Foundation
import PartnerAnalysis
import PartnerCore
import Testing
@testable import PartnerReport

/// French pages say everything in French: the gap analysis' reasons and the maps' tooltips are
/// worded from data, not left in the analysis' English.
@Suite("French wording of findings, reasons and map tooltips")
struct FrenchWordingTests {
    /// Phrases of the English reasons (`partnermap gaps`) and map tooltips; none may reach a French page.
    static let englishPhrases = [
        "shares ", "has no partner yet", "no shared partner yet", "would link ", "would be the first tie",
        "would strengthen", "would connect the", "clusters", "second route to the network",
        "a broker between sectors", "would lighten", "Sector: ", "Region: ", "Suggested: ", "strength ",
        "Joined in ", "Left after ", "Formed: ", "Dissolved: ", "organizations joined", "lang=\"en\"",
    ]

    @Test("no English reason or tooltip phrase on any French region page; the English pages have them")
    func noEnglishOnFrenchPages() throws {
        let french = try SampleReports.report(.french), english = try SampleReports.report(.english)
        let pages = try FileManager.default.contentsOfDirectory(atPath: french.appendingPathComponent("regions").path)
            .filter { $0.hasSuffix(".html") }.sorted()
        #expect(pages.count == 18)
        var englishSeen = Set<String>()
        for page in pages {
            // Reasons start with a capital on the page: compare in lower case.
            let text = try String(contentsOf: french.appendingPathComponent("regions/" + page), encoding: .utf8).lowercased()
            for phrase in Self.englishPhrases {
                #expect(!text.contains(phrase.lowercased()), "\(page) contains \(phrase.debugDescription)")
            }
            let original = try String(contentsOf: english.appendingPathComponent("regions/" + page), encoding: .utf8).lowercased()
            englishSeen.formUnion(Self.englishPhrases.filter { original.contains($0.lowercased()) })
        }
        // The list is not stale: the English pages use most of these phrases.
        #expect(englishSeen.isSuperset(of: ["shares ", "would be the first tie", "would connect the",
                                            "second route to the network", "Sector: ", "Suggested: ", "strength "]),
                "\(englishSeen.sorted())")
        // … and the French pages say the same in French.
        let abitibi = try String(contentsOf: french.appendingPathComponent("regions/abitibi-temiscamingue.html"), encoding: .utf8)
        #expect(abitibi.contains("Serait le premier lien entre les secteurs « "))
        #expect(abitibi.contains("une seconde voie vers le réseau, sans passer par Neighbours Regional Association"))
        #expect(abitibi.contains("Secteur : "))
        let index = try String(contentsOf: french.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(!index.contains("Whole network") && index.contains("<title>Réseau complet — 2022</title>"))
    }

    @Test("every kind of reason has a French sentence carrying its names and numbers")
    func everyReason() throws {
        let wording = FindingWording(t: .french, numbers: ReportLanguage.french.numbers,
                                     network: PartnershipNetwork(organizations: [], links: []))
        let cases: [(SuggestionReason, String)] = [
            (.sharedPartners(["B", "C"]), "2 partenaires communs : B et C"),
            (.threeStepPath(source: "A", via: "B", through: "C", target: "D"), "aucun partenaire commun pour l’instant, mais B, partenaire de A, travaille avec C, partenaire de D"),
            (.linksRegions("Laval", "Estrie"), "relierait les régions Laval et Estrie"),
            (.firstTieBetweenSectors("health", "housing", region: "Laval"), "serait le premier lien entre les secteurs « health » et « housing » dans la région Laval"),
            (.weakSectorPair("health", "housing", region: "Laval", observed: 1, expected: 2.46), "renforcerait les liens entre les secteurs « health » et « housing » dans la région Laval : 1 lien alors que 2,5 seraient attendus"),
            (.joinsClusters("A", "E"), "relierait les groupes de A et de E"),
            (.secondRoute(organization: "A", others: 3, besides: .organization("B")), "donnerait à A (et à 3 autres organismes) une seconde voie vers le réseau, sans passer par B"),
            (.secondRoute(organization: "A", others: 0, besides: .tie("B", "C")), "donnerait à A une seconde voie vers le réseau, sans passer par le lien B – C"),
            (.relievesBroker("B"), "leur seul lien passe aujourd’hui par B, courtier entre secteurs ; un lien direct allégerait sa charge"),
        ]
        for (reason, expected) in cases {
            #expect(wording.french(reason) == expected)
            for phrase in Self.englishPhrases { #expect(!wording.french(reason).contains(phrase)) }
        }
    }
}
