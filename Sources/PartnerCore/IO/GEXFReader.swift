import Foundation

/// Reads GEXF 1.1–1.3 (<https://gexf.net>) as written by Gephi, networkx and ``GEXFWriter``.
///
/// - Node `label` (or a `name` attribute) is the organization's name; attributes are matched by
///   their `title`: `sector`, `region`, `type` …, as in the other formats.
/// - Time: a node's `start`/`end` (or its spells' extent) are the organization's `since`/`until`;
///   an edge's spells, `start`/`end`, `timestamp(s)` or `intervals` give its survey years — one link
///   row per year, each interval expanded to the whole years it covers (open ends stop at the
///   file's first and last year). Dynamic attribute values (`<attvalue start end>`) give each year
///   the value that held then. `integer`, `double`, `date` and `dateTime` time formats are read.
/// - An edge's `weight` is the strength when no `strength` attribute is given; its native `kind`
///   the kind when no `kind` attribute is.
/// - Hierarchical nodes (nodes inside nodes) are read as ordinary organizations, with a warning.
///
/// The result goes through the same validation as a CSV workspace.
public enum GEXFReader {
    /// Longest time span an edge may cover, in years: guards against expanding a spell such as
    /// [0, 2147483647] into billions of link rows.
    static let maximumSpan = 1000

    /// Reads and validates a GEXF document.
    ///
    /// - Throws: ``DataError`` with every problem found when the data is invalid.
    /// - Complexity: O(n + m·y) for m edges present in y years each.
    public static func read(_ data: Data, file: String, options: LoadOptions = LoadOptions()) throws -> LoadedNetwork {
        try LinkLimit.checkXMLEdges(data, file: file, maximum: options.maximumLinks)
        return try records(data, file: file).network(options: options)
    }

    /// A declared `<attribute>`.
    private struct Attribute {
        var title: String
        var defaultValue: String?
    }

    static func records(_ data: Data, file: String) throws -> InterchangeRecords {
        let root = try XMLTree.parse(data, file: file)
        var records = InterchangeRecords(file: file)
        guard root.name == "gexf" else {
            throw DataError([.error(file: file, line: root.line, field: root.name,
                                    "the root element is <\(root.name)>; expected <gexf>")])
        }
        guard let graph = root.child(named: "graph") else {
            throw DataError([.error(file: file, line: root.line, field: "graph",
                                    "no <graph> element; expected one inside <gexf>")])
        }
        let edgeType = graph.attributes["defaultedgetype"] ?? "undirected"
        switch edgeType {
        case "directed": records.declaresDirected = true
        case "undirected", "mutual": records.declaresDirected = false
        default:
            records.problems.append(.error(file: file, line: graph.line, field: "defaultedgetype",
                                           "defaultedgetype '\(edgeType)' is not directed, undirected or mutual"))
        }
        var nodeAttributes: [String: Attribute] = [:]
        var edgeAttributes: [String: Attribute] = [:]
        for declarations in graph.children(named: "attributes") {
            var table: [String: Attribute] = [:]
            for element in declarations.children(named: "attribute") {
                guard let id = element.attributes["id"] else {
                    records.problems.append(.error(file: file, line: element.line, field: "attribute",
                                                   "an <attribute> has no id"))
                    continue
                }
                table[id] = Attribute(title: element.attributes["title"] ?? id,
                                      defaultValue: element.child(named: "default")?.text)
            }
            switch declarations.attributes["class"] {
            case "node": nodeAttributes.merge(table) { _, new in new }
            case "edge": edgeAttributes.merge(table) { _, new in new }
            default: break
            }
        }
        var reader = ElementReader(file: file, clock: Clock(format: graph.attributes["timeformat"] ?? "double"),
                                   isDirected: edgeType == "directed")
        let nodes = reader.flattenedNodes(graph, records: &records)
        let edges = graph.child(named: "edges")?.children(named: "edge") ?? []
        reader.findTimeBounds(graph: graph, nodes: nodes, edges: edges)
        for node in nodes {
            reader.node(node, attributes: nodeAttributes, into: &records)
        }
        for edge in edges {
            reader.edge(edge, attributes: edgeAttributes, into: &records)
        }
        return records
    }

    /// Reads GEXF time values as whole years.
    struct Clock {
        let format: String

