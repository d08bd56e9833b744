/// Escaping rules for the kinds of strings a DOT file holds, as Graphviz 2.42 reads them.
///
/// Graphviz reads a quoted string in stages, and each kind of string needs its own escaping:
/// 1. cgraph's lexer: inside `"…"`, `\"` is a quote and a backslash before a newline joins lines;
///    every other character, `\\` included, is kept as written.
/// 2. Labels are then interpreted once: `\n` is a line break, `\\` a backslash, `\N` the node's
///    name, any other `\x` is `x`; HTML entities are decoded (`&amp;` → `&`).
/// 3. Tooltips are interpreted *twice* (measured on 2.42: `\\N` in a tooltip shows the node's
///    name), so a backslash needs four.
///
/// Node names are not interpreted, and the lexer cannot express a backslash right before the closing
/// quote; a name starting with `%` is taken for one of cgraph's internal anonymous ids; and the SVG
/// renderer writes names into `<title>` without escaping what looks like an entity. So ids are
/// written with the three troublesome characters as XML character references, which every one of
/// those paths passes through unchanged and an SVG reader decodes (see ``id(_:)``). NUL characters
/// end C strings and are dropped everywhere.
public enum DOTEscaping {
    /// A quoted DOT id (node or graph name). `&`, `\` and a leading `%` become `&amp;`, `&#92;`
    /// and `&#37;` — so the SVG `<title>`, once XML-decoded, reads exactly `identifier`, and
    /// ``decodedID(_:)`` turns the name Graphviz reports (`json`, `plain`, `canon`,
    /// ``GraphvizRenderer/layoutPositions(dot:engine:)``) back into it. NUL and the other C0 control
    /// characters become references to their Control Pictures (``pictureReference(_:)``), U+FFFE and
    /// U+FFFF become U+FFFD; quotes, newlines, `];`, `}`, `<` and any script pass through unchanged.
    public static func id(_ identifier: String) -> String {
        var out = "\""
        var isFirst = true
        for scalar in identifier.unicodeScalars {
            defer { isFirst = false }
            switch scalar {
            // Line breaks too: Graphviz 2.43 loses a line feed that ends an id after `\"`, or is
            // the whole id (found by FuzzDOT).
            case "\0", "\n", "\r": out += pictureReference(scalar) ?? ""
            case _ where isRefusedByXML(scalar): out += pictureReference(scalar) ?? "\u{FFFD}"
            case "&": out += "&amp;"
            case "\\": out += "&#92;"
            case "%" where isFirst: out += "&#37;"
            case "\"": out += "\\\""
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Whether `scalar` shows as something in an HTML-like label: not white space, not a format
    /// character (zero-width space, word joiner), not one the writers drop or replace.
    static func isVisible(_ scalar: Unicode.Scalar) -> Bool {
        !scalar.properties.isWhitespace && scalar.properties.generalCategory != .format && scalar != "\0"
            && !isRefusedByXML(scalar)
    }

    /// Characters XML 1.0 cannot carry, even as references: C0 controls other than tab, line feed
    /// and carriage return, and U+FFFE/U+FFFF. Graphviz copies names and labels into SVG as they
    /// are, so one such character (a vertical tab pasted from a spreadsheet cell) would make the
    /// whole map unreadable; every writer here puts U+FFFD in their place, as ``SVGText`` does.
    static func isRefusedByXML(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r")
            || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }

    /// The name Graphviz reports for a node written with ``id(_:)`` once ``decodedID(_:)`` has
    /// undone the references: `identifier`, with U+FFFE and U+FFFF as U+FFFD.
    static func reportedID(_ identifier: String) -> String {
        var name = String.UnicodeScalarView()
        for scalar in identifier.unicodeScalars {
            name.append(scalar.value >= 0xFFFE && scalar.value <= 0xFFFF ? "\u{FFFD}" : scalar)
        }
        return String(name)
    }

    /// In an id, a C0 control character (NUL included) is written as a reference to its Control
    /// Picture (U+001E as `&#9246;`, shown `␞` in an SVG title): XML can carry that, and unlike one
    /// replacement character for all of them, or dropping NUL, it keeps `a\u{1E}`, `a\u{1F}` and
    /// `a` three organizations (FuzzDOT found ids merged into one node both ways).
    /// ``decodedID(_:)`` turns it back.
    static func pictureReference(_ scalar: Unicode.Scalar) -> String? {
        scalar.value < 0x20 ? "&#\(0x2400 + scalar.value);" : nil
    }

    /// Whether ``id(_:)`` changes `identifier` beyond quoting (Graphviz's default label `\N` would
    /// then show the encoded form).
    static func idNeedsEncoding(_ identifier: String) -> Bool {
        identifier.hasPrefix("%")
            || identifier.unicodeScalars.contains {
                $0 == "&" || $0 == "\\" || $0 == "\0" || $0 == "\n" || $0 == "\r" || isRefusedByXML($0)
            }
    }

    /// The identifier a node or graph name reported by Graphviz was written from with ``id(_:)``.
    public static func decodedID(_ name: String) -> String {
        guard name.contains("&") else { return name }
        // Scalar by scalar: as Characters, a combining mark after `;` would hide the `;` (found by
        // FuzzDOT with U+05C2 after a reference).
        let scalars = Array(name.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if scalars[i] == "&", let (decoded, length) = reference(at: i, in: scalars) {
                out.append(decoded)
                i += length
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        return String(out)
    }

    /// The character a reference written by ``id(_:)`` at `start` stands for (`&amp;`, `&#92;`,
    /// `&#37;`, a Control Picture's), and its length in scalars.
    private static func reference(at start: Int, in scalars: [Unicode.Scalar]) -> (Unicode.Scalar, Int)? {
        guard let end = scalars[start...].prefix(8).firstIndex(of: ";") else { return nil }
        let body = String(String.UnicodeScalarView(scalars[(start + 1)..<end]))
        let decoded: Unicode.Scalar? = switch body {
        case "amp": "&"
        case "#92": "\\"
        case "#37": "%"
        default:
            if body.hasPrefix("#"), let value = UInt32(body.dropFirst()), (0x2400..<0x2420).contains(value) {
                Unicode.Scalar(value - 0x2400)
            } else {
                nil
            }
        }
        return decoded.map { ($0, end - start + 1) }
    }


    /// A quoted string for text Graphviz displays (label, xlabel): it is shown exactly as
    /// `text`, with each newline (`\n`, `\r\n` or `\r`) a line break.
    public static func text(_ text: String) -> String {
        quoted(text, backslash: "\\\\")
    }

    /// ``text(_:)`` and ``tooltip(_:)``, differing only in how a backslash is written.
    private static func quoted(_ text: String, backslash: String) -> String {
        var out = "\""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\0": continue
            case _ where isRefusedByXML(scalar): out += "\u{FFFD}"
            case "\\": out += backslash
            case "\"": out += "\\\""
            case "&": out += "&amp;"
            case "\r": out += "\\n"
            case "\n": if !previousWasCR { out += "\\n" }
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A quoted string for a tooltip, shown exactly as `text` (newlines as line breaks): like
    /// ``text(_:)`` but with four backslashes per backslash, as Graphviz 2.42 interprets tooltips twice.
    public static func tooltip(_ text: String) -> String {
        quoted(text, backslash: "\\\\\\\\")
    }

    /// A quoted string for a value Graphviz does not display (a colour, a style, `pos`): only quotes
    /// and backslashes are escaped.
    public static func literal(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\0": continue
            case _ where isRefusedByXML(scalar): out += "\u{FFFD}"
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Text for the content or an attribute of an HTML-like label (`<…>`): XML-escaped, NUL dropped,
    /// each newline a `<br/>`.
    ///
    /// Graphviz 2.42 replaces `\N`, `\G`, `\E`, `\H`, `\T` and `\L` in HTML-like label text with
    /// the node name, graph name … *after* decoding entities, and has no escape for them; so a
    /// WORD JOINER (U+2060, invisible) is put between such a backslash and its letter.
    ///
    /// Text with nothing visible in it (empty, spaces, a zero-width space) becomes a no-break space:
    /// Graphviz refuses `<font …></font>` without content, and the whole map with it (found by
    /// the FuzzDOT target with a sector named U+200B).
    public static func html(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isVisible) else { return "&#160;" }
        var out = ""
        var previousWasCR = false
        var previousWasBackslash = false
        for scalar in text.unicodeScalars {
            defer {
                previousWasCR = scalar == "\r"
                previousWasBackslash = scalar == "\\"
            }
            if previousWasBackslash, "GNEHTL".unicodeScalars.contains(scalar) { out += "\u{2060}" }
            switch scalar {
            case "\0": continue
            case _ where isRefusedByXML(scalar): out += "\u{FFFD}"
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            // Graphviz 2.43 refuses a text of nothing but `]` (found by FuzzDOT); as a reference it
            // reads fine everywhere.
            case "]": out += "&#93;"
            case "\r": out += "<br/>"
            case "\n": if !previousWasCR { out += "<br/>" }
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A number as DOT expects it: `.` decimal separator, at most `decimals` places, no exponent,
    /// trailing zeros dropped — the same text for the same value on every machine.
    public static func number(_ value: Double, decimals: Int = 3) -> String {
        guard value.isFinite else { return "0" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (value * scale).rounded()
        let negative = scaled < 0
        let magnitude = Swift.abs(scaled)
        guard magnitude < 1e15 else { return negative ? "-1e15" : "1e15" }
        let whole = Int(magnitude / scale)
        var fraction = Int(magnitude) - whole * Int(scale)
        var digits = ""
        var places = decimals
        while places > 0, fraction % 10 == 0 { fraction /= 10; places -= 1 }
        if places > 0 {
            let text = String(fraction)
            digits = "." + String(repeating: "0", count: places - text.count) + text
        }
        return (negative && magnitude > 0 ? "-" : "") + String(whole) + digits
    }
}
