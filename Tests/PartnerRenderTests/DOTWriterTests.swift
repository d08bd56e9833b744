import Foundation
import Testing
@testable import PartnerRender

@Suite("DOTWriter")
struct DOTWriterTests {
    @Test("text values escape backslashes and quotes, encode & as an entity, and turn newlines into \\n")
    func textEscaping() {
        #expect(DOTEscaping.text(#"a\b "c" & d"#) == #""a\\b \"c\" &amp; d""#)
        #expect(DOTEscaping.text("one\ntwo\r\nthree\rfour") == #""one\ntwo\nthree\nfour""#)
        #expect(DOTEscaping.text("nul\u{0}gone") == #""nulgone""#)
        #expect(DOTEscaping.text("];} <x> 中文") == #""];} <x> 中文""#)
    }

    @Test("ids keep everything but &, backslash and a leading %, which become character references")
    func idEscaping() {
        #expect(DOTEscaping.id(#"a "b" ];}"#) == #""a \"b\" ];}""#)
        #expect(DOTEscaping.id(#"C:\dir\"#) == #""C:&#92;dir&#92;""#)
        #expect(DOTEscaping.id("%3 50%") == #""&#37;3 50%""#)
        #expect(DOTEscaping.id("R&D") == #""R&amp;D""#)
        for id in [#"C:\dir\"#, "50% off", "%3", "&#92; literal", "AT&amp;T", "plain", "é 中文", "&", "&#"] {
            let written = String(DOTEscaping.id(id).dropFirst().dropLast())
            #expect(DOTEscaping.decodedID(written) == id)
        }
    }

    @Test("tooltips get four backslashes per backslash, labels two")
    func tooltipEscaping() {
        #expect(DOTEscaping.tooltip(#"a\N "q""#) == #""a\\\\N \"q\"""#)
        #expect(DOTEscaping.text(#"a\N"#) == #""a\\N""#)
    }

    @Test("a node whose id is encoded gets its id as an explicit label")
    func encodedIDLabel() {
        let dot = DOTWriter.write(DOTGraph(nodes: [DOTNode(id: "R&D"), DOTNode(id: "plain")]))
        #expect(dot.contains(#""R&amp;D" [label="R&amp;D"];"#))
        #expect(dot.contains("\t\"plain\";\n"))
    }

    @Test("HTML-like label text is XML-escaped")
    func htmlEscaping() {
        #expect(DOTEscaping.html(#"<b> & "q" 'a'"#) == "&lt;b&gt; &amp; &quot;q&quot; &#39;a&#39;")
        #expect(DOTEscaping.html("a\nb") == "a<br/>b")
    }

    @Test("numbers are written with a dot, without exponent or trailing zeros",
          arguments: [(1.0, "1"), (0.5, "0.5"), (2.3456, "2.346"), (-0.0001, "0"), (-1.25, "-1.25"),
                      (1e-7, "0"), (123456.0, "123456"), (Double.nan, "0"), (0.1 + 0.2, "0.3")])
    func numbers(value: Double, expected: String) {
        #expect(DOTEscaping.number(value) == expected)
    }

