import Testing
@testable import PartnerCore

/// A region's slug names a file inside the output folder whatever the region is called.
@Suite("Slugs are safe file names")
struct SlugSafetyTests {
    @Test("path syntax, NUL and dots reduce to letters, digits and hyphens", arguments: [
        ("../../etc/passwd", "etc-passwd"), ("/", "unnamed"), (".", "unnamed"), ("..", "unnamed"),
        ("a\u{0}b", "a-b"), ("..\\..\\Windows\\System32", "windows-system32"), ("~/.ssh", "ssh"),
        ("C:\\Users", "c-users"), ("région <script>", "region-script"), ("", "unnamed"),
    ])
    func pathSyntax(_ name: String, _ slug: String) {
        #expect(Region(name).slug == slug)
    }

    @Test("Windows device names get a suffix, whatever their case", arguments: [
        ("CON", "con-0"), ("nul", "nul-0"), ("Com1", "com1-0"), ("LPT9", "lpt9-0"), ("aux", "aux-0"),
        ("prn.txt", "prn-txt"), ("console", "console"), ("com10", "com10"),
    ])
    func reservedNames(_ name: String, _ slug: String) {
        #expect(Region(name).slug == slug)
    }

    @Test("very long names are cut to 80 characters, never ending in a hyphen")
    func longNames() {
        #expect(Region(String(repeating: "a", count: 300)).slug == String(repeating: "a", count: 80))
        let words = String(repeating: "abc ", count: 100)  // a hyphen falls on position 80
        let slug = Region(words).slug
        #expect(slug.count <= 80 && !slug.hasSuffix("-") && slug.hasPrefix("abc-abc"))
        #expect(Region(String(repeating: "é", count: 1000)).slug.count == 80)
    }
}
