import Foundation

/// Reads GraphML (Brandes et al., "GraphML Progress Report", Graph Drawing 2001;
/// <http://graphml.graphdrawing.org/specification.html>) as written by yEd, Gephi and networkx.
///
/// - `<key>` declarations give each `<data>` its attribute name (`attr.name`, or the key id when
///   there is none) and type; `<default>` values fill in missing data.
/// - Node data `name` (or `label`), `sector`, `region`, `type`, `since`, `until`; edge data
///   `year`, `kind`, `strength` (or `weight`), `stage` — names matched ignoring case; everything
///   else is kept as extra attributes. yEd's node labels (`<y:NodeLabel>` inside a
///   `yfiles.type="nodegraphics"` key) name organizations that have no `name` data.
/// - `edgedefault` tells whether the file is directed; parallel edges are separate link rows.
/// - Nodes of nested graphs (yEd groups) are read as ordinary organizations, with a warning;
///   hyperedges cannot be partnerships and are skipped with a warning.
///
/// The result goes through the same validation as a CSV workspace.
public enum GraphMLReader {
    /// Reads and validates a GraphML document.
    ///
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - file: the path, used in problem reports.
    /// - Throws: ``DataError`` with every problem found when the data is invalid.
    /// - Complexity: O(n + m) in the size of the document.
    public static func read(_ data: Data, file: String, options: LoadOptions = LoadOptions()) throws -> LoadedNetwork {
        try LinkLimit.checkXMLEdges(data, file: file, maximum: options.maximumLinks)
        return try records(data, file: file).network(options: options)
    }

    /// A declared `<key>`.
    private struct Key {
        var name: String
        var domain: String
        var type: String
        var yFilesType: String?
        var defaultValue: String?
    }

    static func records(_ data: Data, file: String) throws -> InterchangeRecords {
        let root = try XMLTree.parse(data, file: file)
        var records = InterchangeRecords(file: file)
        guard root.name == "graphml" else {
            throw DataError([.error(file: file, line: root.line, field: root.name,
                                    "the root element is <\(root.name)>; expected <graphml>")])
        }
        let keys = readKeys(root, into: &records)
        let graphs = root.children(named: "graph")
        guard let graph = graphs.first else {
            throw DataError([.error(file: file, line: root.line, field: "graph",
                                    "no <graph> element; expected one inside <graphml>")])
        }
        if graphs.count > 1 {
            records.problems.append(.warning(file: file, line: graphs[1].line, field: "graph",
                                             "the file has \(graphs.count) graphs; only the first is read"))
        }
        let edgeDefault = graph.attributes["edgedefault"] ?? "undirected"
        switch edgeDefault {
        case "directed": records.declaresDirected = true
        case "undirected": records.declaresDirected = false
        default:
            records.problems.append(.error(file: file, line: graph.line, field: "edgedefault",
                                           "edgedefault '\(edgeDefault)' is not 'directed' or 'undirected'"))
        }
        var walker = GraphWalker(file: file, keys: keys, isDirected: edgeDefault == "directed")
        walker.walk(graph, depth: 0, into: &records)
        return records
    }

    private static func readKeys(_ root: XMLElementNode, into records: inout InterchangeRecords) -> [String: Key] {
        var keys: [String: Key] = [:]
        for element in root.children(named: "key") {
            guard let id = element.attributes["id"] else {
                records.problems.append(.error(file: records.file, line: element.line, field: "key",
                                               "a <key> has no id"))
                continue
            }
            if keys[id] != nil {
                records.problems.append(.error(file: records.file, line: element.line, field: "key",
                                               "key id '\(id)' is declared twice"))
                continue
            }
            keys[id] = Key(name: element.attributes["attr.name"] ?? id,
                           domain: element.attributes["for"] ?? "all",
                           type: element.attributes["attr.type"] ?? "string",
                           yFilesType: element.attributes["yfiles.type"],
                           defaultValue: element.child(named: "default")?.text)
        }
        return keys
    }

    /// Walks a `<graph>` (and graphs nested in nodes), turning nodes and edges into records.
    private struct GraphWalker {
        let file: String
        let keys: [String: Key]
        let isDirected: Bool
        var warnedNesting = false
        var warnedHyperedges = false
        var warnedMixedDirection = false
        var warnedTypes: Set<String> = []

        init(file: String, keys: [String: Key], isDirected: Bool) {
            self.file = file
            self.keys = keys
            self.isDirected = isDirected
        }

