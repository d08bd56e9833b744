import Foundation

/// The most link rows PartnerMap reads from one input (`--max-links`, ``LoadOptions/maximumLinks``).
///
/// A few million ties fit in memory as CSR (DESIGN §8), but the rows read before the graph is
/// built cost far more per link than the graph does; a file with far more links than expected —
/// a wrong file, a runaway export — is refused as soon as the limit is passed, with the line where
/// it was, instead of exhausting memory.
public enum LinkLimit {
    /// The default: generous for the largest networks the field has (a country's organizations with
    /// a few million ties); 1,000,000 links import in about 1 GB here.
    public static let defaultMaximum = 20_000_000

    /// The error for a file whose links go past `maximum` at `line`.
    static func problem(file: String, line: Int?, maximum: Int) -> DataProblem {
        .error(file: file, line: line,
               "more than \(maximum) links; expected at most \(maximum) (raise the limit with --max-links)")
    }

    /// Refuses a GraphML or GEXF document with more than `maximum` `<edge>` elements before it is
    /// parsed, by counting `<edge` start tags in its bytes (followed by a space, `/` or `>`, so
    /// `<edges>` is not counted).
    ///
    /// - Throws: ``DataError`` naming the line of the first edge past the limit.
    /// - Complexity: O(n) in the size of the file, one pass.
    static func checkXMLEdges(_ data: Data, file: String, maximum: Int) throws {
        guard maximum < data.count / 8 else { return }  // an edge takes more than 8 bytes
        let tag = Array("<edge".utf8)
        var count = 0
        var line = 1
        let found: Int? = data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Int? in
            var i = 0
            let end = bytes.count - tag.count
            while i < end {
                let byte = bytes[i]
                if byte == UInt8(ascii: "\n") {
                    line += 1
                } else if byte == UInt8(ascii: "<"), bytes[i + 1] == UInt8(ascii: "e"),
                          bytes[(i + 1)..<(i + tag.count)].elementsEqual(tag.dropFirst()) {
                    let next = bytes[i + tag.count]
                    if next == UInt8(ascii: " ") || next == UInt8(ascii: "/") || next == UInt8(ascii: ">")
                        || next == UInt8(ascii: "\n") || next == UInt8(ascii: "\t") || next == UInt8(ascii: "\r") {
                        count += 1
                        if count > maximum { return line }
                    }
                }
                i += 1
            }
            return nil
        }
        if let found { throw DataError([problem(file: file, line: found, maximum: maximum)]) }
    }
}
