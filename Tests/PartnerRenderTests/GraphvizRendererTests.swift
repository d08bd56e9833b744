import Foundation
import Testing
@testable import PartnerRender

@Suite("GraphvizRenderer")
struct GraphvizRendererTests {
    static let triangle = """
        graph T { graph [start=1, dpi=72]; node [shape=circle, width=0.5, fixedsize=true]; \
        a -- b; b -- c; c -- a; }
        """

    @Test("SVG output is well-formed and has one group per node and edge")
    func svg() throws {
        let data = try GraphvizRenderer.render(dot: Self.triangle, engine: .neato, format: .svg)
        let svg = try SVGDocument(data)
        #expect(svg.nodes.map(\.title).sorted() == ["a", "b", "c"])
        #expect(svg.edges.count == 3)
    }

    @Test("PNG output has the PNG signature and the drawing's size at the graph's dpi")
    func png() throws {
        let svg = try SVGDocument(GraphvizRenderer.render(dot: Self.triangle, format: .svg))
        let png = try GraphvizRenderer.render(dot: Self.triangle, format: .png)
        let size = try #require(pngDimensions(png))
        // At dpi=72 one point is one pixel: the PNG is as large as the SVG's width and height in pt.
        let width = try #require(Double(svg.width.replacingOccurrences(of: "pt", with: "")))
        let height = try #require(Double(svg.height.replacingOccurrences(of: "pt", with: "")))
        #expect(abs(Double(size.width) - width) <= 1)
        #expect(abs(Double(size.height) - height) <= 1)
        #expect(size.width > 50 && size.height > 50)
    }

    @Test("PDF output has a PDF header, an end-of-file marker and a fixed creation date")
    func pdf() throws {
        let pdf = try GraphvizRenderer.render(dot: Self.triangle, format: .pdf)
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(text.hasPrefix("%PDF-1."))
        #expect(text.contains("%%EOF"))
        #expect(text.contains("/CreationDate (D:20000101000000Z"))
    }

    @Test("every format renders the same bytes twice", arguments: [GraphvizFormat.svg, .png, .pdf, .dot, .json])
    func deterministic(format: GraphvizFormat) throws {
        let first = try GraphvizRenderer.render(dot: Self.triangle, engine: .neato, format: format)
        let second = try GraphvizRenderer.render(dot: Self.triangle, engine: .neato, format: format)
        #expect(first == second)
        #expect(!first.isEmpty)
    }

    @Test("a PDF date is overwritten in place, keeping every byte offset")
    func pdfDateFix() {
        let original = "1 0 obj << /Producer (cairo) /CreationDate (D:20261123183012+01'00) /ModDate (D:20261123183012+01'00) >>\nxref"
        let fixed = String(decoding: PDFDates.fixed(Data(original.utf8)), as: UTF8.self)
        #expect(fixed.utf8.count == original.utf8.count)
        #expect(fixed == "1 0 obj << /Producer (cairo) /CreationDate (D:20000101000000Z     ) /ModDate (D:20000101000000Z     ) >>\nxref")
    }

    @Test("malformed DOT is a typed error carrying Graphviz's syntax message, and the parser recovers")
    func malformed() throws {
        let error = try #require(throws: GraphvizError.self) {
            try GraphvizRenderer.render(dot: "graph {\n a -- ;\n}", format: .svg)
        }
        #expect(error.kind == .malformedDOT)
        #expect(error.description.contains("syntax error in line 2"))
        // The next parse starts clean.
        let data = try GraphvizRenderer.render(dot: Self.triangle, format: .svg)
        #expect(try SVGDocument(data).nodes.count == 3)
    }

    @Test("text after the first graph is ignored and never leaks into the next parse")
    func trailingText() throws {
        _ = try GraphvizRenderer.render(dot: "graph { a -- b } graph { x -- y }\n\n", format: .canon)
        let next = try SVGDocument(GraphvizRenderer.render(dot: "graph { c }", format: .svg))
        #expect(next.nodes.map(\.title) == ["c"])
        _ = try GraphvizRenderer.render(dot: "graph { a } junk", format: .canon)
        let error = try #require(throws: GraphvizError.self) {
            try GraphvizRenderer.render(dot: "graph {\n a -- ;\n}", format: .svg)
        }
        #expect(error.description.contains("syntax error in line 2 near ';'"))
    }

    @Test("empty text is malformed DOT")
    func empty() throws {
        let error = try #require(throws: GraphvizError.self) { try GraphvizRenderer.render(dot: "", format: .svg) }
        #expect(error.kind == .malformedDOT)
        #expect(error.description.contains("holds no graph"))
    }

    @Test("an unknown engine is reported with the engines Graphviz offers")
    func unknownEngine() throws {
        let error = try #require(throws: GraphvizError.self) {
            try GraphvizRenderer.render(dot: Self.triangle, engine: GraphvizEngine("spring"), format: .svg)
        }
        #expect(error.kind == .unknownEngine)
        #expect(error.subject == "spring")
        #expect(error.description.contains("not recognized"))
        #expect(error.description.contains("neato"))
    }

    @Test("an unknown format is reported")
    func unknownFormat() throws {
        let error = try #require(throws: GraphvizError.self) {
            try GraphvizRenderer.render(dot: Self.triangle, format: GraphvizFormat("docx"))
        }
        #expect(error.kind == .unknownFormat)
        #expect(error.description.contains("docx"))
    }

    @Test("display and GD formats are refused before Graphviz sees them",
          arguments: ["x11", "xlib", "gtk", "gd", "gd2", "png:gd", "X11"])
    func refused(format: String) throws {
        let error = try #require(throws: GraphvizError.self) {
            try GraphvizRenderer.render(dot: Self.triangle, format: GraphvizFormat(format))
        }
        #expect(error.kind == .refusedFormat)
    }

    @Test("warnings come back with the output")
    func warnings() throws {
        let output = try GraphvizRenderer.renderWithWarnings(
            dot: "graph { a [shape=nosuchshape]; a -- b }", engine: .neato, format: .svg)
        #expect(output.warnings.contains { $0.contains("nosuchshape") })
        #expect(try SVGDocument(output.data).nodes.count == 2)
    }

    @Test("the installed engines include every map engine")
    func engines() throws {
        let available = try GraphvizRenderer.availableEngines()
        for engine in GraphvizEngine.mapEngines + [.nop] {
            #expect(available.contains(engine.rawValue))
        }
    }

    @Test("32 concurrent renders from Swift tasks all succeed and match sequential renders")
    func concurrent() async throws {
        let network = TestNetworks.quebec
        let style = MapStyle(network: network)
        let regions = network.regions
        let jobs: [(dot: String, format: GraphvizFormat)] = (0..<32).map { i in
            var jobStyle = style
            jobStyle.seed = i % 4 + 1
            let snapshot = network.snapshot(region: regions[i % regions.count], includeBoundary: i % 3 == 0)
            let formats: [GraphvizFormat] = [.svg, .json, .svg, .png]
            return (CollaborationMap(snapshot: snapshot, style: jobStyle).dot(), formats[i % 4])
        }
        let expected = try jobs.map { try GraphvizRenderer.render(dot: $0.dot, format: $0.format) }
        let results = try await withThrowingTaskGroup(of: (Int, Data).self) { group in
            for (i, job) in jobs.enumerated() {
                group.addTask { (i, try GraphvizRenderer.render(dot: job.dot, format: job.format)) }
            }
            var results = [Data](repeating: Data(), count: jobs.count)
            for try await (i, data) in group { results[i] = data }
            return results
        }
        #expect(results == expected)
        #expect(results.allSatisfy { !$0.isEmpty })
    }
}
