import Testing
@testable import PartnerCore

/// One broken workspace and the one error it must give: exact file, line and field, and the words
/// that say what was expected.
struct MalformedCase: Sendable, CustomTestStringConvertible {
    let name: String
    /// File contents; `nil` leaves the file out.
    let organizations: [UInt8]?
    let links: [UInt8]?
    let file: String
    let line: Int?
    let field: String?
    /// Words the message must contain.
    let says: String

    var testDescription: String { name }

    static let organizationsHeader = "id,name,sector,region,since,until\n"
    static let goodOrganizations = organizationsHeader + "a,Alpha,health,North,,\nb,Beta,education,North,,\nc,Gamma,community,South,,\n"
    static let linksHeader = "source,target,year,kind,strength,stage\n"
    static let goodLinks = linksHeader + "a,b,2021,referral,1,1\nb,c,2021,referral,2,joint-action\n"

    /// A case whose organizations.csv is the good one plus `extraRow` (line 5).
    static func organization(_ name: String, row extraRow: String, field: String?, says: String,
                             line: Int? = 5) -> MalformedCase {
        MalformedCase(name: name, organizations: Array((goodOrganizations + extraRow + "\n").utf8),
                      links: Array(goodLinks.utf8), file: "organizations.csv", line: line, field: field, says: says)
    }

    /// A case whose links.csv is the good one plus `extraRow` (line 4).
    static func link(_ name: String, row extraRow: String, field: String?, says: String,
                     line: Int? = 4) -> MalformedCase {
        MalformedCase(name: name, organizations: Array(goodOrganizations.utf8),
                      links: Array((goodLinks + extraRow + "\n").utf8), file: "links.csv", line: line, field: field,
                      says: says)
    }

    static func files(_ name: String, organizations: [UInt8]?, links: [UInt8]? = Array(goodLinks.utf8),
                      file: String, line: Int?, field: String?, says: String) -> MalformedCase {
        MalformedCase(name: name, organizations: organizations, links: links, file: file, line: line, field: field,
                      says: says)
    }

