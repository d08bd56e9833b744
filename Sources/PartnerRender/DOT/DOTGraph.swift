/// A value of a DOT attribute, which decides how it is escaped (see ``DOTEscaping``).
public enum DOTValue: Hashable, Sendable {
    /// Text Graphviz shows (label, tooltip): shown exactly as written, newlines as line breaks.
    case text(String)
    /// A tooltip (SVG `xlink:title`): shown exactly as written, newlines as line breaks.
    case tooltip(String)
    /// A value Graphviz reads, not shows: a colour, a style, a shape.
    case literal(String)
    /// A number, written with at most three decimals.
    case number(Double)
    case bool(Bool)
    /// An HTML-like label, written between `<` and `>`. The content must already be well-formed
    /// (build it with ``DOTEscaping/html(_:)`` for every piece of text).
    case html(String)

    /// The value as it appears after `name=` in a DOT file.
    public var dot: String {
        switch self {
        case .text(let text): DOTEscaping.text(text)
        case .tooltip(let text): DOTEscaping.tooltip(text)
        case .literal(let value): DOTEscaping.literal(value)
        case .number(let value): DOTEscaping.number(value)
        case .bool(let value): value ? "true" : "false"
        case .html(let markup): "<" + markup.filter { $0 != "\0" } + ">"
        }
    }
}

/// Attributes of a graph, node or edge, written sorted by name so the output never depends on
/// insertion order.
public typealias DOTAttributes = [String: DOTValue]

/// A node statement: an id (any string) and its attributes.
public struct DOTNode: Hashable, Sendable {
    public var id: String
    public var attributes: DOTAttributes
    public init(id: String, attributes: DOTAttributes = [:]) {
        self.id = id
        self.attributes = attributes
    }
}

/// An edge statement between two node ids.
public struct DOTEdge: Hashable, Sendable {
    public var source: String
    public var target: String
    public var attributes: DOTAttributes
    public init(source: String, target: String, attributes: DOTAttributes = [:]) {
        self.source = source
        self.target = target
        self.attributes = attributes
    }
}

/// A graph ready to be written as DOT: pure Swift, usable without Graphviz.
///
/// Nodes and edges are written in the order they are stored (the layout engines depend on it, so
/// callers keep it deterministic); attributes sorted by name.
public struct DOTGraph: Hashable, Sendable {
    public var name: String
    public var isDirected: Bool
    public var attributes: DOTAttributes
    public var nodeDefaults: DOTAttributes
    public var edgeDefaults: DOTAttributes
    public var nodes: [DOTNode]
    public var edges: [DOTEdge]

    public init(name: String = "G", isDirected: Bool = false, attributes: DOTAttributes = [:],
                nodeDefaults: DOTAttributes = [:], edgeDefaults: DOTAttributes = [:],
                nodes: [DOTNode] = [], edges: [DOTEdge] = []) {
        self.name = name
        self.isDirected = isDirected
        self.attributes = attributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.nodes = nodes
        self.edges = edges
    }

    /// The same graph with every node found in `positions` pinned there (`pos="x,y!"`, points), and
    /// the graph set up for the ``GraphvizEngine/nop`` engine (`neato -n`) not to move the drawing
    /// (`notranslate`) nor run overlap removal again (`overlap=true`; `nop` would otherwise re-run
    /// it). Keys are node ids as given to this graph; render the result with `.nop`.
    ///
    /// Nodes missing from `positions` keep no position; `nop` needs one for every node, so callers
    /// pin the union of all graphs they want to compare (see
    /// ``GraphvizRenderer/layoutPositions(dot:engine:)``).
    public func pinning(_ positions: [String: GraphvizPoint]) -> DOTGraph {
        var copy = self
        copy.attributes["notranslate"] = .bool(true)
        copy.attributes["overlap"] = .literal("true")
        for i in copy.nodes.indices {
            guard let point = positions[copy.nodes[i].id] else { continue }
            copy.nodes[i].attributes["pos"] = .literal(
                DOTEscaping.number(point.x, decimals: 2) + "," + DOTEscaping.number(point.y, decimals: 2) + "!")
        }
        return copy
    }
}
