import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import FuzzSupport
import PartnerCore
import PartnerRender

/// Input: up to eight strings separated by 0x1F — three organization ids, their name, sector,
/// region, a tie kind and a map title. The collaboration map of those organizations goes through
/// our DOT writer and Graphviz's parser in-process; checks that Graphviz reads back every id exactly
/// (escaping is lossless), and that the SVG it draws is well-formed XML (markup in names stays text).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDOT(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    guard count <= 4096 else { return -1 }  // longer names test nothing more, and slow the layout
    var parts = bytes.split(separator: 0x1F, omittingEmptySubsequences: false)
        .map { String(decoding: $0, as: UTF8.self) }
    while parts.count < 8 { parts.append("x\(parts.count)") }
    var ids = Array(parts[0..<3])
    // Ids are unique and non-empty in a network that loaded (the readers see to it).
    for i in ids.indices where ids[i].isEmpty || ids[..<i].contains(ids[i]) { ids[i] += "#\(i)" }
    let organizations = ids.enumerated().map { index, id in
        Organization(id: id, name: index == 0 ? parts[3] : id, sector: Sector(index == 1 ? parts[4] : "health"),
                     region: Region(parts[5]))
    }
    let links = [Link(source: ids[0], target: ids[1], kind: parts[6]), Link(source: ids[1], target: ids[2])]
    let network = PartnershipNetwork(organizations: organizations, links: links)
    let map = CollaborationMap(snapshot: network.snapshot(), style: MapStyle(network: network), title: parts[7])
    let graph = map.dotGraph()

    let positions: [String: GraphvizPoint]
    do {
        positions = try GraphvizRenderer.layoutPositions(of: graph, engine: .dot)
    } catch {
        fatalError("Graphviz could not read our DOT: \(error)\n\(DOTWriter.write(graph))")
    }
    let expected = Set(graph.nodes.map(\.id))
    guard Set(positions.keys) == expected else {
        fatalError("ids changed on the way through Graphviz: \(expected.sorted()) became \(positions.keys.sorted())")
    }

    let svg: Data
    do {
        svg = try GraphvizRenderer.render(dot: DOTWriter.write(graph), engine: .dot, format: .svg)
    } catch {
        fatalError("Graphviz could not draw our DOT: \(error)")
    }
    let parser = XMLParser(data: svg)
    parser.shouldResolveExternalEntities = false
    guard parser.parse() else {
        fatalError("the SVG is not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "?")\n"
                   + String(decoding: svg, as: UTF8.self))
    }
    return 0
}

/// The entry point SwiftPM links as `main`: libFuzzer's driver with this target's function.
@_cdecl("FuzzDOT_main")
public func fuzzDOTMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzDOT)
}
