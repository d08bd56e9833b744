import Foundation
import PartnerCore
import Testing
@testable import PartnerRender

/// Found by the FuzzDOT target: a name holding a control character XML 1.0 cannot carry (a
/// vertical tab pasted from a spreadsheet cell, U+001D) went into the SVG as it was, and the whole
/// map failed to open. Such characters are now written as U+FFFD everywhere in DOT.
@Suite("Names XML or Graphviz would refuse")
struct ControlCharacterTests {
    static let names = ["tab\there", "vertical\u{0B}tab", "group\u{1D}separator", "bell\u{07}", "\u{1B}[31mred",
                        "not a char \u{FFFE}"]

    @Test("ids, labels, tooltips and titles with control characters give a well-formed SVG")
    func wellFormedSVG() throws {
        let organizations = Self.names.enumerated().map { index, name in
            Organization(id: name, name: "name " + name, sector: Sector("sector\u{1F}\(index % 2)"),
                         region: Region("region\u{0C}"))
        }
        let links = zip(Self.names, Self.names.dropFirst()).map { Link(source: $0, target: $1, kind: "kind\u{01}") }
        let network = PartnershipNetwork(organizations: organizations, links: links)
        let map = CollaborationMap(snapshot: network.snapshot(), style: MapStyle(network: network),
                                   title: "title\u{08}")
        let svg = try SVGDocument(map.render(format: .svg))  // throws when the SVG is not well-formed
        // SVG titles show a control character as its Control Picture (U+000B as ␋).
        let titles = Set(svg.nodes.map(\.title))
        #expect(titles == ["tab\there", "vertical\u{240B}tab", "group\u{241D}separator", "bell\u{2407}",
                           "\u{241B}[31mred", "not a char \u{FFFD}"])
        // The DOTGraph form maps every name back to the id as given, ready for pinning.
        let positions = try GraphvizRenderer.layoutPositions(of: map.dotGraph())
        #expect(Set(positions.keys) == Set(Self.names))
    }

    @Test("names with nothing visible (empty, a tab, a zero-width space) still give a map",
          arguments: ["", "\t", "\u{200B}", " \u{2060} ", "\u{0B}"])
    func invisibleNames(_ invisible: String) throws {
        // Found by FuzzDOT: Graphviz refuses `<font …></font>` and `<b></b>`, and the map with them.
        let organizations = [Organization(id: "a", name: invisible, sector: Sector(invisible), region: Region("r")),
                             Organization(id: "b", name: "B", sector: Sector("t"), region: Region("r"))]
        let network = PartnershipNetwork(organizations: organizations, links: [Link(source: "a", target: "b")])
        let map = CollaborationMap(snapshot: network.snapshot(), style: MapStyle(network: network), title: invisible)
        let svg = try SVGDocument(map.render(format: .svg))
        #expect(svg.nodes.count == 2)
        #expect(DOTEscaping.html(invisible) == "&#160;")
    }

    @Test("names made only of closing brackets are drawn", arguments: ["]", "]]", "]]]"])
    func closingBrackets(_ name: String) throws {
        // Found by FuzzDOT: Graphviz 2.43's HTML-like label parser refuses a text of only `]`.
        let organizations = [Organization(id: name, name: name, sector: Sector(name), region: Region("r")),
                             Organization(id: "b", name: "B", sector: Sector("t"), region: Region("r"))]
        let network = PartnershipNetwork(organizations: organizations, links: [Link(source: name, target: "b")])
        let map = CollaborationMap(snapshot: network.snapshot(), style: MapStyle(network: network), title: name)
        let svg = try SVGDocument(map.render(format: .svg))
        #expect(svg.nodes.map(\.title).contains(name))
        #expect(svg.allTexts.contains(name))
    }

    @Test("each kind of DOT string replaces them, and keeps tab and line breaks")
    func everyKindOfString() {
        #expect(DOTEscaping.id("a\u{0B}b") == "\"a&#9227;b\"")
        #expect(DOTEscaping.decodedID("a&#9227;b&#9246;&#9248;") == "a\u{0B}b\u{1E}&#9248;")
        #expect(DOTEscaping.text("a\u{1D}b\tc") == "\"a\u{FFFD}b\tc\"")
        #expect(DOTEscaping.tooltip("a\u{07}\nb") == "\"a\u{FFFD}\\nb\"")
        #expect(DOTEscaping.literal("#fff\u{1B}") == "\"#fff\u{FFFD}\"")
        #expect(DOTEscaping.html("a\u{0C}<b>") == "a\u{FFFD}&lt;b&gt;")
        #expect(DOTEscaping.reportedID("a\u{0}b\u{0B}\u{FFFF}") == "a\u{0}b\u{0B}\u{FFFD}")
        #expect(DOTEscaping.id("\u{0}a") == "\"&#9216;a\"")
    }

    @Test("ids differing only in a control character stay two organizations")
    func distinctControlCharacters() throws {
        // Found by FuzzDOT: U+001E and U+FFFD were both written U+FFFD, and Graphviz merged the nodes.
        let ids = ["a", "\u{1E}", "\u{FFFD}", "x\u{1F}", "x\u{1E}", "&#9246;", "\u{0}\u{0}a", "a\u{0}", "\n", "", "\n\n", "x\"\n", "a\r\n",
                   "\u{0B}\u{05C2}", "&\u{05C2}", "%\u{0301}", "\\\u{0301}"]
        let graph = DOTGraph(nodes: ids.map { DOTNode(id: $0) },
                             edges: zip(ids, ids.dropFirst()).map { DOTEdge(source: $0, target: $1) })
        let positions = try GraphvizRenderer.layoutPositions(of: graph, engine: .dot)
        #expect(Set(positions.keys) == Set(ids))
    }
}
