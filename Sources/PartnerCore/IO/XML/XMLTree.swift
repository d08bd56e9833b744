import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One element of an XML document read by ``XMLTree``: its local name, namespace, attributes,
/// text and children, and the line its start tag ends on.
struct XMLElementNode: Sendable {
    /// Local name (`node`, `color`), without prefix.
    var name: String
    /// Namespace URI, empty when the element has none.
    var namespace: String
    /// Attributes by qualified name as written (`id`, `attr.name`, `yfiles.type`).
    var attributes: [String: String]
    /// Character data directly inside the element (text and CDATA, in order).
    var text: String
    var children: [XMLElementNode]
    /// 1-based line of the start tag.
    var line: Int

    /// Children with this local name, in document order.
    func children(named name: String) -> [XMLElementNode] {
        children.filter { $0.name == name }
    }

    /// The first child with this local name.
    func child(named name: String) -> XMLElementNode? {
        children.first { $0.name == name }
    }

    /// The first descendant (depth first) with this local name.
    func firstDescendant(named name: String) -> XMLElementNode? {
        for child in children {
            if child.name == name { return child }
            if let found = child.firstDescendant(named: name) { return found }
        }
        return nil
    }
}

/// Reads an XML file into a tree of ``XMLElementNode``s — safely.
///
/// GraphML and GEXF files come from other people's tools and may be hostile. This reader:
/// - refuses any `DOCTYPE` that declares entities or names an external DTD, before the XML parser
///   sees a byte, so neither external entities (XXE: reading local files or URLs) nor nested entity
///   expansion ("billion laughs") can happen; GraphML and GEXF need neither;
/// - tells Foundation's `XMLParser` (libxml2 on Linux) never to resolve external entities;
/// - refuses UTF-16/UTF-32 files (NUL bytes), so the pre-scan cannot be bypassed by an encoding
///   it does not read, and any declared encoding but UTF-8, ASCII and Latin-1 (the ones libxml2
///   decodes itself): others go through iconv, where libxml2 2.9.14 crashes on a UTF-7 file with
///   a syntax error (found by the FuzzGraphML target);
/// - refuses processing instructions without content (`<?x?>`), on which Foundation's XMLParser
///   passes a NULL pointer to `strlen` and crashes (found by the FuzzGraphML and FuzzGEXF targets);
/// - limits element nesting depth, so a deeply nested file cannot exhaust the stack;
/// - stops at the first syntax error and reports it with its line.
///
/// - Complexity: O(n) in the size of the file; the whole tree is held in memory.
enum XMLTree {
    /// Deepest element nesting accepted. GraphML with nested groups rarely passes 10.
    static let maximumDepth = 256

    /// Parses `data` (the contents of `file`, which is used only in messages).
    ///
    /// - Throws: ``DataError`` with one problem locating what is wrong.
    static func parse(_ data: Data, file: String) throws -> XMLElementNode {
        try refuseUnsafeContent(data, file: file)
        let parser = XMLParser(data: data)
        let builder = TreeBuilder(file: file)
        parser.delegate = builder
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        _ = parser.parse()
        if let problem = builder.problem {
            throw DataError([problem])
        }
        if let error = parser.parserError {
            let code = (error as NSError).code
            throw DataError([.error(file: file, line: max(parser.lineNumber, 1),
                                    "XML is not well-formed: \(describe(xmlErrorCode: code))")])
        }
        guard let root = builder.root else {
            throw DataError([.error(file: file, line: 1, "the file is empty: expected an XML document")])
        }
        return root
    }

