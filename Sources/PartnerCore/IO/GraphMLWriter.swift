import Foundation

/// Writes a network as GraphML that yEd, Gephi and networkx (`read_graphml`) open.
///
/// Organizations are `<node>`s with data `name`, `sector`, `region`, `type`, `since`, `until`
/// and their extra attributes; every link row is one `<edge>` with `year`, `kind`, `strength`,
/// `stage` and its extra attributes — so several kinds or years of one pair are parallel edges.
/// Keys are declared with types (`int` years, `double` strength, `string` otherwise) and only for
/// fields some element uses; an empty attribute value (a blank CSV cell) is no value and is left out. Output is deterministic: network order, keys sorted by name.
public enum GraphMLWriter {
    /// The GraphML namespace.
    public static let namespace = "http://graphml.graphdrawing.org/xmlns"

    /// The GraphML document for `network`.
    ///
    /// - Parameters:
    ///   - isDirected: writes `edgedefault="directed"`; defaults to the network's direction.
    ///   - file: the output path, named in problem reports.
    /// - Throws: ``DataError`` when a value holds a control character XML 1.0 cannot carry.
    /// - Complexity: O(n + m) in the size of the network and its attributes.
    public static func write(_ network: PartnershipNetwork, isDirected: Bool? = nil,
                             file: String = "output.graphml") throws -> Data {
        var checker = XMLValueChecker(file: file)
        let nodeKeys = KeyTable(domain: "node", standard: [
            ("name", "string", { $0.name }),
            ("sector", "string", { $0.sector.name }),
            ("region", "string", { $0.region.name }),
            ("type", "string", { $0.type }),
            ("since", "int", { $0.since.map(String.init) }),
            ("until", "int", { $0.until.map(String.init) }),
        ], rows: network.organizations, attributes: \.attributes, firstID: 0)
        let edgeKeys = KeyTable(domain: "edge", standard: [
            ("year", "int", { $0.year.map(String.init) }),
            ("kind", "string", { $0.kind }),
            ("strength", "double", { CSVWriter.number($0.strength) }),
            ("stage", "string", { $0.stage?.name }),
        ], rows: network.links, attributes: \.attributes, firstID: nodeKeys.keys.count)

        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="\(namespace)" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="\(namespace) http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        out += nodeKeys.declarations(checker: &checker) + edgeKeys.declarations(checker: &checker)
        let directed = isDirected ?? network.isDirected
        out += "  <graph id=\"G\" edgedefault=\"\(directed ? "directed" : "undirected")\">\n"
        for organization in network.organizations {
            checker.check(organization.id, field: "id", owner: "organization id '\(organization.id)'")
            out += "    <node id=\"\(XMLText.attribute(organization.id))\">"
            out += nodeKeys.data(for: organization, checker: &checker, owner: "organization '\(organization.id)'")
            out += "</node>\n"
        }
        for (index, link) in network.links.enumerated() {
            out += "    <edge id=\"e\(index)\" source=\"\(XMLText.attribute(link.source))\" target=\"\(XMLText.attribute(link.target))\">"
            out += edgeKeys.data(for: link, checker: &checker, owner: "link \(link.source) – \(link.target)")
            out += "</edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        try checker.throwIfNeeded()
        return Data(out.utf8)
    }

    /// The `<key>`s of one domain (node or edge): the standard fields some row has, then every
    /// extra attribute name, sorted.
    private struct KeyTable<Row> {
        struct Key {
            var id: String
            var domain: String
            var name: String
            var type: String
            var value: (Row) -> String?
        }

        var keys: [Key] = []

        init(domain: String, standard: [(String, String, (Row) -> String?)], rows: [Row],
             attributes: KeyPath<Row, [String: String]>, firstID: Int) {
            var next = firstID
            for (name, type, value) in standard where rows.contains(where: { value($0) != nil }) {
                keys.append(Key(id: "d\(next)", domain: domain, name: name, type: type, value: value))
                next += 1
            }
            let extraNames = Set(rows.flatMap { $0[keyPath: attributes].filter { !$0.value.isEmpty }.keys }).sorted()
            for name in extraNames {
                keys.append(Key(id: "d\(next)", domain: domain, name: name, type: "string",
                                value: { $0[keyPath: attributes][name].flatMap { $0.isEmpty ? nil : $0 } }))
                next += 1
            }
        }

        func declarations(checker: inout XMLValueChecker) -> String {
            var out = ""
            for key in keys {
                checker.check(key.name, field: "attribute", owner: "attribute name '\(key.name)'")
                out += "  <key id=\"\(key.id)\" for=\"\(key.domain)\" attr.name=\"\(XMLText.attribute(key.name))\" attr.type=\"\(key.type)\"/>\n"
            }
            return out
        }

        func data(for row: Row, checker: inout XMLValueChecker, owner: String) -> String {
            var out = ""
            for key in keys {
                guard let value = key.value(row) else { continue }
                checker.check(value, field: key.name, owner: "\(owner): \(key.name)")
                out += "<data key=\"\(key.id)\">\(XMLText.content(value))</data>"
            }
            return out
        }
    }
}
