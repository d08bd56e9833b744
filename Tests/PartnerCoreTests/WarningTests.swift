import Testing
@testable import PartnerCore

@Suite("Warnings: data that loads but probably does not say what was meant")
struct WarningTests {
    static let organizations = """
        id,name,sector,region,since,until
        a,Alpha,Santé,Gaspésie,,
        b,Beta,sante ,Gaspesie,,
        c,Gamma,education,Gaspésie,2021,
        d,Delta,SANTÉ,Gaspésie,,

        """

    @Test("Near-duplicate spellings, isolated organizations, inactive years and repeated rows")
    func warnings() throws {
        let result = try loadWorkspace(organizations: Self.organizations, links: """
            source,target,year,kind
            a,b,2021,referral
            b,a,2021,referral
            a,c,2020,Joint-Project
            a,b,2021,joint project

            """)
        #expect(result.network != nil)
        #expect(result.problems.map(\.description) == [
            "organizations.csv:3: warning: sector: \"sante\" looks like \"Santé\" (line 2) but is spelled differently, so they count as two sectors; expected one spelling",
            "organizations.csv:3: warning: region: \"Gaspesie\" looks like \"Gaspésie\" (line 2) but is spelled differently, so they count as two regions; expected one spelling",
            "organizations.csv:5: warning: id: \"d\" has no tie in links.csv in any year (an isolated organization)",
            "links.csv:3: warning: repeats the tie b – a (referral, 2021) of line 2; counted once — expected one row per pair, year and kind",
            "links.csv:4: warning: year: 2020 is outside the active years of \"c\" (since 2021, organizations.csv:4); the 2020 snapshot leaves this tie out",
            "links.csv:5: warning: kind: \"joint project\" looks like \"Joint-Project\" (line 4) but is spelled differently, so they count as two kinds; expected one spelling",
        ])
        // "SANTÉ" matches "Santé" exactly once case-folded: the same sector, no warning.
        #expect(result.network?.organizations[3].sector.name == "Santé")
    }

    @Test("Directed data: b → a is not a repeat of a → b")
    func directedRepeats() throws {
        let organizations = "id,name,sector,region\na,A,h,R\nb,B,h,R\n"
        let links = "source,target,year\na,b,2021\nb,a,2021\na,b,2021\n"
        let undirected = try loadWorkspace(organizations: organizations, links: links)
        #expect(undirected.problems.map(\.line) == [3, 4])
        let directed = try loadWorkspace(organizations: organizations, links: links, isDirected: true)
        #expect(directed.problems.map(\.line) == [4])
        #expect(directed.problems.first?.message.contains("a → b") == true)
        #expect(directed.network?.snapshot(year: 2021).ties.count == 2)
    }

    @Test("A stray quote inside an unquoted value is kept, with a warning")
    func strayQuote() throws {
        let result = try loadWorkspace(organizations: "id,name,sector,region\na,Centre \"Le Phare\",h,R\nb,B,h,R\n",
                                       links: "source,target\na,b\n")
        #expect(result.network?.organizations[0].name == "Centre \"Le Phare\"")
        #expect(result.problems.map(\.description) == [
            "organizations.csv:2: warning: name: a quote inside a value that does not start with one, kept as written; expected the value in quotes with the quote doubled (\"Centre \"\"Le Phare\"\"\")",
        ])
    }

    @Test("Errors come with the warnings met on the way")
    func errorsCarryWarnings() throws {
        let result = try loadWorkspace(organizations: Self.organizations, links: "source,target,year\na,b,2021\na,zz,2021\n")
        #expect(result.network == nil)
        #expect(result.problems.filter { $0.severity == .error }.map(\.description) == [
            "links.csv:3: target: \"zz\" is not an id in organizations.csv; expected the id of an organization",
        ])
        #expect(result.problems.filter { $0.severity == .warning }.count == 4)  // sector, region, c and d without ties
    }

    @Test("An unnamed column is kept as an attribute, with a warning")
    func unnamedColumn() throws {
        let result = try loadWorkspace(organizations: "id,name,sector,region,\na,A,h,R,x\nb,B,h,R,\n",
                                       links: "source,target\na,b\n")
        #expect(result.network?.organizations[0].attributes == ["column5": "x"])
        #expect(result.problems.map(\.description) == [
            "organizations.csv:1: warning: column 5: has no name in the header; its values are kept as attribute \"column5\"",
        ])
    }
}
