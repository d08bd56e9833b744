import Foundation
import Testing

@Suite("partnermap render")
struct RenderCommandTests {
    @Test("draws one SVG per region of a workspace, named by slug, the same bytes twice")
    func allRegions() throws {
        let workspace = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: workspace) }
        try """
            id,name,sector,region
            a,"Centre ""A"" & <Cie>",health,Gaspésie–Îles-de-la-Madeleine
            b,École B,education,Gaspésie–Îles-de-la-Madeleine
            c,Ville C,municipal,Gaspésie–Îles-de-la-Madeleine
            d,CISSS D,health,Bas-Saint-Laurent
            e,OMH E,housing,Bas-Saint-Laurent

            """.write(to: workspace.appendingPathComponent("organizations.csv"), atomically: true, encoding: .utf8)
        try """
            source,target,year,kind,strength
            a,b,2022,referral,2
            b,c,2022,information,1
            a,d,2022,joint-project,3
            d,e,2022,referral,1

            """.write(to: workspace.appendingPathComponent("links.csv"), atomically: true, encoding: .utf8)
        let out = workspace.appendingPathComponent("maps")
        let run = { try CLI.run("render", workspace.path, "--all-regions", "--with-boundary", "--out", out.path) }
        let first = try run()
        #expect(first.status == 0, "\(first.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(files == [".partnermap", "bas-saint-laurent.svg", "gaspesie-iles-de-la-madeleine.svg"])
        #expect(first.stdout.contains(out.appendingPathComponent("gaspesie-iles-de-la-madeleine.svg").path))
        let svg = try String(contentsOf: out.appendingPathComponent("gaspesie-iles-de-la-madeleine.svg"), encoding: .utf8)
        #expect(svg.components(separatedBy: "class=\"node\"").count - 1 == 4)   // 3 members + 1 boundary
        #expect(svg.contains("Centre &quot;A&quot; &amp; &lt;Cie&gt;"))
        let bytes = try Data(contentsOf: out.appendingPathComponent("bas-saint-laurent.svg"))
        #expect(try run().status == 0)
        #expect(try Data(contentsOf: out.appendingPathComponent("bas-saint-laurent.svg")) == bytes)
    }

    @Test("an SVG map is never cropped: width and height are its viewBox, every circle lies inside",
          arguments: [[], ["--dpi", "150"], ["--suggestions", "3"], ["--dpi", "300", "--suggestions", "3"]])
    func svgInsideViewBox(options: [String]) throws {
        let out = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CLI.run(["render", CLI.sample, "--region", "Outaouais", "--format", "svg", "--out", out.path] + options)
        #expect(result.status == 0, "\(result.stderr)")
        let svg = try String(contentsOf: out.appendingPathComponent("outaouais.svg"), encoding: .utf8)
        let size = try #require(svg.firstMatch(of: /<svg width="([0-9.]+)pt" height="([0-9.]+)pt"\s+viewBox="0.00 0.00 ([0-9.]+) ([0-9.]+)"/))
        let width = try #require(Double(size.1)), height = try #require(Double(size.2))
        let boxWidth = try #require(Double(size.3)), boxHeight = try #require(Double(size.4))
        #expect(abs(width - boxWidth) <= 1 && abs(height - boxHeight) <= 1, "\(size.0)")
        // The drawing is not scaled inside the viewBox; its origin is moved by the translation.
        let transform = try #require(svg.firstMatch(of: /transform="scale\(1 1\) rotate\(0\) translate\(([-0-9.]+) ([-0-9.]+)\)"/))
        let dx = try #require(Double(transform.1)), dy = try #require(Double(transform.2))
        let circles = svg.matches(of: /<ellipse[^>]* cx="([-0-9.]+)" cy="([-0-9.]+)" rx="([0-9.]+)"/)
        #expect(circles.count == 16)   // the 16 organizations of Outaouais in 2022
        for circle in circles {
            let x = (Double(circle.1) ?? .nan) + dx, y = (Double(circle.2) ?? .nan) + dy, r = Double(circle.3) ?? .nan
            #expect(x - r >= 0 && x + r <= boxWidth && y - r >= 0 && y + r <= boxHeight, "\(circle.0)")
        }
    }

    @Test("--splines chooses how ties are drawn; an unknown value is a usage error")
    func splines() throws {
        let out = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        var paths: [String: String] = [:]
        for choice in ["line", "spline"] {
            let result = try CLI.run("render", CLI.sample, "--region", "Laval", "--splines", choice, "--format", "dot",
                                     "--out", out.appendingPathComponent(choice).path)
            #expect(result.status == 0, "\(result.stderr)")
            paths[choice] = try String(contentsOf: out.appendingPathComponent(choice + "/laval.dot"), encoding: .utf8)
        }
        for (choice, value) in [("line", "line"), ("spline", "true")] {
            #expect(paths[choice]?.contains("splines=\(value)") == true || paths[choice]?.contains("splines=\"\(value)\"") == true, "\(choice)")
        }
        let bad = try CLI.run("render", CLI.sample, "--splines", "curved", "--out", out.path)
        #expect(bad.status == 64)
    }

    @Test("--region with --all-regions is a usage error")
    func exclusive() throws {
        let result = try CLI.run("render", CLI.sample, "--region", "Laval", "--all-regions", "--out", "/tmp/unused")
        #expect(result.status == 64)
        #expect(result.stderr.contains("--region and --all-regions"))
    }
}
