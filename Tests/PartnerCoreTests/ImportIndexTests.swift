import Testing
@testable import PartnerCore

@Suite("Import: id numbering, record bound, blank records")
struct ImportIndexTests {
    @Test("Ids are numbered in order of first mention, across table growth")
    func numbering() {
        var numbering = IDNumbering()
        let ids = (0..<5_000).map { "org\($0)" }
        for (expected, id) in ids.enumerated() {
            #expect(numbering.number(of: id) == Int32(expected))
        }
        // Asked again, after the table grew past its first 1,024 slots: the same numbers.
        #expect(numbering.number(of: "org0") == 0)
        #expect(numbering.number(of: "org4999") == 4_999)
        #expect(numbering.number(of: "Org0") == 5_000)  // case-sensitive, as ids are
        #expect(numbering.number(of: "") == 5_001)
        #expect(numbering.number(of: "Montréal-Nord") == 5_002)
        #expect(numbering.number(of: "Montre\u{301}al-Nord") == 5_003)  // other bytes: another number
        #expect(numbering.ids.count == 5_004)
        #expect(numbering.ids[4_999] == "org4999")
    }

    @Test("The record bound is the line feeds (or lone carriage returns) plus one")
    func recordBound() {
        #expect(CSVParser(bytes: Array("a,b\n1,2\n3,4\n".utf8)).recordCountBound == 4)
        #expect(CSVParser(bytes: Array("a,b\r\n1,2\r\n".utf8)).recordCountBound == 3)
        #expect(CSVParser(bytes: Array("a,b\r1,2\r3,4".utf8)).recordCountBound == 3)
        #expect(CSVParser(bytes: Array("a,b".utf8)).recordCountBound == 1)
        #expect(CSVParser(bytes: []).recordCountBound == 0)
    }

    @Test("A record is blank only when every field is empty or white space")
    func blank() {
        #expect(CSVRecord(line: 1, fields: ["", " ", "\t", "\u{A0}"]).isBlank)
        #expect(!CSVRecord(line: 1, fields: ["", " x"]).isBlank)
        #expect(!CSVRecord(line: 1, fields: ["a", ""]).isBlank)
        #expect(!CSVRecord(line: 1, fields: ["é"]).isBlank)
    }
}
