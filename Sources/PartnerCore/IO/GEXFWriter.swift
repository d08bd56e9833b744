import Foundation

/// Writes a network as GEXF 1.3 (<https://gexf.net>, schema `http://gexf.net/1.3`) that Gephi
/// opens with the survey years on its timeline and organizations coloured by sector.
///
/// - The graph is `mode="dynamic"` with `timeformat="integer"` when the data has years.
///   An organization's `since`/`until` become its node's `start`/`end`; a tie's survey years become
///   `<spells>` — one spell per run of consecutive years (2019, 2020, 2022 → [2019, 2020] and
///   [2022, 2022]), bounds inclusive.
/// - One `<edge>` per pair, kind and set of values (strength, stage, extra attributes) with every
///   year those values held; the strength is the edge `weight`, the kind both an attribute value
///   and (when it is an `xs:token`) the edge's native `kind`, which Gephi uses to keep kinds apart.
/// - Node attributes `sector`, `region`, `type` and the extras, edge attributes `kind`, `stage`
///   and the extras (empty values left out), declared per class as strings. The label carries the name; a name that is not
///   an `xs:token` (line breaks, doubled spaces) is also kept exactly in a `name` attribute.
/// - `viz:color` per node by sector (``SectorColors``, or the caller's colours).
///
/// Output is deterministic: network order, attributes sorted by title. It validates against the
/// GEXF 1.3 RELAX NG grammar (`gexf.rng` with `data`, `dynamics` and `viz`), which is why it
/// carries no `xsi:schemaLocation` (RELAX NG does not allow it).
public enum GEXFWriter {
    public static let namespace = "http://gexf.net/1.3"
    public static let vizNamespace = "http://gexf.net/1.3/viz"