        /// The year of a time value (`2021`, `2021.0`, `2021-06-30`, `2021-06-30T12:00:00`);
        /// `nil` when it is not one. Fractional values count in the year they fall in.
        func year(_ text: String) -> Int? {
            let value = text.trimmingCharacters(in: .whitespaces)
            if format == "date" || format == "dateTime" || value.count >= 10 && value.dropFirst(4).first == "-" {
                return Int(value.prefix(4))
            }
            if let whole = Int(value) { return whole }
            if let number = Double(value), number.isFinite, abs(number) < 1e9 { return Int(number.rounded(.down)) }
            return nil
        }

        /// Whether `text` is an open bound (Gephi writes `-Infinity` and `Infinity`).
        func isInfinite(_ text: String) -> Bool {
            let value = text.trimmingCharacters(in: .whitespaces).lowercased()
            return value == "infinity" || value == "-infinity" || value == "+infinity" || value == "inf" || value == "-inf"
        }
    }

    /// A time interval in whole years; `nil` bounds are open.
    struct YearSpan: Equatable {
        var start: Int?
        var end: Int?
    }

    /// Reads nodes and edges, resolving time and attribute values.
    private struct ElementReader {
        let file: String
        let clock: Clock
        let isDirected: Bool
        /// First and last year mentioned anywhere, for expanding open intervals.
        var firstYear: Int?
        var lastYear: Int?
        /// Whether some edge has time information (then edges without any are there every year).
        var hasTimedEdges = false
        var warnedNesting = false
        var warnedMixedDirection = false
        var warnedDynamicNodeValues = false

        init(file: String, clock: Clock, isDirected: Bool) {
            self.file = file
            self.clock = clock
            self.isDirected = isDirected
        }

        /// Every `<node>`, including those nested in hierarchical nodes.
        mutating func flattenedNodes(_ graph: XMLElementNode, records: inout InterchangeRecords) -> [XMLElementNode] {
            var result: [XMLElementNode] = []
            var pending = Array((graph.child(named: "nodes")?.children(named: "node") ?? []).reversed())
            while let node = pending.popLast() {
                result.append(node)
                let inner = node.child(named: "nodes")?.children(named: "node") ?? []
                if !inner.isEmpty, !warnedNesting {
                    warnedNesting = true
                    records.problems.append(.warning(file: file, line: node.line, field: "nodes",
                                                     "node '\(node.attributes["id"] ?? "")' holds nested nodes; they are read as ordinary organizations"))
                }
                pending.append(contentsOf: inner.reversed())
            }
            return result
        }

        /// Finds the first and last year of the file (graph bounds, element times, spells).
        mutating func findTimeBounds(graph: XMLElementNode, nodes: [XMLElementNode], edges: [XMLElementNode]) {
            var years: [Int] = []
            func collect(_ element: XMLElementNode) {
                for name in ["start", "end", "timestamp"] {
                    if let text = element.attributes[name], let year = clock.year(text) { years.append(year) }
                }
                for name in ["timestamps", "intervals"] {
                    if let text = element.attributes[name] {
                        years += Self.numbers(in: text).compactMap { clock.year($0) }
                    }
                }
                for spell in element.child(named: "spells")?.children(named: "spell") ?? [] { collect(spell) }
            }
            for element in nodes { collect(element) }
            let nodeYears = years.count
            for element in edges { collect(element) }
            hasTimedEdges = years.count > nodeYears
            firstYear = graph.attributes["start"].flatMap(clock.year) ?? years.min()
            lastYear = graph.attributes["end"].flatMap(clock.year) ?? years.max()
        }

        mutating func node(_ element: XMLElementNode, attributes: [String: Attribute],
                           into records: inout InterchangeRecords) {
            guard let id = element.attributes["id"] else {
                records.problems.append(.error(file: file, line: element.line, field: "id", "a <node> has no id attribute"))
                return
            }
            let owner = "node '\(id)'"
            var values = staticValues(element, attributes: attributes, owner: owner, records: &records)
            let nameKey = values.keys.first { $0.lowercased() == "name" }
            if let label = element.attributes["label"] {
                if let nameKey, let name = values[nameKey] {
                    // Our writer keeps an exact name beside a token label; any other label is data.
                    if label != XMLText.token(name), label != name { values["label"] = label }
                } else {
                    values["name"] = label
                }
            }
            for (title, timed) in dynamicValues(element, attributes: attributes) where values[title] == nil {
                guard let latest = timed.max(by: { ($0.span.start ?? Int.min) < ($1.span.start ?? Int.min) }) else { continue }
                values[title] = latest.value
                if !warnedDynamicNodeValues {
                    warnedDynamicNodeValues = true
                    records.problems.append(.warning(file: file, line: element.line, field: title,
                                                     "\(owner): '\(title)' changes over time; the latest value, '\(latest.value)', is read"))
                }
            }
            guard let spans = spans(of: element, owner: owner, records: &records) else { return }
            if !spans.isEmpty {
                let starts = spans.map(\.start), ends = spans.map(\.end)
                values["since"] = starts.contains(nil) ? nil : starts.compactMap { $0 }.min().map(String.init)
                values["until"] = ends.contains(nil) ? nil : ends.compactMap { $0 }.max().map(String.init)
            }
            records.organizations.append(OrganizationRecord(line: element.line, id: id, values: values))
        }

