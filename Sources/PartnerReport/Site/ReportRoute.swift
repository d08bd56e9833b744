/// One page or data file of a report.
///
/// A route names what a resource is, not where it lives: ``path`` is its place in a report folder,
/// and ``ReportLinks`` decides how one page links to another (a relative file path in a folder, an
/// address under `/networks/{id}` on the server).
public enum ReportRoute: Hashable, Sendable, CustomStringConvertible {
    /// The whole network at a glance (`index.html`).
    case overview
    /// One region's page (`regions/{slug}.html`).
    case region(slug: String)
    /// One table of `data/` in one format (`data/organizations.csv`).
    case dataFile(name: String, format: DataFileFormat)

    /// The formats a data table is written in.
    public enum DataFileFormat: String, CaseIterable, Hashable, Sendable {
        case csv
        case json

        /// The media type a server sends the file with.
        public var mediaType: String {
            switch self {
            case .csv: "text/csv; charset=utf-8"
            case .json: "application/json; charset=utf-8"
            }
        }
    }

    /// The route's file in a report folder, relative to the folder.
    public var path: String {
        switch self {
        case .overview: "index.html"
        case .region(let slug): "regions/\(slug).html"
        case .dataFile(let name, let format): "data/\(name).\(format.rawValue)"
        }
    }

    /// The route of a folder-relative path (`regions/gaspesie.html`), or `nil` for a path no route
    /// has. The inverse of ``path``.
    public init?(path: String) {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        switch parts.count {
        case 1 where parts[0] == "index.html":
            self = .overview
        case 2 where parts[0] == "regions" && parts[1].hasSuffix(".html") && parts[1].count > 5:
            self = .region(slug: String(parts[1].dropLast(5)))
        case 2 where parts[0] == "data":
            guard let dot = parts[1].lastIndex(of: "."), dot != parts[1].startIndex,
                  let format = DataFileFormat(rawValue: String(parts[1][parts[1].index(after: dot)...]))
            else { return nil }
            self = .dataFile(name: String(parts[1][..<dot]), format: format)
        default:
            return nil
        }
    }

    /// The media type of the route's content.
    public var mediaType: String {
        switch self {
        case .overview, .region: "text/html; charset=utf-8"
        case .dataFile(_, let format): format.mediaType
        }
    }

    public var description: String { path }
}

/// The one rule by which a report's pages link to each other.
///
/// Pages ask it for every `href` to another route, so the same pages work in a folder opened from
/// the file system (relative paths: `../index.html` from a region page) and on the server (absolute
/// addresses: `/networks/7/regions/gaspesie`).
public struct ReportLinks: Sendable {
    private enum Rule: Sendable {
        case relativeFiles
        case server(base: String, query: String)
    }

    private let rule: Rule

    /// Relative file paths, for a report folder.
    public static let folder = ReportLinks(rule: .relativeFiles)

    /// Addresses under `base` (`/networks/7`): the overview at `base`, a region at
    /// `base/regions/{slug}`, a data file at `base/data/{name}.{format}`; `query` (`lang=fr`, without
    /// `?`) is added to every address when not empty.
    public static func server(base: String, query: String = "") -> ReportLinks {
        var base = base
        while base.hasSuffix("/") { base.removeLast() }
        return ReportLinks(rule: .server(base: base, query: query))
    }

    /// Whether the pages are served (a server's addresses) rather than files of a folder.
    public var isServer: Bool {
        if case .server = rule { true } else { false }
    }

    /// The `href` a page at `page` writes to link to `target`.
    ///
    /// - Complexity: O(length of the two paths).
    public func href(_ target: ReportRoute, from page: ReportRoute) -> String {
        switch rule {
        case .relativeFiles:
            return Self.relativePath(to: target.path, from: page.path)
        case let .server(base, query):
            let address: String
            switch target {
            case .overview: address = base
            case .region(let slug): address = "\(base)/regions/\(Self.percentEncoded(slug))"
            case .dataFile: address = "\(base)/\(target.path)"
            }
            return query.isEmpty ? address : "\(address)?\(query)"
        }
    }

    /// `target` relative to the folder of `page` (both folder-relative file paths).
    static func relativePath(to target: String, from page: String) -> String {
        let from = page.split(separator: "/").dropLast()
        let to = target.split(separator: "/")
        var common = 0
        while common < from.count, common < to.count - 1, from[from.startIndex + common] == to[common] {
            common += 1
        }
        let up = Array(repeating: "..", count: from.count - common)
        return (up + to.dropFirst(common).map(String.init)).joined(separator: "/")
    }

    /// Slugs are ASCII letters, digits and `-` already; anything else is percent-encoded so an
    /// address never breaks.
    private static func percentEncoded(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return out
    }
}
