import Foundation
import PartnerCore
import Testing
@testable import PartnerRender

/// Graphviz failures come back as errors with Graphviz's own message, and one failed map does not
/// stop the others.
@Suite("Graphviz failures")
struct GraphvizFailureTests {
    @Test("a layout that fails is an error with Graphviz's message, not a map drawn from nothing")
    func layoutFailure() throws {
        // nop keeps given positions; without any, neato reports an error but gvLayout returns 0.
        let error = try #require(throws: GraphvizError.self) {
            try GraphvizRenderer.render(dot: "graph { a -- b }", engine: .nop, format: .svg)
        }
        #expect(error.kind == .layoutFailed)
        #expect(error.subject == "nop")
        #expect(error.description.contains("node a in graph"))
        #expect(error.description.contains("has no position"))
        // The next call starts clean: the error does not stick to Graphviz's state.
        #expect(try GraphvizRenderer.render(dot: "graph { a -- b }", engine: .neato, format: .svg).count > 500)
    }

    @Test("an empty render is an error naming the format")
    func emptyRender() throws {
        // A point 10³⁰⁰ units away gives cairo a canvas it cannot make: no PNG bytes at all.
        let error = try #require(throws: GraphvizError.self) {
            try GraphvizRenderer.render(dot: "graph { a [pos=\"1e300,1\"]; b [pos=\"1,1\"]; a -- b }",
                                        engine: .nop, format: .png)
        }
        #expect(error.kind == .emptyOutput)
        #expect(error.description == "Graphviz produced no png output")
    }

    @Test("one region's map failing leaves the others drawn, each failure named")
    func eachRegionGoesOn() throws {
        let network = TestNetworks.quebec
        var maps = MapSet(network: network, request: MapRequest(scope: .allRegions))
        #expect(maps.maps.count >= 2)
        maps.maps[0].map.style.engine = GraphvizEngine("spring")  // not installed
        let last = maps.maps.count - 1
        maps.maps[last].map.style.engine = .nop                     // no positions to keep
        let (rendered, failures) = maps.renderEach()
        #expect(rendered.map(\.fileName) == maps.maps.dropFirst().dropLast().map(\.fileName))
        #expect(rendered.allSatisfy { $0.data.count > 1000 })
        #expect(failures.map(\.map.fileName) == [maps.maps[0].fileName, maps.maps[last].fileName])
        #expect(failures.map(\.error.kind) == [.unknownEngine, .layoutFailed])
        #expect(failures[0].error.description.contains("\"spring\" not recognized"))
        #expect(failures[1].error.description.contains("has no position"))
        // render() still stops at the first failure, for callers that want all or nothing.
        #expect(throws: GraphvizError.self) { try maps.render() }
    }
}