        mutating func edge(_ element: XMLElementNode, attributes: [String: Attribute],
                           into records: inout InterchangeRecords) {
            guard let source = element.attributes["source"], let target = element.attributes["target"] else {
                records.problems.append(.error(file: file, line: element.line,
                                               field: element.attributes["source"] == nil ? "source" : "target",
                                               "an <edge> lacks its source or target attribute"))
                return
            }
            let owner = "edge \(source) → \(target)"
            if let type = element.attributes["type"], (type == "directed") != isDirected, !warnedMixedDirection {
                warnedMixedDirection = true
                records.problems.append(.warning(file: file, line: element.line, field: "type",
                                                 "edges mix directed and undirected; all are read as \(isDirected ? "directed" : "undirected") (the graph's defaultedgetype)"))
            }
            var values = staticValues(element, attributes: attributes, owner: owner, records: &records)
            let dynamic = dynamicValues(element, attributes: attributes)
            let given = Set((Array(values.keys) + Array(dynamic.keys)).map { $0.lowercased() })
            if let weight = element.attributes["weight"] {
                // The weight is the strength unless an attribute gives the strength (then a
                // different weight is data of its own).
                let strength = values.first { $0.key.lowercased() == "strength" }?.value
                if !given.contains("strength") {
                    values["strength"] = weight
                } else if strength.flatMap(Double.init) != Double(weight) {
                    values["weight"] = weight
                }
            }
            if let kind = element.attributes["kind"], !given.contains("kind") { values["kind"] = kind }

            guard var spans = spans(of: element, owner: owner, records: &records) else { return }
            if spans.isEmpty, hasTimedEdges, !values.keys.contains(where: { $0.lowercased() == "year" }) {
                // In a dynamic graph an edge without time is there all the time: every year of the file.
                spans = [YearSpan(start: firstYear, end: lastYear)]
            }
            if spans.isEmpty {
                for (title, timed) in dynamic where values[title] == nil {
                    if let latest = timed.max(by: { ($0.span.start ?? Int.min) < ($1.span.start ?? Int.min) }) {
                        values[title] = latest.value
                    }
                }
                records.links.append(LinkRecord(line: element.line, source: source, target: target, values: values))
                return
            }
            guard let years = self.years(of: spans, owner: owner, line: element.line, records: &records) else { return }
            values = values.filter { $0.key.lowercased() != "year" }
            for year in years {
                var row = values
                row["year"] = String(year)
                for (title, timed) in dynamic {
                    if let match = timed.last(where: { contains($0.span, year) }) { row[title] = match.value }
                }
                records.links.append(LinkRecord(line: element.line, source: source, target: target, values: row))
            }
        }

        /// Attribute values without time bounds, by title, with the declared defaults.
        private func staticValues(_ element: XMLElementNode, attributes: [String: Attribute], owner: String,
                                  records: inout InterchangeRecords) -> [String: String] {
            var values: [String: String] = [:]
            for attvalue in element.child(named: "attvalues")?.children(named: "attvalue") ?? [] {
                guard let id = attvalue.attributes["for"] ?? attvalue.attributes["id"], let attribute = attributes[id] else {
                    records.problems.append(.error(file: file, line: attvalue.line, field: "attvalue",
                                                   "\(owner): <attvalue for=\"\(attvalue.attributes["for"] ?? "")\"> refers to no declared <attribute>"))
                    continue
                }
                guard let value = attvalue.attributes["value"] else {
                    records.problems.append(.error(file: file, line: attvalue.line, field: attribute.title,
                                                   "\(owner): <attvalue> for '\(attribute.title)' has no value"))
                    continue
                }
                if isTimed(attvalue) { continue }
                values[attribute.title] = value
            }
            for attribute in attributes.values where values[attribute.title] == nil {
                if let value = attribute.defaultValue { values[attribute.title] = value }
            }
            return values
        }

