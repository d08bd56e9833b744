import Foundation

extension String {
    /// The string without leading and trailing white space and line breaks.
    ///
    /// Same result as `trimmingCharacters(in: .whitespacesAndNewlines)`, which goes through
    /// `NSString` and dominated the import of 500,000 links; most values from data files have
    /// nothing to trim, and a look at their first and last byte tells.
    var trimmedWhitespace: String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        if first > 0x20, first < 0x7F, last > 0x20, last < 0x7F { return self }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
