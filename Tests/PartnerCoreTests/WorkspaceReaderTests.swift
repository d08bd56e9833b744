import Foundation
import Testing
@testable import PartnerCore

@Suite("Workspace reader: RFC 4180 files, header, attributes")
struct WorkspaceReaderTests {
    @Test("BOM, CRLF, quoted commas, quotes and line breaks, header case and order, extra columns")
    func rfc4180Fixture() throws {
        let loaded = try NetworkLoader.load(Fixtures.workspace("rfc4180"))
        #expect(loaded.warnings.isEmpty)
        let network = loaded.network
        #expect(network.organizations.map(\.id) == ["gas-cisss", "gas-cami", "gas-phare", "gas-multi"])
        #expect(network.organizations.map(\.name) == [
            "CISSS de la Gaspésie", "Committee for Anglophone Social Action, CASA", "Centre \"Le Phare\"",
            "Maison des jeunes\r\nde Gaspé",
        ])
        #expect(network.organizations.map(\.sector.name) == ["health", "community", "community", "education"])
        #expect(network.regions.map(\.name) == ["Gaspésie"])
        #expect(network.organizations[0].attributes == ["website": "https://cisss-gaspesie.example"])
        #expect(network.organizations[1].attributes == ["website": ""])
        #expect(network.organizations[3].attributes == ["website": "a,b"])

        #expect(network.links.count == 4)
        let first = network.links[0]
        #expect(first.source == "gas-cisss" && first.target == "gas-cami")
        #expect(first.year == 2021 && first.kind == "referral" && first.strength == 2 && first.stage == .jointAction)
        #expect(first.attributes == ["Note": "said \"yes\""])
        #expect(network.links[1].strength == 1.5)
        #expect(network.links[1].stage == .knowledgeSharing)
        #expect(network.links[2].strength == 1)
        #expect(network.links[2].stage == nil)
        #expect(network.links[2].attributes == ["Note": "line one\nline two"])
        #expect(network.links[3].stage == .knowledgeSharing)
        #expect(network.years == [2021, 2022])
    }

    @Test("Without a year column the links are one undated snapshot")
    func undated() throws {
        let network = try NetworkLoader.load(Fixtures.workspace("minimal")).network
        #expect(network.years.isEmpty)
        #expect(network.links == [Link(source: "a", target: "b")])
        #expect(network.snapshot().ties.count == 1)
    }

    @Test("A record after a multi-line quoted value is reported at its own physical line")
    func lineAfterMultilineRecord() throws {
        let result = try loadWorkspace(
            organizations: "id,name,sector,region\na,\"Two\nlines\",health,N\nb,B,health,N\n",
            links: "source,target,year,note\na,b,2021,\"x\r\ny\r\nz\"\nb,a,20x1,\n")
        #expect(result.problems.map(\.description) == [
            "links.csv:5: year: \"20x1\" is not a whole number; expected a four-digit year such as 2021",
        ])
    }

    @Test("A missing path is an I/O error; a file instead of a folder too")
    func inputOutput() throws {
        #expect(throws: InputOutputError.self) { try NetworkLoader.load("/nonexistent/partnermap") }
        let file = Fixtures.workspace("minimal") + "/links.csv"
        #expect(throws: InputOutputError.self) { try NetworkLoader.load(file, options: LoadOptions(format: .workspace)) }
    }

    @Test("File names match ignoring case")
    func fileNameCase() throws {
        let workspace = try TemporaryWorkspace(organizations: nil, links: "source,target\na,b\n")
        defer { workspace.remove() }
        try Data("id,name,sector,region\na,A,h,R\nb,B,h,R\n".utf8)
            .write(to: URL(fileURLWithPath: workspace.path).appendingPathComponent("Organizations.CSV"))
        let result = try workspace.load()
        #expect(result.network?.organizations.count == 2)
        #expect(result.problems.isEmpty)
    }

    @Test("The sample loads with its planted isolated organization as the only warning")
    func sample() throws {
        let loaded = try NetworkLoader.load(Fixtures.sample)
        #expect(loaded.network.organizations.count >= 250)
        #expect(loaded.network.regions.count >= 17)
        #expect(loaded.network.years == [2019, 2020, 2021, 2022])
        #expect(loaded.warnings.allSatisfy { $0.severity == .warning })
    }
}