    static let all: [MalformedCase] = [
        // organizations.csv rows
        organization("duplicate id", row: "a,Again,health,North,,", field: "id", says: "\"a\" is already used on line 2"),
        organization("empty id", row: "  ,Nameless,health,North,,", field: "id", says: "empty; expected a unique identifier"),
        organization("empty name", row: "d,,health,North,,", field: "name", says: "empty; expected the organization's name"),
        organization("empty sector", row: "d,Delta, ,North,,", field: "sector", says: "empty; expected its sector"),
        organization("empty region", row: "d,Delta,health,,,", field: "region", says: "empty; expected its region"),
        organization("since after until", row: "d,Delta,health,North,2022,2020", field: "until",
                     says: "2020 is before since 2022; expected until ≥ since"),
        organization("since not a year", row: "d,Delta,health,North,twenty,", field: "since",
                     says: "\"twenty\" is not a whole number"),
        organization("until not four digits", row: "d,Delta,health,North,,21", field: "until",
                     says: "21 is not a four-digit year"),
        organization("too few fields", row: "d,Delta,health", field: nil, says: "row has 3 fields; expected 6"),
        organization("too many fields", row: "d,Delta,health,North,,,extra", field: nil, says: "row has 7 fields; expected 6"),
        organization("unterminated quote", row: "d,\"Delta,health,North,,", field: "name",
                     says: "quoted value never closed"),
        organization("text after closing quote", row: "d,\"Delta\" Inc,health,North,,", field: "name",
                     says: "text after the closing quote"),
        files("invalid UTF-8 (Latin-1 é)",
              organizations: Array((goodOrganizations + "d,Soci").utf8) + [0xE9] + Array("t\u{E9},health,North,,\n".utf8),
              file: "organizations.csv", line: 5, field: "name", says: "not valid UTF-8"),
        files("NUL byte", organizations: Array((goodOrganizations + "d,Del\u{0}ta,health,North,,\n").utf8),
              file: "organizations.csv", line: 5, field: "name", says: "NUL byte"),
        // links.csv rows
        link("unknown source", row: "zz,a,2021,referral,1,1", field: "source", says: "\"zz\" is not an id in organizations.csv"),
        link("unknown target, differs in case", row: "a,B,2021,referral,1,1", field: "target",
             says: "did you mean \"b\"?"),
        link("self-link", row: "a,a,2021,referral,1,1", field: "target", says: "same as source \"a\""),
        link("empty source", row: ",a,2021,referral,1,1", field: "source", says: "empty; expected the id"),
        link("empty target", row: "a, ,2021,referral,1,1", field: "target", says: "empty; expected the id"),
        link("year with a letter O", row: "a,c,2O21,referral,1,1", field: "year", says: "\"2O21\" is not a whole number"),
        link("year empty", row: "a,c,,referral,1,1", field: "year", says: "empty; expected the survey year"),
        link("year decimal", row: "a,c,2021.5,referral,1,1", field: "year", says: "\"2021.5\" is not a whole number"),
        link("strength not a number", row: "a,c,2021,referral,high,1", field: "strength", says: "\"high\" is not a number"),
        link("strength zero", row: "a,c,2021,referral,0,1", field: "strength", says: "0 is not > 0"),
        link("strength negative", row: "a,c,2021,referral,-2,1", field: "strength", says: "-2 is not > 0"),
        link("strength infinite", row: "a,c,2021,referral,inf,1", field: "strength", says: "\"inf\" is not a finite number"),
        link("strength NaN", row: "a,c,2021,referral,nan,1", field: "strength", says: "\"nan\" is not a finite number"),
        link("strength overflows", row: "a,c,2021,referral,1e999,1", field: "strength", says: "\"1e999\" is not a finite number"),
        link("strength with decimal comma", row: "a,c,2021,referral,\"1,5\",1", field: "strength", says: "decimal comma"),
        link("stage number out of range", row: "a,c,2021,referral,1,9", field: "stage",
             says: "\"9\" is not an NPI stage; expected 1–8 or one of engaging-community"),
        link("stage name unknown", row: "a,c,2021,referral,1,joint actions", field: "stage",
             says: "\"joint actions\" is not an NPI stage"),
        link("ragged link row", row: "a,c,2021", field: nil, says: "row has 3 fields; expected 6"),
        link("quote in the middle of a quoted source", row: "\"a\"\"c,2021,referral,1,1", field: "source",
             says: "quoted value never closed"),
        // whole files
        files("missing organizations.csv", organizations: nil, file: "organizations.csv", line: nil, field: nil,
              says: "missing; expected organizations.csv"),
        files("missing links.csv", organizations: Array(goodOrganizations.utf8), links: nil, file: "links.csv",
              line: nil, field: nil, says: "missing; expected links.csv"),
        files("empty organizations.csv", organizations: [], file: "organizations.csv", line: 1, field: nil,
              says: "empty file; expected a header row naming id, name, sector, region"),
        files("links.csv with only a byte-order mark and blank lines", organizations: Array(goodOrganizations.utf8),
              links: CSVParser.byteOrderMark + Array("\r\n\r\n".utf8), file: "links.csv", line: 1, field: nil,
              says: "empty file"),
        files("no header row", organizations: Array("a,Alpha,health,North\n".utf8), file: "organizations.csv",
              line: 1, field: "header", says: "no header row"),
        files("missing required column", organizations: Array("id,name,sector\na,Alpha,health\n".utf8),
              file: "organizations.csv", line: 1, field: "header", says: "missing column region"),
        files("column named twice", organizations: Array("id,name,sector,region,Name\na,A,h,N,B\nb,B,h,N,C\nc,C,h,S,D\n".utf8),
              file: "organizations.csv", line: 1, field: "Name", says: "appears twice in the header (columns 2 and 5)"),
        files("UTF-16 file", organizations: [0xFF, 0xFE] + Array("i\u{0}d\u{0}".utf8), file: "organizations.csv",
              line: 1, field: nil, says: "UTF-16"),
        files("header but no organizations", organizations: Array(organizationsHeader.utf8),
              links: Array(linksHeader.utf8), file: "organizations.csv", line: nil, field: nil,
              says: "no organizations"),
    ]
}

