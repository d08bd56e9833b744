import Foundation

/// JSON node-link data, the shape of networkx's `node_link_data` and of D3 force layouts:
/// `{"directed", "multigraph", "graph", "nodes": [{"id", …}], "edges": [{"source", "target", …}]}`.
///
/// Reading accepts the link list under `edges` (networkx ≥ 3.4) or `links` (older networkx, D3);
/// ids as strings or numbers; `source`/`target` as ids, as D3's resolved node objects, or as
/// positions in `nodes` (networkx 1.x). networkx's multigraph `key` is dropped. Node members
/// `name` (or `label`), `sector`, `region`, `type`, `since`, `until` and link members `year`,
/// `kind`, `strength` (or `weight`), `stage` are matched ignoring case; the rest are kept as extra
/// attributes (numbers as written, arrays and objects as compact JSON).
///
/// Writing uses `edges` by default, which networkx 3.6's `node_link_graph(data)` reads with its
/// defaults (older networkx and D3 code expect `links`: pass ``EdgesKey/links``). Members are
/// sorted, one node or link per line; numbers are JSON numbers; empty attribute values (blank CSV
/// cells) are left out.
public enum NodeLinkJSON {
    /// The name of the link list.
    public enum EdgesKey: String, CaseIterable, Sendable {
        /// networkx ≥ 3.4 (`node_link_data(G)`), and what networkx 3.6 reads by default.
        case edges
        /// networkx < 3.4 and D3's convention.
        case links
    }

    // MARK: Reading

    /// Reads and validates node-link JSON.
    ///
    /// - Throws: ``DataError`` with every problem found when the data is invalid.
    /// - Complexity: O(n + m) in the size of the text.
    public static func read(_ data: Data, file: String, options: LoadOptions = LoadOptions()) throws -> LoadedNetwork {
        try records(data, file: file, maximumLinks: options.maximumLinks).network(options: options)
    }

    /// The records of node-link JSON; more than `maximumLinks` links are refused once the text is
    /// parsed, before any record is made.
    static func records(_ data: Data, file: String, maximumLinks: Int = .max) throws -> InterchangeRecords {
        let root: JSONValue
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.prefix(4).contains(0) {
            throw DataError([.error(file: file, line: 1, "the file is UTF-16 or UTF-32; expected UTF-8 JSON (save it as UTF-8)")])
        }
        do {
            root = try JSONValue.parse(bytes)
        } catch {
            throw DataError([.error(file: file, line: error.line,
                                    "JSON is not well-formed at column \(error.column): \(error.message)")])
        }
        var records = InterchangeRecords(file: file)
        guard case let .object(members, _) = root else {
            throw DataError([.error(file: file, line: 1, "the JSON is not an object; expected {\"nodes\": [...], \"edges\": [...]}")])
        }
        func member(_ key: String) -> JSONMember? { members.first { $0.key == key } }

        if let directed = member("directed") {
            guard case let .bool(value) = directed.value else {
                throw DataError([.error(file: file, line: directed.line, field: "directed", "expected true or false")])
            }
            records.declaresDirected = value
        }
        let isMultigraph = member("multigraph")?.value == .bool(true)
        guard let nodesMember = member("nodes") else {
            throw DataError([.error(file: file, line: 1, field: "nodes", "no \"nodes\" array; expected node-link JSON as networkx's node_link_data writes it")])
        }
        guard case let .array(nodes, _) = nodesMember.value else {
            throw DataError([.error(file: file, line: nodesMember.line, field: "nodes", "\"nodes\" is not an array")])
        }
        let linkLists = ["edges", "links"].compactMap(member)
        var links: [JSONValue] = []
        switch linkLists.count {
        case 0:
            records.problems.append(.warning(file: file, line: 1, field: "edges",
                                             "no \"edges\" or \"links\" array; the network has no ties"))
        default:
            let nonEmpty = linkLists.filter { if case let .array(items, _) = $0.value { !items.isEmpty } else { true } }
            if nonEmpty.count > 1 {
                throw DataError([.error(file: file, line: nonEmpty[1].line, field: nonEmpty[1].key,
                                        "both \"edges\" and \"links\" hold links; expected one of them")])
            }
            let chosen = nonEmpty.first ?? linkLists[0]
            guard case let .array(items, _) = chosen.value else {
                throw DataError([.error(file: file, line: chosen.line, field: chosen.key, "\"\(chosen.key)\" is not an array")])
            }
            if items.count > maximumLinks {
                throw DataError([LinkLimit.problem(file: file, line: items[maximumLinks].line ?? chosen.line,
                                                   maximum: maximumLinks)])
            }
            links = items
        }

        var ids: [String] = []
        for node in nodes {
            guard case let .object(fields, line) = node else {
                records.problems.append(.error(file: file, line: nodesMember.line, field: "nodes", "a node is not an object"))
                continue
            }
            guard let idValue = fields.first(where: { $0.key == "id" })?.value, let id = identifier(idValue) else {
                records.problems.append(.error(file: file, line: line, field: "id", "a node has no \"id\" (a string or a number)"))
                continue
            }
            ids.append(id)
            records.organizations.append(OrganizationRecord(line: line, id: id, values: values(fields, skipping: ["id"])))
        }
        let knownIDs = Set(ids)
        for link in links {
            guard case let .object(fields, line) = link else {
                records.problems.append(.error(file: file, line: link.line, field: "edges", "a link is not an object"))
                continue
            }
            var ends: [String] = []
            for end in ["source", "target"] {
                guard let value = fields.first(where: { $0.key == end })?.value,
                      let id = endpoint(value, ids: ids, known: knownIDs) else {
                    records.problems.append(.error(file: file, line: line, field: end, "a link has no \"\(end)\" id"))
                    continue
                }
                ends.append(id)
            }
            guard ends.count == 2 else { continue }
            let skipped: Set<String> = isMultigraph ? ["source", "target", "key"] : ["source", "target"]
            records.links.append(LinkRecord(line: line, source: ends[0], target: ends[1],
                                            values: values(fields, skipping: skipped)))
        }
        return records
    }

