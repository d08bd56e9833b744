import Testing
@testable import PartnerCore

@Suite("Model: sectors, regions, NPI stages, network")
struct ModelTests {
    @Test("Sector and region match trimmed and case-folded, shown as written")
    func normalisedNames() {
        let sector = Sector("  Santé ")
        #expect(sector.name == "Santé")
        #expect(sector.matchingKey == "santé")
        #expect(sector == Sector("SANTÉ"))
        #expect(Set([Sector("Health"), Sector("health "), Sector(" HEALTH")]).count == 1)
        // Accents are not folded for matching, only for the near-duplicate warning.
        #expect(sector != Sector("sante"))
        #expect(sector.looseKey == Sector("sante ").looseKey)
        #expect(Region("Gaspésie–Îles-de-la-Madeleine").slug == "gaspesie-iles-de-la-madeleine")
        #expect(Region("  ").slug == "unnamed")
        #expect(Sector("education") < Sector("Health"))
    }

    @Test("The network unifies spellings of a sector or region to the first written")
    func networkUnifiesSpellings() {
        let network = PartnershipNetwork(organizations: [
            Organization(id: "a", name: "A", sector: Sector("Health"), region: Region("Nord")),
            Organization(id: "b", name: "B", sector: Sector("health "), region: Region("NORD")),
            Organization(id: "a", name: "Repeated", sector: Sector("education"), region: Region("Sud")),
        ], links: [])
        #expect(network.organizations.map(\.sector.name) == ["Health", "Health"])
        #expect(network.organizations.map(\.region.name) == ["Nord", "Nord"])
        #expect(network.organization(id: "a")?.name == "A")
        #expect(network.sectors.map(\.name) == ["Health"])
        #expect(network.regions.count == 1)
    }

    @Test("Kinds of collaboration that differ only in case are one kind")
    func kindsUnified() {
        let organizations = [Organization(id: "a", name: "A", sector: .health, region: Region("R")),
                             Organization(id: "b", name: "B", sector: .health, region: Region("R"))]
        let network = PartnershipNetwork(organizations: organizations, links: [
            Link(source: "a", target: "b", year: 2021, kind: "Referral"),
            Link(source: "b", target: "a", year: 2021, kind: "referral "),
            Link(source: "a", target: "b", year: 2021, kind: "joint-project"),
        ])
        #expect(network.links.map(\.kind) == ["Referral", "Referral", "joint-project"])
        let tie = network.snapshot(year: 2021).ties[0]
        #expect(tie.kinds == ["Referral", "joint-project"])
        #expect(tie.multiplexity == 2)
    }

    @Test("NPI stages parse from their number or name", arguments: [
        ("5", NPIStage.jointAction), ("1", .engagingCommunity), (" 8 ", .partnershipExpansion),
        ("joint-action", .jointAction), ("Joint Action", .jointAction), ("knowledge_sharing", .knowledgeSharing),
        ("ACCOUNTABILITY", .accountability), ("partnership-planning", .partnershipPlanning),
    ])
    func stageParses(text: String, stage: NPIStage) {
        #expect(NPIStage(parsing: text) == stage)
    }

    @Test("Text that is not an NPI stage is rejected", arguments: ["0", "9", "", "joint actions", "stage 5", "-1"])
    func stageRejects(text: String) {
        #expect(NPIStage(parsing: text) == nil)
    }

    @Test("Stages are ordered by number and named in kebab case")
    func stageOrder() {
        #expect(NPIStage.allCases.count == 8)
        #expect(NPIStage.engagingCommunity < .integration)
        #expect(NPIStage.partnershipExpansion.name == "partnership-expansion")
        #expect("\(NPIStage.developingStrategy)" == "developing-strategy")
    }

    @Test("Activity years are inclusive and open-ended when missing")
    func activeYears() {
        let organization = Organization(id: "x", name: "X", sector: .health, region: Region("R"), since: 2020, until: 2021)
        #expect(!organization.isActive(in: 2019))
        #expect(organization.isActive(in: 2020))
        #expect(organization.isActive(in: 2021))
        #expect(!organization.isActive(in: 2022))
        let open = Organization(id: "y", name: "Y", sector: .health, region: Region("R"), since: 2020)
        #expect(open.isActive(in: 3000))
    }

    @Test("Survey years are the distinct link years, ascending")
    func years() {
        let organizations = [Organization(id: "a", name: "A", sector: .health, region: Region("R")),
                             Organization(id: "b", name: "B", sector: .health, region: Region("R"))]
        let network = PartnershipNetwork(organizations: organizations, links: [
            Link(source: "a", target: "b", year: 2022), Link(source: "a", target: "b", year: 2019),
            Link(source: "b", target: "a", year: 2022),
        ])
        #expect(network.years == [2019, 2022])
        #expect(network.latestYear == 2022)
        let undated = PartnershipNetwork(organizations: organizations, links: [Link(source: "a", target: "b")])
        #expect(undated.years.isEmpty)
        #expect(undated.latestYear == nil)
    }
}
