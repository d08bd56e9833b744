import Foundation
import Testing
@testable import PartnerCore

@Suite struct WorkspaceWriterTests {
    @Test func writesColumnsInTheDesignOrderWithExtrasSorted() {
        let network = InterchangeFixture.network
        let organizations = String(decoding: WorkspaceWriter.organizationsCSV(network), as: UTF8.self)
        #expect(organizations == [
            "id,name,sector,region,type,since,until,language,note,website",
            #"cisss-gim,"CISSS de la Gaspésie — ""santé"" & <services>",health,Gaspésie–Îles-de-la-Madeleine,CISSS,2019,,French,,https://example.org/?a=1&b=2"#,
            "npi 2,\"Vision Gaspé–Percé Now\nline two\",community,Gaspésie–Îles-de-la-Madeleine,NPI organization,,,English,,",
            #"ecole&3,"'=HYPERLINK(""http://x"")",education,Gaspésie–Îles-de-la-Madeleine,,,2021,,,"#,
            #""node""]; evil","a -> b [label=""x""];  two  spaces",municipal,Laval,,2020,2022,,"'+1, ""quoted""","#,
            "日本,Кооператив 日本 ✓,social services,Laval,,,,,,",
            "",
        ].joined(separator: "\r\n"))
        let links = String(decoding: WorkspaceWriter.linksCSV(network), as: UTF8.self)
        #expect(links.hasPrefix("source,target,year,kind,strength,stage,budget,note\r\n"))
        #expect(links.contains("cisss-gim,npi 2,2020,joint project,3,integration,\"12,500 $\",\r\n"))
        #expect(links.contains("日本,cisss-gim,2022,,0.25,,,\r\n"))
        #expect(links.contains("npi 2,ecole&3,2020,information,1.5,,,\r\n"))
    }

    @Test func optionalColumnsAppearOnlyWhenUsed() {
        let network = PartnershipNetwork(organizations: [
            Organization(id: "a", name: "A", sector: .health, region: Region("r")),
            Organization(id: "b", name: "B", sector: .health, region: Region("r")),
        ], links: [Link(source: "a", target: "b")])
        #expect(String(decoding: WorkspaceWriter.organizationsCSV(network), as: UTF8.self) == "id,name,sector,region\r\na,A,health,r\r\nb,B,health,r\r\n")
        #expect(String(decoding: WorkspaceWriter.linksCSV(network), as: UTF8.self) == "source,target\r\na,b\r\n")
    }

    /// The formula guard is undone on reading, so every value comes back as written.
    @Test func guardedValuesReadBackUnchanged() throws {
        let values = ["=1+1", "+33 418", "-2", "-x", "@cmd", "'=already", "''+two", "'plain", "it's", "\ttab"]
        let organizations = values.enumerated().map { index, value in
            Organization(id: "o\(index)", name: "n\(index)", sector: .health, region: Region("r"), attributes: ["v": value])
        }
        let links = (1..<values.count).map { Link(source: "o0", target: "o\($0)") }
        let folder = try InterchangeFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try WorkspaceWriter.write(PartnershipNetwork(organizations: organizations, links: links), to: folder.path, replacing: false)
        let read = try NetworkLoader.load(folder.path).network
        #expect(read.organizations.map { $0.attributes["v"] ?? "?" } == values)
    }

    @Test func refusesToReplaceAnExistingWorkspaceUnlessAsked() throws {
        let folder = try InterchangeFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = folder.appendingPathComponent("ws").path
        try NetworkWriter.write(InterchangeFixture.network, to: workspace, format: .workspace)
        let links = URL(fileURLWithPath: workspace).appendingPathComponent("links.csv")
        let before = try Data(contentsOf: links)
        #expect(throws: InputOutputError.self) {
            try NetworkWriter.write(PartnershipNetwork(organizations: [], links: []), to: workspace, format: .workspace)
        }
        #expect(try Data(contentsOf: links) == before)
        try NetworkWriter.write(PartnershipNetwork(organizations: [], links: []), to: workspace, format: .workspace,
                                options: WriteOptions(replacing: true))
        #expect(try String(contentsOf: links, encoding: .utf8) == "source,target\r\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace).sorted() == ["links.csv", "organizations.csv"])
    }

    @Test func outputFormatFollowsTheDestination() throws {
        #expect(ExportFormat.inferred(from: "out/net.GEXF") == .gexf)
        #expect(ExportFormat.inferred(from: "out/net.graphml") == .graphml)
        #expect(ExportFormat.inferred(from: "out/net.json") == .json)
        #expect(ExportFormat.inferred(from: "out/workspace") == .workspace)
        #expect(ExportFormat.inferred(from: "out/workspace.v2/") == .workspace)
        #expect(ExportFormat.inferred(from: "out/net.xlsx") == nil)
        #expect(InputFormat.inferred(from: "in/net.gexf") == .gexf)
        #expect(InputFormat.inferred(from: "in/net.txt") == nil)
    }
}
