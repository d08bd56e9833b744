/// Writes a ``DOTGraph`` as DOT text.
///
/// Every id and value is escaped by ``DOTEscaping``, so any organization name — quotes,
/// backslashes, `<`, `&`, newlines, `];`, `}`, any script — reaches Graphviz as written. The same
/// graph always gives the same bytes.
///
/// - Complexity: O(size of the output).
public enum DOTWriter {
    public static func write(_ graph: DOTGraph) -> String {
        var out = (graph.isDirected ? "digraph " : "graph ") + DOTEscaping.id(graph.name) + " {\n"
        let arrow = graph.isDirected ? " -> " : " -- "
        if !graph.attributes.isEmpty { out += "\tgraph" + list(graph.attributes) + ";\n" }
        if !graph.nodeDefaults.isEmpty { out += "\tnode" + list(graph.nodeDefaults) + ";\n" }
        if !graph.edgeDefaults.isEmpty { out += "\tedge" + list(graph.edgeDefaults) + ";\n" }
        let hasDefaultLabel = graph.nodeDefaults["label"] != nil
        for node in graph.nodes {
            var attributes = node.attributes
            // Graphviz's default label `\N` would show the encoded id: label such nodes explicitly.
            if !hasDefaultLabel, attributes["label"] == nil, DOTEscaping.idNeedsEncoding(node.id) {
                attributes["label"] = .text(node.id)
            }
            out += "\t" + DOTEscaping.id(node.id) + list(attributes) + ";\n"
        }
        for edge in graph.edges {
            out += "\t" + DOTEscaping.id(edge.source) + arrow + DOTEscaping.id(edge.target)
                + list(edge.attributes) + ";\n"
        }
        return out + "}\n"
    }

    /// An attribute name: bare when it is a plain DOT identifier (all of Graphviz's are), else quoted.
    private static func name(_ key: String) -> String {
        let isPlain = !key.isEmpty && key.unicodeScalars.allSatisfy { $0.isASCII && ($0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0)) }
            && !("0"..."9").contains(key.unicodeScalars.first ?? "0")
        return isPlain ? key : DOTEscaping.id(key)
    }

    /// ` [a="…", b="…"]`, sorted by name; empty when there are no attributes.
    private static func list(_ attributes: DOTAttributes) -> String {
        guard !attributes.isEmpty else { return "" }
        let items = attributes.keys.sorted().map { key in
            name(key) + "=" + (attributes[key]?.dot ?? "\"\"")
        }
        return " [" + items.joined(separator: ", ") + "]"
    }
}
