import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The parts of a Graphviz SVG the tests look at, read with a real XML parser (so a test also
/// fails when the SVG is not well-formed XML). Text and attribute values come back XML-unescaped.
struct SVGDocument {
    struct Group {
        var className: String
        var title = ""
        /// `xlink:title` of the group's link: the tooltip.
        var tooltip: String?
        var fills: [String] = []
        var strokes: [String] = []
        var strokeDasharray: [String] = []
        var texts: [String] = []
        var ellipses: [(cx: Double, cy: Double)] = []
    }

    var groups: [Group] = []
    /// Text of every `<text>` element, in document order.
    var allTexts: [String] = []
    var width = "", height = ""

    var nodes: [Group] { groups.filter { $0.className == "node" } }
    var edges: [Group] { groups.filter { $0.className == "edge" } }

    init(_ data: Data) throws {
        let delegate = Collector()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        guard parser.parse() else {
            throw SVGError(reason: parser.parserError.map { "\($0)" } ?? "unknown XML error")
        }
        groups = delegate.groups
        allTexts = delegate.allTexts
        width = delegate.width
        height = delegate.height
    }

    struct SVGError: Error { var reason: String }

    /// Collects node, edge and graph groups; nested groups (a node inside the graph) are tracked on
    /// a stack so each text belongs to its innermost node, edge or graph.
    private final class Collector: NSObject, XMLParserDelegate {
        var groups: [Group] = []
        var allTexts: [String] = []
        var width = "", height = ""
        /// Open `<g>` elements; `nil` for groups that are not node, edge or graph.
        private var stack: [Group?] = []
        private var text: String?

        private var innermost: Int? { stack.lastIndex { $0 != nil } }

        private func update(_ change: (inout Group) -> Void) {
            guard let index = innermost, var group = stack[index] else { return }
            change(&group)
            stack[index] = group
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            switch name {
            case "svg":
                width = attributes["width"] ?? ""
                height = attributes["height"] ?? ""
            case "g":
                let cls = attributes["class"] ?? ""
                stack.append(["node", "edge", "graph"].contains(cls) ? Group(className: cls) : nil)
                return
            case "title", "text": text = ""
            case "a":
                if let tip = attributes["xlink:title"] { update { if $0.tooltip == nil { $0.tooltip = tip } } }
            default: break
            }
            if let fill = attributes["fill"], name != "text" { update { $0.fills.append(fill) } }
            if let stroke = attributes["stroke"], name != "text" { update { $0.strokes.append(stroke) } }
            if let dash = attributes["stroke-dasharray"] { update { $0.strokeDasharray.append(dash) } }
            if name == "ellipse", let cx = attributes["cx"].flatMap(Double.init), let cy = attributes["cy"].flatMap(Double.init) {
                update { $0.ellipses.append((cx, cy)) }
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text? += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "title":
                let value = text ?? ""
                update { if $0.title.isEmpty { $0.title = value } }
                text = nil
            case "text":
                let value = text ?? ""
                update { $0.texts.append(value) }
                allTexts.append(value)
                text = nil
            case "g":
                if let group = stack.popLast(), let group { groups.append(group) }
            default: break
            }
        }
    }
}
