import Foundation

/// A label written by people — a sector or a region — that matches case-insensitively and ignoring
/// surrounding white space, while keeping the spelling first written for display.
///
/// `Sector` and `Region` conform; their equality and hashing use ``matchingKey`` only, so
/// `"Santé "` and `"santé"` are the same sector, shown as whichever spelling the data used first.
public protocol NormalizedName: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The label as first written (trimmed).
    var name: String { get }
    /// Trimmed and case-folded: what two spellings must share to be the same label.
    var matchingKey: String { get }
    init(_ name: String)
}

extension NormalizedName {
    public var description: String { name }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.matchingKey == rhs.matchingKey }

    public func hash(into hasher: inout Hasher) { hasher.combine(matchingKey) }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.matchingKey < rhs.matchingKey }

    /// Case-, accent- and spacing-insensitive form, used only to *warn* about near-duplicate spellings
    /// (`"Santé"` vs `"sante "`), never to merge them silently.
    public var looseKey: String { Self.looseKey(of: name) }

    static func matchingKey(of name: String) -> String {
        name.trimmedWhitespace.lowercased()
    }

    static func looseKey(of name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive],
                                  locale: nil)
        return folded.unicodeScalars
            .filter { CharacterSet.alphanumerics.contains($0) }
            .map(String.init).joined()
    }

    /// A file-name-safe slug: ASCII letters and digits separated by single hyphens
    /// (`"Gaspésie–Îles-de-la-Madeleine"` → `"gaspesie-iles-de-la-madeleine"`).
    ///
    /// Whatever the name (`../`, `/`, NUL, `.`), the slug names a file in the folder it is used in:
    /// at most ``maximumSlugLength`` characters (file names stop at 255 bytes), and never a name
    /// Windows reserves for a device (`con`, `nul`, `com1` … get `-0`), so a report copied to a
    /// planner's PC still opens.
    public var slug: String {
        let slug = Self.unboundedSlug(of: name)
        var cut = Substring(slug.prefix(Self.maximumSlugLength))
        while cut.last == "-" { cut.removeLast() }
        let stem = String(cut)
        return Self.windowsDeviceNames.contains(stem) ? stem + "-0" : stem
    }

    /// The longest slug; names longer than this share their first 80 letters and digits, which
    /// ``slug`` users make unique.
    public static var maximumSlugLength: Int { 80 }

    /// Device names Windows refuses as a file name, whatever the extension.
    static var windowsDeviceNames: Set<String> {
        Set(["con", "prn", "aux", "nul"] + (1...9).flatMap { ["com\($0)", "lpt\($0)"] })
    }

    private static func unboundedSlug(of name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive],
                                  locale: nil).lowercased()
        var out = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                if pendingHyphen, !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "unnamed" : out
    }
}

/// The field of activity of an organization (health, education, housing …).
///
/// An open set, as swift-system's `Errno` is: the common sectors are static members, and any other
/// value read from data is allowed.
public struct Sector: NormalizedName {
    public let name: String
    public let matchingKey: String

    public init(_ name: String) {
        self.name = name.trimmedWhitespace
        self.matchingKey = self.name.lowercased()
    }

    public static let health = Sector("health")
    public static let socialServices = Sector("social services")
    public static let community = Sector("community")
    public static let education = Sector("education")
    public static let municipal = Sector("municipal")
    public static let employment = Sector("employment")
    public static let housing = Sector("housing")
    public static let justice = Sector("justice")
    public static let research = Sector("research")
    public static let philanthropy = Sector("philanthropy")
    /// Used for organizations read from a file that has no sector attribute.
    public static let unspecified = Sector("unspecified")
}

/// The territory an organization serves (a Quebec health region, a borough …).
public struct Region: NormalizedName {
    public let name: String
    public let matchingKey: String

    public init(_ name: String) {
        self.name = name.trimmedWhitespace
        self.matchingKey = self.name.lowercased()
    }

    /// Used for organizations read from a file that has no region attribute.
    public static let unspecified = Region("unspecified")
}
