import Foundation

/// Makes cairo's PDF output reproducible.
///
/// cairo writes the wall-clock time into the document information dictionary
/// (`/CreationDate (D:20250102030405+01'00)`, and `/ModDate` in some versions), so two renders of the
/// same graph differ. Each date string is overwritten in place with a fixed date padded to the same
/// length — the file's byte offsets (its `xref` table) stay valid.
enum PDFDates {
    /// The date written instead: 1 January 2000, UTC (PDF 1.7 §7.9.4 date syntax).
    static let fixedDate = Array("D:20000101000000Z".utf8)

    static func fixed(_ pdf: Data) -> Data {
        var bytes = [UInt8](pdf)
        for key in ["/CreationDate", "/ModDate"] {
            replaceDates(after: Array(key.utf8), in: &bytes)
        }
        return Data(bytes)
    }

    /// Replaces the contents of the literal string after every occurrence of `key`.
    private static func replaceDates(after key: [UInt8], in bytes: inout [UInt8]) {
        var start = 0
        while let keyRange = firstRange(of: key, in: bytes, from: start) {
            start = keyRange.upperBound
            var open = keyRange.upperBound
            while open < bytes.count, bytes[open] == UInt8(ascii: " ") { open += 1 }
            guard open < bytes.count, bytes[open] == UInt8(ascii: "(") else { continue }
            guard let close = bytes[(open + 1)...].firstIndex(of: UInt8(ascii: ")")) else { return }
            let width = close - open - 1
            var replacement = Array(fixedDate.prefix(width))
            // Pad with spaces, which PDF date parsers ignore at the end of the string.
            replacement += Array(repeating: UInt8(ascii: " "), count: width - replacement.count)
            bytes.replaceSubrange((open + 1)..<close, with: replacement)
            start = close
        }
    }

    private static func firstRange(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Range<Int>? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else {
            return nil
        }
        var i = start
        while i <= haystack.count - needle.count {
            if haystack[i] == needle[0], haystack[i..<(i + needle.count)].elementsEqual(needle) {
                return i..<(i + needle.count)
            }
            i += 1
        }
        return nil
    }
}