    /// Rejects what the XML parser must never be handed: entity declarations, external DTDs and
    /// encodings whose bytes the scan cannot read.
    static func refuseUnsafeContent(_ data: Data, file: String) throws {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE])
            || bytes.prefix(4).contains(0) {
            throw DataError([.error(file: file, line: 1,
                                    "the file is UTF-16 or UTF-32; save it as UTF-8")])
        }
        if let encoding = declaredEncoding(bytes),
           !acceptedEncodings.contains(encoding.lowercased()) {
            throw DataError([.error(file: file, line: 1, field: "encoding",
                                    "the file declares encoding \"\(encoding)\"; expected UTF-8 (save it as UTF-8)")])
        }
        if let (offset, target) = emptyProcessingInstruction(in: bytes) {
            throw DataError([.error(file: file, line: lineNumber(at: offset, in: bytes), field: "<?\(target)?>",
                                    "a processing instruction without content is refused (the XML parser cannot read it); GraphML and GEXF need none — remove it")])
        }
        if let offset = find(Array("<!ENTITY".utf8), in: bytes) {
            throw DataError([.error(file: file, line: lineNumber(at: offset, in: bytes), field: "DOCTYPE",
                                    "entity declarations are refused (they can read local files or expand into gigabytes); GraphML and GEXF need none — remove the DOCTYPE")])
        }
        if let offset = find(Array("<!DOCTYPE".utf8), in: bytes) {
            let declaration = bytes[offset...].prefix { $0 != UInt8(ascii: ">") && $0 != UInt8(ascii: "[") }
            let text = String(decoding: declaration, as: UTF8.self)
            if text.contains("SYSTEM") || text.contains("PUBLIC") {
                throw DataError([.error(file: file, line: lineNumber(at: offset, in: bytes), field: "DOCTYPE",
                                        "external DTDs are refused and never fetched; GraphML and GEXF need none — remove the DOCTYPE")])
            }
        }
    }

    /// The first processing instruction with a target and nothing else (`<?x?>`, `<?x ?>`), by offset.
    static func emptyProcessingInstruction(in bytes: [UInt8]) -> (offset: Int, target: String)? {
        let question = UInt8(ascii: "?")
        var i = 0
        while i + 1 < bytes.count {
            defer { i += 1 }
            guard bytes[i] == UInt8(ascii: "<"), bytes[i + 1] == question else { continue }
            var end = i + 2
            while end < bytes.count, !isXMLSpace(bytes[end]), bytes[end] != question { end += 1 }
            let target = bytes[(i + 2)..<end]
            while end < bytes.count, isXMLSpace(bytes[end]) { end += 1 }
            if end + 1 < bytes.count, bytes[end] == question, bytes[end + 1] == UInt8(ascii: ">") {
                return (i, String(decoding: target.prefix(40), as: UTF8.self))
            }
        }
        return nil
    }

    private static func isXMLSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Encodings libxml2 decodes without iconv, lower-cased.
    static let acceptedEncodings: Set<String> = ["utf-8", "utf8", "us-ascii", "ascii", "iso-8859-1", "iso-latin-1", "latin1"]

    /// The `encoding` of the XML declaration at the start of `bytes` (after a byte-order mark), if any.
    static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard bytes[start...].starts(with: Array("<?xml".utf8)) else { return nil }
        let declaration = bytes[start...].prefix(256).prefix { $0 != UInt8(ascii: ">") }
        guard let key = find(Array("encoding".utf8), in: Array(declaration)) else { return nil }
        var rest = declaration.dropFirst(key + "encoding".utf8.count).drop { $0 == UInt8(ascii: " ") }
        guard rest.first == UInt8(ascii: "=") else { return nil }
        rest = rest.dropFirst().drop { $0 == UInt8(ascii: " ") }
        guard let quote = rest.first, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return nil }
        let value = rest.dropFirst().prefix { $0 != quote }
        return String(decoding: value, as: UTF8.self)
    }

    /// Position of the first occurrence of `needle` in `haystack`.
    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first, haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    private static func lineNumber(at offset: Int, in bytes: [UInt8]) -> Int {
        1 + bytes[..<offset].lazy.filter { $0 == UInt8(ascii: "\n") }.count
    }

    /// A readable explanation of a libxml2 error number (what `XMLParser` reports as its code).
    static func describe(xmlErrorCode code: Int) -> String {
        switch code {
        case 4: "the document is empty"
        case 5: "the document ends too early or has content after the root element"
        case 9: "invalid character (bytes that are not UTF-8, or a control character XML does not allow)"
        case 23: "an entity reference is missing its ';'"
        case 26, 27: "reference to an undeclared entity (escape a literal '&' as '&amp;')"
        case 38: "'<' inside an attribute value (escape it as '&lt;')"
        case 39: "an attribute value must be in quotes"
        case 40: "an attribute value is not closed"
        case 41: "an attribute has no value"
        case 42: "the same attribute appears twice in one element"
        case 65: "a space is required here (between attributes, or after a name)"
        case 68: "a name is expected here (a bare '&' or '<' in text must be escaped)"
        case 73: "'>' expected: a tag is not closed"
        case 76: "a closing tag does not match the open element"
        case 77: "a tag is not finished"
        case 201: "an element or attribute uses an undeclared namespace prefix"
        default: "XML syntax error (libxml2 code \(code))"
        }
    }
}

/// `XMLParser` delegate that builds the tree: a stack of open elements, each appended to its
/// parent when it closes.
private final class TreeBuilder: NSObject, XMLParserDelegate {
    let file: String
    var stack: [XMLElementNode] = []
    var root: XMLElementNode?
    var problem: DataProblem?

    init(file: String) { self.file = file }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        guard problem == nil else { return }
        if stack.count >= XMLTree.maximumDepth {
            problem = .error(file: file, line: parser.lineNumber, field: elementName,
                             "elements are nested more than \(XMLTree.maximumDepth) deep")
            parser.abortParsing()
            return
        }
        if stack.isEmpty, root != nil { return }
        stack.append(XMLElementNode(name: elementName, namespace: namespaceURI ?? "",
                                    attributes: attributes, text: "", children: [],
                                    line: parser.lineNumber))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName: String?) {
        guard problem == nil, let element = stack.popLast() else { return }
        if stack.isEmpty {
            root = element
        } else {
            stack[stack.count - 1].children.append(element)
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += String(decoding: CDATABlock, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        guard problem == nil else { return }
        let code = (parseError as NSError).code
        problem = .error(file: file, line: max(parser.lineNumber, 1),
                         "XML is not well-formed: \(XMLTree.describe(xmlErrorCode: code))")
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        refuseEntity(parser, name)
    }

    func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String,
                publicID: String?, systemID: String?) {
        refuseEntity(parser, name)
    }

    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
        refuseEntity(parser, name)
        return nil
    }

    /// Second line of defence, should the pre-scan ever miss a declaration.
    private func refuseEntity(_ parser: XMLParser, _ name: String) {
        guard problem == nil else { return }
        problem = .error(file: file, line: parser.lineNumber, field: "DOCTYPE",
                         "entity '\(name)' is refused: GraphML and GEXF need no entities")
        parser.abortParsing()
    }
}
