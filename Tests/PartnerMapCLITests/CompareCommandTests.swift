import Foundation
import Testing

@Suite("partnermap compare")
struct CompareCommandTests {
    /// Two survey years of a region whose names hold quotes, `<`, `&`, a newline and DOT syntax.
    static func hostileWorkspace() throws -> URL {
        let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("compare-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
        try #"""
            id,name,sector,region,since,until
            a,"Centre ""A"" & <Cie>",health,"Côte <Nord> & ""Est""",,
            b,"École B
            (2e ligne)",education,"Côte <Nord> & ""Est""",,
            c,"Ville C]; node [x=1",municipal,"Côte <Nord> & ""Est""",,2021
            d,Maison D,community,"Côte <Nord> & ""Est""",2022,
            %e&\x,Back\slash & %,health,"Côte <Nord> & ""Est""",,

            """#.write(to: workspace.appendingPathComponent("organizations.csv"), atomically: true, encoding: .utf8)
        try #"""
            source,target,year,kind,strength,stage
            a,b,2021,referral,1,2
            b,c,2021,information,2,3
            a,c,2021,information,1,1
            b,a,2022,referral,3,4
            d,a,2022,joint-project,1,1
            d,b,2022,information,1,1
            %e&\x,a,2021,referral,1,1
            %e&\x,a,2022,referral,1,1

            """#.write(to: workspace.appendingPathComponent("links.csv"), atomically: true, encoding: .utf8)
        return workspace
    }

    @Test("writes tables, maps and charts, names escaped, the same bytes twice")
    func outFolder() throws {
        let workspace = try Self.hostileWorkspace()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let out = workspace.appendingPathComponent("compare")
        let region = #"Côte <Nord> & "Est""#
        let first = try CLI.run("compare", workspace.path, "--region", region, "--out", out.path)
        #expect(first.status == 0, "\(first.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(files == [".partnermap", "changes.csv", "changes.json", "chart-density.svg", "chart-intersectoral.svg", "chart-size.svg",
                          "compare.json", "diff-2021-2022.svg", "growth.csv", "growth.json", "map-2021.svg", "map-2022.svg"])
        for file in files where file != ".partnermap" {
            #expect(first.stdout.contains("wrote " + out.appendingPathComponent(file).path))
        }
        // The table: 1 joined (d), 1 left (c); a–b kept and strengthened, a–d and b–d formed, a–c and b–c dissolved.
        #expect(first.stdout.contains("Organizations: 1 joined, 1 left"))
        #expect(first.stdout.contains("Ties: 2 formed, 2 dissolved, 2 kept"))

        let map = try String(contentsOf: out.appendingPathComponent("map-2021.svg"), encoding: .utf8)
        #expect(map.contains("Centre &quot;A&quot; &amp; &lt;Cie&gt;"))
        #expect(map.contains("Côte &lt;Nord&gt; &amp; &quot;Est&quot; — 2021"))
        #expect(!map.contains("<Cie>"))
        // Every organization at the same place in both years, whatever its id (a leading `%`, `&`, `\` included).
        func centres(_ svg: String) -> [String: String] {
            var result: [String: String] = [:]
            for node in svg.components(separatedBy: "class=\"node\"").dropFirst() {
                guard let title = node.range(of: "<title>[^<]*</title>", options: .regularExpression),
                      let centre = node.range(of: #"cx="[^"]*" cy="[^"]*""#, options: .regularExpression) else { continue }
                result[String(node[title])] = String(node[centre])
            }
            return result
        }
        let earlier = centres(map)
        let later = centres(try String(contentsOf: out.appendingPathComponent("map-2022.svg"), encoding: .utf8))
        #expect(earlier.count == 4 && later.count == 4)
        #expect(Set(earlier.values).count == 4, "four organizations, four places: \(earlier)")
        for title in ["<title>a</title>", "<title>b</title>", "<title>&#37;e&amp;&#92;x</title>"] {
            #expect(earlier[title] != nil && earlier[title] == later[title], "\(title)")
        }
        let chart = try String(contentsOf: out.appendingPathComponent("chart-size.svg"), encoding: .utf8)
        #expect(chart.contains("Côte &lt;Nord&gt; &amp; &quot;Est&quot;, survey years 2021–2022"))
        let csv = try String(contentsOf: out.appendingPathComponent("changes.csv"), encoding: .utf8)
        #expect(csv.contains("\"Centre \"\"A\"\" & <Cie>\""))
        #expect(csv.contains(",left,c,Ville C]; node [x=1,,\r\n"))

        let bytes = try files.map { try Data(contentsOf: out.appendingPathComponent($0)) }
        #expect(try CLI.run("compare", workspace.path, "--region", region, "--out", out.path).status == 0)
        #expect(try files.map { try Data(contentsOf: out.appendingPathComponent($0)) } == bytes)
    }

    @Test("JSON: years with their figures, changes with sorted id pairs (DESIGN §7)")
    func json() throws {
        let workspace = try Self.hostileWorkspace()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let result = try CLI.run("compare", workspace.path, "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let years = try #require(object["years"] as? [[String: Any]])
        #expect(years.map { $0["year"] as? Int } == [2021, 2022])
        #expect(years.map { $0["organizations"] as? Int } == [4, 4])
        #expect(years.map { $0["ties"] as? Int } == [4, 4])
        #expect(years.map { $0["density"] as? Double } == [4.0 / 6, 4.0 / 6])
        #expect(years[0]["change"] is NSNull)
        let change = try #require((object["changes"] as? [[String: Any]])?.first)
        #expect(change["from"] as? Int == 2021 && change["to"] as? Int == 2022)
        #expect(change["joined"] as? [String] == ["d"])
        #expect(change["left"] as? [String] == ["c"])
        #expect(change["formed"] as? [[String]] == [["a", "d"], ["b", "d"]])
        #expect(change["dissolved"] as? [[String]] == [["a", "c"], ["b", "c"]])
        #expect(change["strengthened"] as? [[String]] == [["a", "b"]])
        #expect(change["weakened"] as? [[String]] == [])
        #expect(change["stageUp"] as? [[String]] == [["a", "b"]])
        #expect(change["newSectorPairs"] as? [[String]] == [["community", "education"], ["community", "health"]])
        // Keys sorted, so the bytes are stable.
        #expect(result.stdout.hasPrefix("{\n  \"changes\" : ["))
    }

    @Test("usage errors exit 64", arguments: [
        (["--from", "2022", "--to", "2021"], "must be before"),
        (["--region", "Laval", "--all-regions"], "--region and --all-regions"),
        (["--from", "2018"], "not a survey year"),
        (["--year", "2021"], "--from and --to"),
        (["--from", "2022"], "selects one survey year"),
    ])
    func usage(arguments: [String], message: String) throws {
        let result = try CLI.run(["compare", CLI.sample] + arguments)
        #expect(result.status == 64)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }
}
