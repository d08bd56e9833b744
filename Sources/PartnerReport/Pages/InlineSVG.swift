/// Prepares a standalone SVG document to sit inside an HTML page.
///
/// Drops what precedes the `<svg` element (XML declaration, DOCTYPE, Graphviz's comments, which an
/// HTML parser would show or ignore inconsistently) and prefixes every `id="…"` with `prefix`, so two
/// maps on one page never share an id. The SVG's own text was escaped by whoever wrote it — Graphviz
/// or ``PartnerRender/LineChart`` — and is otherwise left as is.
enum InlineSVG {
    /// One pass over the document's UTF-8 bytes (Foundation's `replacingOccurrences` went through
    /// UTF-16 and took a tenth of the report's time).
    ///
    /// - Complexity: O(length of the document).
    static func prepare(_ document: String, idPrefix: String) -> String {
        let bytes = Array(document.utf8)
        guard let start = firstIndex(of: Array("<svg".utf8), in: bytes, from: 0) else { return "" }
        // Ids are inside attribute values written by our renderers: never a quote inside, so the
        // pattern ` id="` cannot start in the middle of escaped text.
        let pattern = Array(" id=\"".utf8), replacement = pattern + Array((idPrefix + "-").utf8)
        var end = bytes.count
        while end > start, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        var out: [UInt8] = []
        out.reserveCapacity(end - start + 64 * idPrefix.utf8.count)
        var index = start
        while index < end {
            if bytes[index] == pattern[0], index + pattern.count <= end, bytes[index..<index + pattern.count].elementsEqual(pattern) {
                out.append(contentsOf: replacement)
                index += pattern.count
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func firstIndex(of pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count >= pattern.count else { return nil }
        var index = start
        while index + pattern.count <= bytes.count {
            if bytes[index] == pattern[0], bytes[index..<index + pattern.count].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }
}