        mutating func walk(_ graph: XMLElementNode, depth: Int, into records: inout InterchangeRecords) {
            for element in graph.children {
                switch element.name {
                case "node": node(element, depth: depth, into: &records)
                case "edge": edge(element, into: &records)
                case "hyperedge":
                    if !warnedHyperedges {
                        warnedHyperedges = true
                        records.problems.append(.warning(file: file, line: element.line, field: "hyperedge",
                                                         "hyperedges join more than two organizations and are skipped"))
                    }
                default: break
                }
            }
        }

        private mutating func node(_ element: XMLElementNode, depth: Int, into records: inout InterchangeRecords) {
            guard let id = element.attributes["id"] else {
                records.problems.append(.error(file: file, line: element.line, field: "id",
                                               "a <node> has no id attribute"))
                return
            }
            var values = self.values(of: element, domain: "node", records: &records)
            if values["name"] == nil, values["label"] == nil, let label = yEdLabel(of: element) {
                values["label"] = label
            }
            records.organizations.append(OrganizationRecord(line: element.line, id: id, values: values))
            for nested in element.children(named: "graph") {
                if !warnedNesting {
                    warnedNesting = true
                    records.problems.append(.warning(file: file, line: nested.line, field: "graph",
                                                     "node '\(id)' holds a nested graph (a group); its nodes are read as ordinary organizations"))
                }
                walk(nested, depth: depth + 1, into: &records)
            }
        }

        private mutating func edge(_ element: XMLElementNode, into records: inout InterchangeRecords) {
            guard let source = element.attributes["source"], let target = element.attributes["target"] else {
                records.problems.append(.error(file: file, line: element.line,
                                               field: element.attributes["source"] == nil ? "source" : "target",
                                               "an <edge> lacks its source or target attribute"))
                return
            }
            if let directed = element.attributes["directed"], (directed == "true") != isDirected,
               !warnedMixedDirection {
                warnedMixedDirection = true
                records.problems.append(.warning(file: file, line: element.line, field: "directed",
                                                 "edges mix directed and undirected; all are read as \(isDirected ? "directed" : "undirected") (the graph's edgedefault)"))
            }
            let values = self.values(of: element, domain: "edge", records: &records)
            records.links.append(LinkRecord(line: element.line, source: source, target: target, values: values))
        }

        /// The element's `<data>`, by attribute name, with the defaults of keys it lacks.
        private mutating func values(of element: XMLElementNode, domain: String,
                                     records: inout InterchangeRecords) -> [String: String] {
            var values: [String: String] = [:]
            for data in element.children(named: "data") {
                guard let keyID = data.attributes["key"], let key = keys[keyID] else {
                    records.problems.append(.error(file: file, line: data.line, field: "key",
                                                   "<data key=\"\(data.attributes["key"] ?? "")\"> refers to no declared <key>"))
                    continue
                }
                guard key.yFilesType == nil else { continue }
                checkType(data.text, key: key, line: data.line, records: &records)
                values[key.name] = data.text
            }
            for key in keys.values where key.yFilesType == nil && (key.domain == domain || key.domain == "all") {
                if values[key.name] == nil, let value = key.defaultValue { values[key.name] = value }
            }
            return values
        }

        /// Warns (once per key) when a value does not match its declared `attr.type`.
        private mutating func checkType(_ text: String, key: Key, line: Int, records: inout InterchangeRecords) {
            let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
            let fits: Bool = switch key.type {
            case "int", "long": Int(value) != nil
            case "float", "double": Double(value) != nil
            case "boolean": ["true", "false", "1", "0"].contains(value.lowercased())
            default: true
            }
            if !fits, !warnedTypes.contains(key.name) {
                warnedTypes.insert(key.name)
                records.problems.append(.warning(file: file, line: line, field: key.name,
                                                 "'\(text)' is not a valid \(key.type), the type its <key> declares"))
            }
        }

        /// The text of yEd's first `<y:NodeLabel>` in the node's graphics data.
        private func yEdLabel(of element: XMLElementNode) -> String? {
            for data in element.children(named: "data") {
                guard let keyID = data.attributes["key"], keys[keyID]?.yFilesType == "nodegraphics",
                      let label = data.firstDescendant(named: "NodeLabel") else { continue }
                let text = label.text.trimmingCharacters(in: .whitespacesAndNewlines)
                if !text.isEmpty { return text }
            }
            return nil
        }
    }
}