@Suite("Malformed inputs: every problem with file, line and field")
struct MalformedInputTests {
    @Test("Each malformed input gives exactly one error, located", arguments: MalformedCase.all)
    func malformed(_ testCase: MalformedCase) throws {
        let workspace = try TemporaryWorkspace(organizations: testCase.organizations, links: testCase.links)
        defer { workspace.remove() }
        let result = try workspace.load()
        #expect(result.network == nil, "loading must fail")
        let errors = result.problems.filter { $0.severity == .error }
        #expect(errors.count == 1, "\(errors.map(\.description))")
        guard let error = errors.first else { return }
        #expect(error.file == testCase.file)
        #expect(error.line == testCase.line)
        #expect(error.field == testCase.field)
        #expect(error.message.contains(testCase.says), "\(error.description)")
        var prefix = testCase.file + (testCase.line.map { ":\($0)" } ?? "") + ": "
        if let field = testCase.field { prefix += field + ": " }
        #expect(error.description.hasPrefix(prefix), "\(error.description)")
    }

    @Test("There are at least 20 distinct malformed cases")
    func enoughCases() {
        #expect(Set(MalformedCase.all.map(\.name)).count == MalformedCase.all.count)
        #expect(MalformedCase.all.count >= 20)
    }

    @Test("Every problem of a broken workspace is listed, in file and line order")
    func everyProblem() throws {
        do {
            _ = try NetworkLoader.load(Fixtures.workspace("broken"))
            Issue.record("the broken fixture loaded")
        } catch let error as DataError {
            #expect(error.problems.map(\.description) == [
                "organizations.csv:3: until: 2019 is before since 2021; expected until ≥ since",
                "organizations.csv:4: id: \"n1\" is already used on line 2; expected each id once",
                "organizations.csv:5: name: empty; expected the organization's name",
                "organizations.csv:6: name: quoted value never closed, so the rest of the file reads as this one value; expected a closing \" (a quote inside a quoted value is written \"\")",
                "links.csv:2: target: \"n9\" is not an id in organizations.csv; expected the id of an organization",
                "links.csv:3: target: same as source \"n1\"; expected two different organizations (a self-link is not a partnership)",
                "links.csv:4: year: \"2O21\" is not a whole number; expected a four-digit year such as 2021",
                "links.csv:4: strength: \"high\" is not a number; expected a number > 0 (1 cooperative, 2 coordinated, 3 integrated)",
                "links.csv:4: stage: \"9\" is not an NPI stage; expected 1–8 or one of engaging-community, developing-strategy, knowledge-sharing, partnership-planning, joint-action, accountability, integration, partnership-expansion",
            ])
            #expect(error.errors.count == 9)
        }
    }

    @Test("A file in the wrong encoding lists ten fields, then a count")
    func encodingFlood() throws {
        var organizations = Array("id,name,sector,region\n".utf8)
        for i in 0..<25 { organizations += Array("o\(i),Soci".utf8) + [0xE9] + Array("t\u{E9},sant".utf8) + [0xE9] + Array(",R\n".utf8) }
        let result = try TemporaryWorkspace(organizations: organizations, links: Array("source,target\n".utf8))
        defer { result.remove() }
        let problems = try result.load().problems.filter { $0.severity == .error }
        #expect(problems.count == WorkspaceCSVFile.encodingProblemLimit + 1)
        #expect(problems.first?.description.hasPrefix("organizations.csv: 40 more fields are not valid UTF-8") == true)
    }
}
