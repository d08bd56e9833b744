import Foundation
import Testing
@testable import PartnerCore

@Suite struct WorkspaceWriterTests {
    @Test func writesColumnsInTheDesignOrderWithExtrasSorted() {
        let network = InterchangeFixture.network
        let organizations = String(decoding: WorkspaceWriter.organizationsCSV(network), as: UTF8.self)
        #expect(organizations == #"""
            id,name,sector,region,type,since,until,language,note,website
            cisss-gim,"CISSS de la Gaspésie — ""santé"" & <services>",health,Gaspésie–Îles-de-la-Madeleine,CISSS,2019,,French,,https://example.org/?a=1&b=2
            npi 2,"Vision Gaspé–Percé Now
            line two",community,Gaspésie–Îles-de-la-Madeleine,NPI organization,,,English,,
            ecole&3,"=HYPERLINK(""http://x"")",education,Gaspésie–Îles-de-la-Madeleine,,,2021,,,
            "node""]; evil","a -> b [label=""x""];  two  spaces ",municipal,Laval,,2020,2022,,"+1, ""quoted""",
            日本,Кооператив 日本 ✓,social services,Laval,,,,,,

            """#)
        let links = String(decoding: WorkspaceWriter.linksCSV(network), as: UTF8.self)
        #expect(links.hasPrefix("source,target,year,kind,strength,stage,budget,note\n"))
        #expect(links.contains("cisss-gim,npi 2,2020,joint project,3,integration,\"12,500 $\",\n"))
        #expect(links.contains("日本,cisss-gim,,,0.25,,,\n"))
        #expect(links.contains("npi 2,ecole&3,2020,information,1.5,,,\n"))
    }

    @Test func optionalColumnsAppearOnlyWhenUsed() {
        let network = PartnershipNetwork(organizations: [
            Organization(id: "a", name: "A", sector: .health, region: Region("r")),
            Organization(id: "b", name: "B", sector: .health, region: Region("r")),
        ], links: [Link(source: "a", target: "b")])
        #expect(String(decoding: WorkspaceWriter.organizationsCSV(network), as: UTF8.self) == "id,name,sector,region\na,A,health,r\nb,B,health,r\n")
        #expect(String(decoding: WorkspaceWriter.linksCSV(network), as: UTF8.self) == "source,target\na,b\n")
    }

    @Test(arguments: [
        ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\""),
        ("=1+1", "\"=1+1\""), ("+33", "\"+33\""), ("-2", "\"-2\""), ("@cmd", "\"@cmd\""), (" pad", "\" pad\""), ("", ""),
    ])
    func quotesFieldsForRFC4180AndSpreadsheets(_ text: String, _ expected: String) {
        #expect(WorkspaceWriter.field(text) == expected)
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
        #expect(try String(contentsOf: links, encoding: .utf8) == "source,target\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace).sorted() == ["links.csv", "organizations.csv"])
    }

    @Test func outputFormatFollowsTheDestination() throws {
        #expect(OutputFormat.inferred(from: "out/net.GEXF") == .gexf)
        #expect(OutputFormat.inferred(from: "out/net.graphml") == .graphml)
        #expect(OutputFormat.inferred(from: "out/net.json") == .json)
        #expect(OutputFormat.inferred(from: "out/workspace") == .workspace)
        #expect(OutputFormat.inferred(from: "out/workspace.v2/") == .workspace)
        #expect(OutputFormat.inferred(from: "out/net.xlsx") == nil)
        #expect(InputFormat.inferred(from: "in/net.gexf") == .gexf)
        #expect(InputFormat.inferred(from: "in/net.txt") == nil)
    }
}
