import CGraphviz
import Foundation

/// Bytes Graphviz rendered, with the warnings it printed while doing so.
public struct GraphvizOutput: Sendable {
    public var data: Data
    /// Graphviz's warnings ("Warning: … ", one per line); empty for a clean run.
    public var warnings: [String]
}

/// Lays out and renders DOT text in-process through Graphviz's C library (libcgraph + libgvc) —
/// never by running the `dot` program.
///
/// Every call parses the text (`agmemread`), lays it out (`gvLayout`), renders it to memory
/// (`gvRenderData`) and frees everything (`gvFreeRenderData`, `gvFreeLayout`, `agclose`), all while
/// holding the process-wide Graphviz lock: Graphviz is not thread-safe, so concurrent callers from
/// Swift tasks are served one at a time. The API is synchronous on purpose.
///
/// - Complexity: dominated by the layout engine — for neato, stress majorization is O(n²) per
///   iteration; on this machine a 300-node, 1,200-tie network takes ≈0.2 s with neato, 5 s with fdp.
public enum GraphvizRenderer {
    /// Lays out `dot` with `engine` and renders it as `format`.
    ///
    /// PDF output is made reproducible: cairo's `/CreationDate` (the wall clock) is replaced with a
    /// fixed date of the same length, so byte offsets in the cross-reference table stay valid.
    ///
    /// - Throws: ``GraphvizError`` with Graphviz's own message for malformed DOT, an unknown engine,
    ///   an unknown or refused format, or empty output.
    public static func render(dot: String, engine: GraphvizEngine = .neato,
                              format: GraphvizFormat = .svg) throws(GraphvizError) -> Data {
        try renderWithWarnings(dot: dot, engine: engine, format: format).data
    }

    /// ``render(dot:engine:format:)``, also returning the warnings Graphviz printed.
    public static func renderWithWarnings(dot: String, engine: GraphvizEngine = .neato,
                                          format: GraphvizFormat = .svg) throws(GraphvizError) -> GraphvizOutput {
        if format.isRefused { throw GraphvizError(.refusedFormat, subject: format.rawValue) }
        let (bytes, messages) = try GraphvizLock.withContext { gvc throws(GraphvizError) -> Data in
            try withLayout(of: dot, engine: engine, context: gvc) { graph throws(GraphvizError) -> Data in
                var buffer: UnsafeMutablePointer<CChar>?
                var length: UInt32 = 0
                let status = gvRenderData(gvc, graph, format.rawValue, &buffer, &length)
                // On an unknown format gvRenderData returns −1 and still leaves a malloc'd buffer.
                defer { if let buffer { gvFreeRenderData(buffer) } }
                guard status == 0 else { throw GraphvizError(.unknownFormat, subject: format.rawValue) }
                guard let buffer, length > 0 else { throw GraphvizError(.emptyOutput, subject: format.rawValue) }
                return Data(bytes: buffer, count: Int(length))
            }
        }
        let data = format.device == "pdf" ? PDFDates.fixed(bytes) : bytes
        return GraphvizOutput(data: data, warnings: messages)
    }

    /// Lays out `dot` with `engine` and returns every node's centre, in points, keyed by node name
    /// *as Graphviz reports it* — for DOT written by ``DOTWriter`` that is the id encoded by
    /// ``DOTEscaping/id(_:)``; ``layoutPositions(of:engine:)`` returns the ids themselves.
    ///
    /// - Throws: ``GraphvizError`` as ``render(dot:engine:format:)`` does.
    public static func layoutPositions(dot: String, engine: GraphvizEngine = .neato)
        throws(GraphvizError) -> [String: GraphvizPoint]
    {
        try GraphvizLock.withContext { gvc throws(GraphvizError) -> [String: GraphvizPoint] in
            try withLayout(of: dot, engine: engine, context: gvc) { graph in
                var positions: [String: GraphvizPoint] = [:]
                var node = pm_ag_first_node(graph)
                while let current = node {
                    if let name = pm_ag_name(current) {
                        positions[String(cString: name)] = GraphvizPoint(x: pm_node_x(current), y: pm_node_y(current))
                    }
                    node = pm_ag_next_node(graph, current)
                }
                return positions
            }
        }.value
    }