    @Test("attributes are written sorted by name, nodes and edges in the order given")
    func layout() {
        let graph = DOTGraph(
            name: "g", attributes: ["splines": .literal("true"), "overlap": .literal("prism")],
            nodeDefaults: ["shape": .literal("circle")],
            nodes: [DOTNode(id: "b", attributes: ["width": .number(0.5), "label": .text("B")]), DOTNode(id: "a")],
            edges: [DOTEdge(source: "b", target: "a", attributes: ["penwidth": .number(2)])])
        #expect(DOTWriter.write(graph) == """
            graph "g" {
            \tgraph [overlap="prism", splines="true"];
            \tnode [shape="circle"];
            \t"b" [label="B", width=0.5];
            \t"a";
            \t"b" -- "a" [penwidth=2];
            }

            """)
        var directed = graph
        directed.isDirected = true
        #expect(DOTWriter.write(directed).contains("\"b\" -> \"a\""))
        #expect(DOTWriter.write(directed).hasPrefix("digraph "))
    }

    @Test("pinning sets pos with ! for known nodes and notranslate on the graph")
    func pinning() {
        let graph = DOTGraph(nodes: [DOTNode(id: "a"), DOTNode(id: "b")])
        let pinned = graph.pinning(["a": GraphvizPoint(x: 10.5, y: -3)])
        #expect(pinned.nodes[0].attributes["pos"] == .literal("10.5,-3!"))
        #expect(pinned.nodes[1].attributes["pos"] == nil)
        #expect(pinned.attributes["notranslate"] == .bool(true))
    }

    @Test("Graphviz reads back every hostile id, label and tooltip exactly")
    func hostileThroughGraphviz() throws {
        let names = TestNetworks.hostileNames.map { $0.replacingOccurrences(of: "\u{0}", with: "") }
        let graph = DOTGraph(name: "hostile \"graph\" ];}", nodes: names.enumerated().map { i, name in
            DOTNode(id: name, attributes: ["label": .text(name), "tooltip": .tooltip("tip: " + name),
                                           "shape": .literal("box")])
        }, edges: zip(names, names.dropFirst()).map { DOTEdge(source: $0, target: $1) })
        let dot = DOTWriter.write(graph)
        let svg = try SVGDocument(GraphvizRenderer.render(dot: dot, engine: .neato, format: .svg))
        #expect(svg.nodes.count == names.count)
        #expect(svg.edges.count == names.count - 1)
        for (node, name) in zip(svg.nodes, names) {
            #expect(node.title == name.replacingOccurrences(of: "\n", with: "\u{240A}"))  // ␊ in an id
            #expect(node.tooltip == "tip: " + name)
            #expect(node.texts.joined(separator: "\n") == name)
        }
        // Graphviz's canonical DOT keeps the same strings (in its own quoting).
        let canon = String(decoding: try GraphvizRenderer.render(dot: dot, engine: .neato, format: .canon), as: UTF8.self)
        let quoted = CanonReader.strings(canon)
        for name in names {
            #expect(quoted.contains { DOTEscaping.decodedID($0) == name }, "id \(name)")
            #expect(quoted.contains { CanonReader.labelText($0) == name }, "label \(name)")
        }
    }
}

/// Reads quoted strings back out of Graphviz's `canon` output, undoing its quoting.
enum CanonReader {
    /// Every DOT string in `text`: `"…"` strings with cgraph's lexer rules applied (`\"` is a quote,
    /// a backslash before a newline joins lines, anything else is kept), and bare identifiers.
    static func strings(_ text: String) -> [String] {
        var strings: [String] = []
        var quoted: String?
        var bare = ""
        var iterator = text.makeIterator()
        func endBare() {
            if !bare.isEmpty { strings.append(bare) }
            bare = ""
        }
        while let character = iterator.next() {
            guard quoted != nil else {
                if character == "\"" {
                    endBare()
                    quoted = ""
                } else if character.isLetter || character.isNumber || character == "_" || character == "." {
                    bare.append(character)
                } else {
                    endBare()
                }
                continue
            }
            switch character {
            case "\"":
                strings.append(quoted ?? "")
                quoted = nil
            case "\\":
                guard let next = iterator.next() else { break }
                if next == "\"" { quoted? += "\"" } else if next != "\n" { quoted? += "\\" + String(next) }
            default:
                quoted?.append(character)
            }
        }
        endBare()
        return strings
    }

    /// A label string as Graphviz shows it: `\n` a line break, `\\` a backslash, entities decoded.
    static func labelText(_ raw: String) -> String {
        var out = ""
        var iterator = raw.makeIterator()
        while let character = iterator.next() {
            if character == "\\", let next = iterator.next() {
                out += next == "n" ? "\n" : String(next)
            } else {
                out.append(character)
            }
        }
        return out.replacingOccurrences(of: "&amp;", with: "&")
    }
}