        /// Attribute values with time bounds, by title, in document order.
        private func dynamicValues(_ element: XMLElementNode, attributes: [String: Attribute])
            -> [String: [(span: YearSpan, value: String)]]
        {
            var values: [String: [(span: YearSpan, value: String)]] = [:]
            for attvalue in element.child(named: "attvalues")?.children(named: "attvalue") ?? [] where isTimed(attvalue) {
                guard let id = attvalue.attributes["for"] ?? attvalue.attributes["id"], let attribute = attributes[id],
                      let value = attvalue.attributes["value"] else { continue }
                let span: YearSpan
                if let stamp = attvalue.attributes["timestamp"] {
                    span = YearSpan(start: clock.year(stamp), end: clock.year(stamp))
                } else {
                    span = YearSpan(start: attvalue.attributes["start"].flatMap(clock.year),
                                    end: attvalue.attributes["end"].flatMap(clock.year))
                }
                values[attribute.title, default: []].append((span, value))
            }
            return values
        }

        private func isTimed(_ element: XMLElementNode) -> Bool {
            ["start", "end", "timestamp"].contains { element.attributes[$0] != nil }
        }

        private func contains(_ span: YearSpan, _ year: Int) -> Bool {
            (span.start.map { $0 <= year } ?? true) && (span.end.map { year <= $0 } ?? true)
        }

        /// The time spans of a node or edge: its spells, `start`/`end`, `timestamp(s)` or
        /// `intervals`. Empty when it has none (always present); `nil` after a reported error.
        private func spans(of element: XMLElementNode, owner: String, records: inout InterchangeRecords) -> [YearSpan]? {
            var spans: [YearSpan] = []
            var failed = false
            func bound(_ text: String?, field: String, line: Int) -> Int?? {
                guard let text else { return .some(nil) }
                if clock.isInfinite(text) { return .some(nil) }
                guard let year = clock.year(text) else {
                    records.problems.append(.error(file: file, line: line, field: field,
                                                   "\(owner): '\(text)' is not a time in the '\(clock.format)' format"))
                    failed = true
                    return nil
                }
                return .some(year)
            }
            func span(of element: XMLElementNode) {
                if let stamp = element.attributes["timestamp"] {
                    if case let .some(year) = bound(stamp, field: "timestamp", line: element.line) {
                        spans.append(YearSpan(start: year, end: year))
                    }
                } else if element.attributes["start"] != nil || element.attributes["end"] != nil {
                    guard case let .some(start) = bound(element.attributes["start"], field: "start", line: element.line),
                          case let .some(end) = bound(element.attributes["end"], field: "end", line: element.line)
                    else { return }
                    spans.append(YearSpan(start: start, end: end))
                }
            }
            span(of: element)
            if let stamps = element.attributes["timestamps"] {
                for text in Self.numbers(in: stamps) {
                    if case let .some(year) = bound(text, field: "timestamps", line: element.line) {
                        spans.append(YearSpan(start: year, end: year))
                    }
                }
            }
            if let intervals = element.attributes["intervals"] {
                for interval in intervals.split(separator: ";") {
                    let bounds = Self.numbers(in: String(interval))
                    guard bounds.count >= 2 else { continue }
                    if case let .some(start) = bound(bounds[0], field: "intervals", line: element.line),
                       case let .some(end) = bound(bounds[1], field: "intervals", line: element.line) {
                        spans.append(YearSpan(start: start, end: end))
                    }
                }
            }
            for spell in element.child(named: "spells")?.children(named: "spell") ?? [] { span(of: spell) }
            return failed ? nil : spans
        }

        /// The whole years the spans cover, ascending; open ends stop at the file's first and
        /// last year.
        private func years(of spans: [YearSpan], owner: String, line: Int, records: inout InterchangeRecords) -> [Int]? {
            var years = Set<Int>()
            for span in spans {
                guard let start = span.start ?? firstYear, let end = span.end ?? lastYear else { continue }
                guard start <= end else {
                    records.problems.append(.error(file: file, line: line, field: "spells",
                                                   "\(owner): a time interval ends (\(end)) before it starts (\(start))"))
                    return nil
                }
                guard end - start <= maximumSpan else {
                    records.problems.append(.error(file: file, line: line, field: "spells",
                                                   "\(owner): a time interval spans \(end - start) years (\(start)–\(end)); at most \(maximumSpan) are read"))
                    return nil
                }
                years.formUnion(start...end)
            }
            return years.sorted()
        }

        /// The values inside Gephi's bracket syntax: `<[2019, 2020]; [2022, 2022]>` → 2019, 2020, 2022, 2022.
        static func numbers(in text: String) -> [String] {
            text.split(whereSeparator: { "<>[]();, \t\n".contains($0) }).map(String.init)
        }
    }
}
