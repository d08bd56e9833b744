/// Prepares a standalone SVG document to sit inside an HTML page.
///
/// Drops what precedes the `<svg` element (XML declaration, DOCTYPE, Graphviz's comments, which an
/// HTML parser would show or ignore inconsistently) and prefixes every `id="…"` with `prefix`, so two
/// maps on one page never share an id. The SVG's own text was escaped by whoever wrote it — Graphviz
/// or ``PartnerRender/LineChart`` — and is otherwise left as is.
enum InlineSVG {
    /// - Complexity: O(length of the document).
    static func prepare(_ document: String, idPrefix: String) -> String {
        guard let start = document.range(of: "<svg") else { return "" }
        var svg = String(document[start.lowerBound...])
        // Ids are inside attribute values written by our renderers: never a quote inside, so the
        // pattern ` id="` cannot start in the middle of escaped text.
        svg = svg.replacingOccurrences(of: " id=\"", with: " id=\"\(idPrefix)-")
        while svg.last?.isNewline == true { svg.removeLast() }
        return svg
    }
}