    /// Lays out `graph` with `engine` and returns every node's centre, in points, keyed by the
    /// graph's node ids — the coordinates ``DOTGraph/pinning(_:)`` takes to draw this graph, or any
    /// graph sharing its ids, at the same positions with the ``GraphvizEngine/nop`` engine.
    ///
    /// - Throws: ``GraphvizError`` as ``render(dot:engine:format:)`` does.
    public static func layoutPositions(of graph: DOTGraph, engine: GraphvizEngine = .neato)
        throws(GraphvizError) -> [String: GraphvizPoint]
    {
        let reported = try layoutPositions(dot: DOTWriter.write(graph), engine: engine)
        // The writer replaces U+FFFE/U+FFFF: map the names back to the ids as given.
        var idByName: [String: String] = [:]
        for node in graph.nodes {
            let name = DOTEscaping.reportedID(node.id)
            if idByName[name] == nil { idByName[name] = node.id }
        }
        var positions: [String: GraphvizPoint] = [:]
        for (name, point) in reported {
            let decoded = DOTEscaping.decodedID(name)
            positions[idByName[decoded] ?? decoded] = point
        }
        return positions
    }

    /// Names of the layout engines this Graphviz installation provides, sorted.
    public static func availableEngines() throws(GraphvizError) -> [String] {
        try GraphvizLock.withContext { gvc in layoutEngines(gvc) }.value
    }

    /// The layout engines of `gvc`, sorted. Must be called with the Graphviz lock held.
    private static func layoutEngines(_ gvc: OpaquePointer) -> [String] {
        var count: Int32 = 0
        guard let list = pm_gv_plugin_list(gvc, "layout", &count) else { return [] }
        defer { pm_gv_free_list(list, count) }
        return (0..<Int(count)).compactMap { list[$0].map { String(cString: $0) } }.sorted()
    }

    /// Parses and lays out `dot` (its first graph; anything after it is ignored), runs `body` on the laid-out graph, then frees the layout and the
    /// graph whatever happens. Must be called with the Graphviz lock held.
    private static func withLayout<T>(
        of dot: String, engine: GraphvizEngine, context gvc: OpaquePointer,
        _ body: (UnsafeMutablePointer<Agraph_t>) throws(GraphvizError) -> T
    ) throws(GraphvizError) -> T {
        let parsed = agmemread(dot)
        // Text after the first graph would otherwise be read by the next call (see the shim).
        pm_ag_flush_lexer()
        guard let graph = parsed else {
            let isBlank = dot.allSatisfy(\.isWhitespace)
            throw GraphvizError(.malformedDOT, messages: isBlank ? ["the text holds no graph"] : [])
        }
        defer { agclose(graph) }
        guard gvLayout(gvc, graph, engine.rawValue) == 0 else {
            _ = gvFreeLayout(gvc, graph)
            let isInstalled = layoutEngines(gvc).contains(engine.rawValue)
            throw GraphvizError(isInstalled ? .layoutFailed : .unknownEngine, subject: engine.rawValue)
        }
        // An engine that fails (nop without positions, …) still returns 0 from gvLayout after
        // reporting an error: without this check the "map" would be drawn from no layout at all.
        guard agerrors() == 0 else {
            _ = gvFreeLayout(gvc, graph)
            throw GraphvizError(.layoutFailed, subject: engine.rawValue)
        }
        defer { _ = gvFreeLayout(gvc, graph) }
        return try body(graph)
    }
}

/// A point in Graphviz's coordinate space: points (1/72 inch), y upwards.
public struct GraphvizPoint: Hashable, Sendable {
    public var x: Double
    public var y: Double
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}
