import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import PartnerCore

/// XML readers never resolve external entities and never expand entity declarations.
@Suite struct XMLSecurityTests {
    func firstProblem(_ text: String, reader: (Data, String) throws -> LoadedNetwork) -> DataProblem? {
        firstProblem(Data(text.utf8), reader: reader)
    }

    func firstProblem(_ data: Data, reader: (Data, String) throws -> LoadedNetwork) -> DataProblem? {
        do {
            _ = try reader(data, "evil.xml")
            return nil
        } catch let error as DataError {
            return error.problems.first
        } catch {
            return nil
        }
    }

    var readers: [(Data, String) throws -> LoadedNetwork] {
        [{ try GraphMLReader.read($0, file: $1) }, { try GEXFReader.read($0, file: $1) }]
    }

    @Test func refusesExternalEntities() throws {
        let folder = try InterchangeFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let secret = folder.appendingPathComponent("secret.txt")
        try Data("TOP-SECRET".utf8).write(to: secret)
        for root in ["graphml", "gexf"] {
            let text = """
                <?xml version="1.0"?>
                <!DOCTYPE \(root) [
                  <!ENTITY xxe SYSTEM "file://\(secret.path)">
                ]>
                <\(root)><graph><node id="&xxe;"/></graph></\(root)>
                """
            for reader in readers {
                let problem = try #require(firstProblem(text, reader: reader))
                #expect(problem.line == 3)
                #expect(problem.field == "DOCTYPE")
                #expect(problem.message.contains("entity declarations are refused"))
                #expect(!problem.description.contains("TOP-SECRET"))
            }
        }
    }

    @Test func refusesBillionLaughs() throws {
        var declarations = "<!ENTITY lol0 \"lol\">\n"
        for level in 1...9 {
            declarations += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">\n"
        }
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [\n\(declarations)]>\n<graphml><graph><node id=\"&lol9;\"/></graph></graphml>"
        let started = Date()
        for reader in readers {
            let problem = try #require(firstProblem(text, reader: reader))
            #expect(problem.message.contains("entity declarations are refused"))
            #expect(problem.line == 3)
        }
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test func refusesExternalDTDs() throws {
        let folder = try InterchangeFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dtd = folder.appendingPathComponent("evil.dtd")
        try Data("<!ENTITY e \"LEAKED\">".utf8).write(to: dtd)
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml SYSTEM \"\(dtd.path)\">\n<graphml><graph><node id=\"&e;\"/></graph></graphml>"
        let problem = try #require(firstProblem(text, reader: readers[0]))
        #expect(problem.message.contains("external DTDs are refused"))
        #expect(problem.line == 2)
    }

    /// Even without the pre-scan, the parser must not read an external DTD's entities.
    @Test func parserItselfDoesNotLoadExternalDTDs() throws {
        let folder = try InterchangeFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dtd = folder.appendingPathComponent("evil.dtd")
        try Data("<!ENTITY e \"LEAKED\">".utf8).write(to: dtd)
        let text = "<!DOCTYPE g SYSTEM \"\(dtd.path)\">\n<g>&e;</g>"
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldResolveExternalEntities = false
        #expect(parser.parse() == false || parser.parserError != nil)
    }

    @Test func plainDoctypeIsAllowed() throws {
        let loaded = try GraphMLReader.read(Data("<!DOCTYPE graphml>\n<graphml><graph><node id=\"a\"/></graph></graphml>".utf8), file: "ok.graphml")
        #expect(loaded.network.organizations.count == 1)
    }

    @Test func refusesUTF16() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "<graphml/>".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let problem = try #require(firstProblem(Data(bytes), reader: readers[0]))
        #expect(problem.message.contains("UTF-16"))
    }

    @Test(arguments: [
        ("<graphml>\n<graph>\n<node id=\"a\">\n</graph>\n</graphml>", 4, "a closing tag does not match the open element"),
        ("<graphml>\n<graph edgedefault=\"undirected\">\n<node id=\"a & b\"/>", 3, "a name is expected here (a bare '&' or '<' in text must be escaped)"),
        ("<graphml>\n<graph>\n<node id=\"a\"/>\n", 3, "the document ends too early or has content after the root element"),
        ("", 1, "the file is empty: expected an XML document"),
        ("<graphml>\n<y:graph/></graphml>", 2, "an element or attribute uses an undeclared namespace prefix"),
    ])
    func malformedXMLIsLocated(_ text: String, _ line: Int, _ message: String) throws {
        let problem = try #require(firstProblem(text, reader: readers[0]))
        #expect(problem.line == line)
        #expect(problem.message.hasSuffix(message))
    }

    @Test func deepNestingIsRefused() throws {
        let text = "<graphml>" + String(repeating: "<x>", count: 5000) + String(repeating: "</x>", count: 5000) + "</graphml>"
        let problem = try #require(firstProblem(text, reader: readers[0]))
        #expect(problem.message.contains("nested more than 256 deep"))
    }

    @Test func writersRefuseCharactersXMLCannotCarry() {
        let network = PartnershipNetwork(organizations: [
            Organization(id: "a", name: "bell\u{07}", sector: .health, region: Region("r")),
            Organization(id: "b", name: "ok", sector: .health, region: Region("r"), attributes: ["x": "\u{1B}[31m"]),
        ], links: [])
        for write in [{ try GraphMLWriter.write(network, file: "out.graphml") }, { try GEXFWriter.write(network, file: "out.graphml") }] {
            do {
                _ = try write()
                Issue.record("a control character was written")
            } catch let error as DataError {
                #expect(error.problems.count == 2)
                #expect(error.problems[0].message.contains("U+0007"))
                #expect(error.problems[1].message.contains("U+001B"))
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
        // JSON and CSV carry them.
        #expect(String(decoding: NodeLinkJSON.write(network), as: UTF8.self).contains("bell\\u0007"))
    }
}