    /// The GEXF document for `network`.
    ///
    /// - Parameters:
    ///   - isDirected: writes `defaultedgetype="directed"`; defaults to the network's direction.
    ///   - colors: a colour per sector; sectors missing from it get ``SectorColors``' colours.
    ///   - file: the output path, named in problem reports.
    /// - Throws: ``DataError`` when a value holds a control character XML 1.0 cannot carry.
    /// - Complexity: O(n + m log m).
    public static func write(_ network: PartnershipNetwork, isDirected: Bool? = nil,
                             colors: [Sector: RGBColor] = [:], file: String = "output.gexf") throws -> Data {
        var checker = XMLValueChecker(file: file)
        let edges = EdgeGroup.groups(of: network.links)
        let isDynamic = network.links.contains { $0.year != nil }
            || network.organizations.contains { $0.since != nil || $0.until != nil }
        let palette = SectorColors.assignment(for: network.sectors).merging(colors) { _, given in given }

        // Attribute declarations: ids are shared by both classes, numbered in writing order.
        let needsName = network.organizations.contains { !XMLText.isToken($0.name) }
        var nodeTitles = ["sector", "region"]
        if network.organizations.contains(where: { $0.type != nil }) { nodeTitles.append("type") }
        if needsName { nodeTitles.append("name") }
        nodeTitles += Set(network.organizations.flatMap { $0.attributes.filter { !$0.value.isEmpty }.keys }).sorted()
        var edgeTitles: [String] = []
        if network.links.contains(where: { $0.kind != nil }) { edgeTitles.append("kind") }
        if network.links.contains(where: { $0.stage != nil }) { edgeTitles.append("stage") }
        edgeTitles += Set(network.links.flatMap { $0.attributes.filter { !$0.value.isEmpty }.keys }).sorted()
        let nodeIDs = Dictionary(uniqueKeysWithValues: nodeTitles.enumerated().map { ($1, String($0)) })
        let edgeIDs = Dictionary(uniqueKeysWithValues: edgeTitles.enumerated().map { ($1, String($0 + nodeTitles.count)) })

        let directed = isDirected ?? network.isDirected
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="\(namespace)" xmlns:viz="\(vizNamespace)" version="1.3">
              <meta>
                <creator>PartnerMap</creator>
                <description>Partnership network: \(network.organizations.count) organizations, \(network.links.count) link reports</description>
              </meta>

            """
        out += "  <graph defaultedgetype=\"\(directed ? "directed" : "undirected")\""
        out += isDynamic ? " mode=\"dynamic\" timeformat=\"integer\" timerepresentation=\"interval\">\n" : " mode=\"static\">\n"
        for (title, `class`, ids) in [(nodeTitles, "node", nodeIDs), (edgeTitles, "edge", edgeIDs)] where !title.isEmpty {
            out += "    <attributes class=\"\(`class`)\">\n"
            for name in title {
                checker.check(name, field: "attribute", owner: "attribute name '\(name)'")
                out += "      <attribute id=\"\(ids[name] ?? "")\" title=\"\(XMLText.attribute(name))\" type=\"string\"/>\n"
            }
            out += "    </attributes>\n"
        }

        out += "    <nodes count=\"\(network.organizations.count)\">\n"
        for organization in network.organizations {
            let owner = "organization '\(organization.id)'"
            checker.check(organization.id, field: "id", owner: "organization id '\(organization.id)'")
            checker.check(organization.name, field: "name", owner: "\(owner): name")
            out += "      <node id=\"\(XMLText.attribute(organization.id))\" label=\"\(XMLText.attribute(XMLText.token(organization.name)))\""
            if let since = organization.since { out += " start=\"\(since)\"" }
            if let until = organization.until { out += " end=\"\(until)\"" }
            out += ">\n"
            var values: [(String, String)] = [("sector", organization.sector.name), ("region", organization.region.name)]
            if let type = organization.type { values.append(("type", type)) }
            if needsName { values.append(("name", organization.name)) }
            values += organization.attributes.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            out += attvalues(values, ids: nodeIDs, checker: &checker, owner: owner)
            let color = palette[organization.sector] ?? SectorColors.unspecified
            out += "        <viz:color r=\"\(color.red)\" g=\"\(color.green)\" b=\"\(color.blue)\"/>\n"
            out += "      </node>\n"
        }
        out += "    </nodes>\n"

        out += "    <edges count=\"\(edges.count)\">\n"
        for (index, edge) in edges.enumerated() {
            let link = edge.link
            let owner = "link \(link.source) – \(link.target)"
            out += "      <edge id=\"\(index)\" source=\"\(XMLText.attribute(link.source))\" target=\"\(XMLText.attribute(link.target))\" weight=\"\(CSVWriter.number(link.strength))\""
            if let kind = link.kind, XMLText.isToken(kind), XMLText.firstUnrepresentableScalar(in: kind) == nil {
                out += " kind=\"\(XMLText.attribute(kind))\""
            }
            out += ">\n"
            var values: [(String, String)] = []
            if let kind = link.kind { values.append(("kind", kind)) }
            if let stage = link.stage { values.append(("stage", stage.name)) }
            values += link.attributes.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            out += attvalues(values, ids: edgeIDs, checker: &checker, owner: owner)
            if !edge.years.isEmpty {
                out += "        <spells>\n"
                for run in consecutiveRuns(edge.years) {
                    out += "          <spell start=\"\(run.lowerBound)\" end=\"\(run.upperBound)\"/>\n"
                }
                out += "        </spells>\n"
            }
            out += "      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        try checker.throwIfNeeded()
        return Data(out.utf8)
    }

    private static func attvalues(_ values: [(String, String)], ids: [String: String],
                                  checker: inout XMLValueChecker, owner: String) -> String {
        guard !values.isEmpty else { return "" }
        var out = "        <attvalues>\n"
        for (title, value) in values {
            checker.check(value, field: title, owner: "\(owner): \(title)")
            out += "          <attvalue for=\"\(ids[title] ?? "")\" value=\"\(XMLText.attribute(value))\"/>\n"
        }
        return out + "        </attvalues>\n"
    }

    /// Sorted distinct years split into runs of consecutive years.
    static func consecutiveRuns(_ years: [Int]) -> [ClosedRange<Int>] {
        var runs: [ClosedRange<Int>] = []
        for year in years {
            if let last = runs.last, last.upperBound + 1 == year {
                runs[runs.count - 1] = last.lowerBound...year
            } else if runs.last?.contains(year) != true {
                runs.append(year...year)
            }
        }
        return runs
    }

    /// Link rows that differ only by year, merged into one edge with all their years.
    struct EdgeGroup {
        /// The first row of the group (its year is irrelevant).
        var link: Link
        /// Sorted distinct years; empty for rows without a year.
        var years: [Int]

        /// Groups in order of first appearance.
        static func groups(of links: [Link]) -> [EdgeGroup] {
            var index: [Link: Int] = [:]
            var groups: [EdgeGroup] = []
            for link in links {
                var key = link
                key.year = link.year == nil ? nil : 0
                if let position = index[key] {
                    if let year = link.year { groups[position].years.append(year) }
                } else {
                    index[key] = groups.count
                    groups.append(EdgeGroup(link: link, years: link.year.map { [$0] } ?? []))
                }
            }
            for i in groups.indices { groups[i].years = Array(Set(groups[i].years)).sorted() }
            return groups
        }
    }
}
