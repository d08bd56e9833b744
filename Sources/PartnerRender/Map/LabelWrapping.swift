/// Breaks organization names into short lines so map labels stay narrow.
enum LabelWrapping {
    /// `text` as lines of at most `width` characters where possible, broken at spaces or after an
    /// inner hyphen or slash ("Saint-Jean-sur-/Richelieu"); a longer unbreakable word gets a line of
    /// its own. Existing line breaks are kept; runs of spaces become one.
    static func lines(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            var line = ""
            for piece in pieces(paragraph) {
                let joined = line.isEmpty ? piece.text : line + (piece.continuesWord ? "" : " ") + piece.text
                if line.isEmpty || joined.count <= width {
                    line = joined
                } else {
                    lines.append(line)
                    line = piece.text
                }
            }
            lines.append(line)
        }
        return lines
    }

    /// Space-separated words, each cut after inner `-` or `/` into pieces of at least three
    /// characters; `continuesWord` marks a piece that follows such a cut (joined without a space).
    private static func pieces(_ text: Substring) -> [(text: String, continuesWord: Bool)] {
        var out: [(text: String, continuesWord: Bool)] = []
        for word in text.split(separator: " ") {
            var current = ""
            var continues = false
            for (offset, character) in word.enumerated() {
                current.append(character)
                let charactersLeft = word.count - offset - 1
                if character == "-" || character == "/", current.count >= 3, charactersLeft >= 3 {
                    out.append((current, continues))
                    current = ""
                    continues = true
                }
            }
            if !current.isEmpty { out.append((current, continues)) }
        }
        return out
    }
}
