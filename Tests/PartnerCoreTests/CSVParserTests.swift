import Testing
@testable import PartnerCore

@Suite("CSVParser: RFC 4180 over bytes")
struct CSVParserTests {
    private func parse(_ text: String) -> [CSVRecord] { CSVParser(bytes: Array(text.utf8)).records }
    private func fields(_ text: String) -> [[String]] { parse(text).map(\.fields) }

    @Test("Quoted fields hold commas, doubled quotes and line breaks")
    func quoting() {
        #expect(fields("a,\"b,c\",d\n") == [["a", "b,c", "d"]])
        #expect(fields("\"say \"\"hi\"\"\",x\n") == [["say \"hi\"", "x"]])
        #expect(fields("\"two\nlines\",x\n") == [["two\nlines", "x"]])
        #expect(fields("\"crlf\r\ninside\",x\r\n") == [["crlf\r\ninside", "x"]])
        #expect(fields("\"\",\"\"\"\"\n") == [["", "\""]])
    }

    @Test("CRLF, LF and CR line ends; with or without a final line break")
    func lineEnds() {
        let expected = [["a", "b"], ["c", "d"]]
        #expect(fields("a,b\r\nc,d\r\n") == expected)
        #expect(fields("a,b\nc,d\n") == expected)
        #expect(fields("a,b\rc,d") == expected)
        #expect(fields("a,b\nc,d") == expected)
    }

    @Test("A UTF-8 byte-order mark is skipped; UTF-8 text is kept")
    func byteOrderMark() {
        let records = CSVParser(bytes: CSVParser.byteOrderMark + Array("id,nom\nx,Société\n".utf8)).records
        #expect(records.map(\.fields) == [["id", "nom"], ["x", "Société"]])
    }

    @Test("Empty fields, trailing commas and blank lines")
    func emptyFields() {
        #expect(fields("a,,c\n") == [["a", "", "c"]])
        #expect(fields("a,b,\n") == [["a", "b", ""]])
        #expect(fields("a,b,") == [["a", "b", ""]])
        #expect(fields("\n\r\na\n\n\nb\n") == [["a"], ["b"]])
        #expect(fields("") == [])
        #expect(parse(",,\n")[0].isBlank)
    }

    @Test("Line numbers are physical lines of each record's start")
    func lineNumbers() {
        let records = parse("h1,h2\r\n\"multi\r\nline\nfield\",x\r\n\r\nlast,y\n")
        #expect(records.map(\.line) == [1, 2, 6])
        #expect(parse("a\rb\r\"c\rd\"\re").map(\.line) == [1, 2, 3, 5])
    }

    @Test("Malformed quoting is reported with its line and field, and reading goes on")
    func malformedQuoting() {
        let textAfter = parse("a,\"b\"c,d\nnext,row\n")
        #expect(textAfter.map(\.fields) == [["a", "bc", "d"], ["next", "row"]])
        #expect(textAfter[0].issues == [CSVSyntaxIssue(kind: .textAfterClosingQuote, line: 1, fieldIndex: 1)])
        #expect(textAfter[1].issues.isEmpty)

        let stray = parse("x,Centre \"Le Phare\"\n")
        #expect(stray[0].fields == ["x", "Centre \"Le Phare\""])
        #expect(stray[0].issues.map(\.kind) == [.quoteInUnquotedField])
        #expect(stray[0].issues[0].isWarning)

        let unterminated = parse("a,b\nc,\"open\nd,e\n")
        #expect(unterminated.count == 2)
        #expect(unterminated[1].fields == ["c", "open\nd,e\n"])
        #expect(unterminated[1].issues == [CSVSyntaxIssue(kind: .unterminatedQuote, line: 2, fieldIndex: 1)])
    }

    @Test("Invalid UTF-8 and NUL bytes are reported per field, never trapping")
    func encodingIssues() {
        let latin1: [UInt8] = Array("id,name\nx,Soci".utf8) + [0xE9] + Array("t\u{E9}\n".utf8)
        let records = CSVParser(bytes: latin1).records
        #expect(records[1].issues == [CSVSyntaxIssue(kind: .invalidUTF8, line: 2, fieldIndex: 1)])
        #expect(records[1].fields[1] == "Soci\u{FFFD}té")

        let nul = CSVParser(bytes: Array("a,b\u{0}c\n".utf8)).records
        #expect(nul[0].issues.map(\.kind) == [.nulByte])
    }

    @Test("firstRecord stops at the first match")
    func firstRecord() {
        let parser = CSVParser(bytes: Array(",,\nh1,h2\n1,2\n".utf8))
        #expect(parser.firstRecord(where: { !$0.isBlank })?.fields == ["h1", "h2"])
        #expect(parser.firstRecord(where: { $0.fields.count > 5 }) == nil)
    }
}

@Suite("CSVWriter: quoting and formula guard")
struct CSVWriterTests {
    @Test("Fields are quoted only when needed, quotes doubled", arguments: [
        ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\""),
        (" padded", "\" padded\""), ("", ""), ("Société", "Société"),
    ])
    func quoting(text: String, written: String) {
        #expect(CSVWriter.field(text) == written)
    }

    @Test("Cells that a spreadsheet would run as a formula get a leading quote", arguments: [
        ("=SUM(A1:A9)", "\"'=SUM(A1:A9)\""), ("+33 1 23", "\"'+33 1 23\""), ("-cmd|' /C calc'!A0", "\"'-cmd|' /C calc'!A0\""),
        ("@import", "\"'@import\""), ("\tx", "\"'\tx\""), ("=a,b", "\"'=a,b\""),
    ])
    func formulaGuard(text: String, written: String) {
        #expect(CSVWriter.field(text) == written)
    }

    @Test("Plain numbers are not guarded; undefined numbers are empty")
    func numbers() {
        #expect(CSVWriter.field("-0.25") == "-0.25")
        #expect(CSVWriter.field("+3") == "+3")
        #expect(CSVWriter.number(-0.25) == "-0.25")
        #expect(CSVWriter.number(3) == "3")
        #expect(CSVWriter.number(0.1) == "0.1")
        #expect(CSVWriter.number(nil) == "")
        #expect(CSVWriter.number(.nan) == "")
        #expect(CSVWriter.number(.infinity) == "")
    }

    @Test("A document has a header and CRLF line ends")
    func document() {
        let text = CSVWriter().document(header: ["id", "name"], rows: [["a", "A, Inc."], ["b", "=1+1"]])
        #expect(text == "id,name\r\na,\"A, Inc.\"\r\nb,\"'=1+1\"\r\n")
    }

    @Test("What the writer writes, the parser reads back unchanged (random fields, fixed seed)")
    func roundTrip() {
        var random = SplitMix64(seed: 42)
        let alphabet = Array("ab ,\"\n\r;éÎ'0-9x".unicodeScalars)
        for _ in 0..<300 {
            let rows: [[String]] = (0..<Int.random(in: 1...4, using: &random)).map { _ in
                (0..<3).map { _ in
                    var field = "k"  // a letter first, so no formula guard changes the text
                    for _ in 0..<Int.random(in: 0...8, using: &random) {
                        field.unicodeScalars.append(alphabet[Int.random(in: 0..<alphabet.count, using: &random)])
                    }
                    return field
                }
            }
            let text = CSVWriter().document(header: ["h1", "h2", "h3"], rows: rows)
            let read = CSVParser(bytes: Array(text.utf8)).records
            #expect(read.map(\.fields) == [["h1", "h2", "h3"]] + rows)
            #expect(read.allSatisfy { $0.issues.isEmpty })
        }
    }
}