    /// A node id: a string, or a number as written.
    private static func identifier(_ value: JSONValue) -> String? {
        switch value {
        case let .string(text), let .number(text): text
        default: nil
        }
    }

    /// A link end: an id, a D3 node object, or (networkx 1.x) a position in `nodes`.
    private static func endpoint(_ value: JSONValue, ids: [String], known: Set<String>) -> String? {
        if case .object = value, let id = value["id"] { return identifier(id) }
        guard let id = identifier(value) else { return nil }
        if case .number = value, !known.contains(id), let index = Int(id), ids.indices.contains(index) {
            return ids[index]
        }
        return id
    }

    private static func values(_ fields: [JSONMember], skipping: Set<String>) -> [String: String] {
        var values: [String: String] = [:]
        for field in fields where !skipping.contains(field.key) {
            if let text = field.value.text { values[field.key] = text }
        }
        return values
    }

    // MARK: Writing

    /// The node-link JSON for `network`.
    ///
    /// - Parameters:
    ///   - isDirected: the `directed` flag; defaults to the network's direction.
    ///   - edgesKey: the name of the link list.
    /// - Complexity: O(n + m) in the size of the network and its attributes.
    public static func write(_ network: PartnershipNetwork, isDirected: Bool? = nil,
                             edgesKey: EdgesKey = .edges) -> Data {
        let directed = isDirected ?? network.isDirected
        let links = network.links.map { link in
            var members: [(String, String)] = [("source", JSONText.quoted(link.source)),
                                               ("target", JSONText.quoted(link.target)),
                                               ("strength", CSVWriter.number(link.strength))]
            if let year = link.year { members.append(("year", String(year))) }
            if let kind = link.kind { members.append(("kind", JSONText.quoted(kind))) }
            if let stage = link.stage { members.append(("stage", JSONText.quoted(stage.name))) }
            members += link.attributes.filter { !$0.value.isEmpty }.map { ($0.key, JSONText.quoted($0.value)) }
            return JSONText.object(members)
        }
        let nodes = network.organizations.map { organization in
            var members: [(String, String)] = [("id", JSONText.quoted(organization.id)),
                                               ("name", JSONText.quoted(organization.name)),
                                               ("sector", JSONText.quoted(organization.sector.name)),
                                               ("region", JSONText.quoted(organization.region.name))]
            if let type = organization.type { members.append(("type", JSONText.quoted(type))) }
            if let since = organization.since { members.append(("since", String(since))) }
            if let until = organization.until { members.append(("until", String(until))) }
            members += organization.attributes.filter { !$0.value.isEmpty }.map { ($0.key, JSONText.quoted($0.value)) }
            return JSONText.object(members)
        }
        func list(_ items: [String]) -> String {
            items.isEmpty ? "[]" : "[\n    " + items.joined(separator: ",\n    ") + "\n  ]"
        }
        let top: [(String, String)] = [
            ("directed", String(directed)),
            (edgesKey.rawValue, list(links)),
            ("graph", "{}"),
            ("multigraph", String(hasParallelLinks(network.links, isDirected: directed))),
            ("nodes", list(nodes)),
        ]
        let body = top.sorted { $0.0 < $1.0 }.map { "  \(JSONText.quoted($0.0)): \($0.1)" }
        return Data(("{\n" + body.joined(separator: ",\n") + "\n}\n").utf8)
    }

    /// Whether two link rows join the same pair (in either order when undirected), so a reader
    /// needs a multigraph to keep them apart.
    static func hasParallelLinks(_ links: [Link], isDirected: Bool) -> Bool {
        struct Pair: Hashable { let a: String, b: String }
        var seen = Set<Pair>()
        for link in links {
            let pair = isDirected || link.source <= link.target
                ? Pair(a: link.source, b: link.target) : Pair(a: link.target, b: link.source)
            if !seen.insert(pair).inserted { return true }
        }
        return false
    }
}
