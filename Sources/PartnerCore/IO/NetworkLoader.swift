import Foundation

/// The formats PartnerMap reads a network from.
public enum InputFormat: String, CaseIterable, Sendable {
    /// A folder with `organizations.csv` and `links.csv` (DESIGN §3).
    case workspace
    /// GraphML (yEd, Gephi, networkx `write_graphml`).
    case graphml
    /// GEXF 1.1–1.3 (Gephi, networkx `write_gexf`).
    case gexf
    /// JSON node-link data (networkx `node_link_data`, D3).
    case json

    /// The format a path is in, judged by its extension (a folder is a workspace).
    public static func inferred(from path: String) -> InputFormat? {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            return .workspace
        }
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        return InputFormat.allCases.first { $0.fileExtensions.contains(ext) }
    }

    /// File extensions that select this format.
    public var fileExtensions: [String] {
        switch self {
        case .workspace: []
        case .graphml: ["graphml"]
        case .gexf: ["gexf"]
        case .json: ["json"]
        }
    }
}

/// How to read a network.
public struct LoadOptions: Sendable {
    /// Read ties as `source` → `target`.
    public var isDirected: Bool
    /// The format; `nil` infers it from the path.
    public var format: InputFormat?
    /// Node attribute holding the sector (interchange formats).
    public var sectorAttribute: String
    /// Node attribute holding the region (interchange formats).
    public var regionAttribute: String
    /// The most links read; an input with more is refused as soon as the reader passes the limit
    /// (see ``LinkLimit``).
    public var maximumLinks: Int

    public init(isDirected: Bool = false, format: InputFormat? = nil,
                sectorAttribute: String = "sector", regionAttribute: String = "region",
                maximumLinks: Int = LinkLimit.defaultMaximum) {
        self.maximumLinks = maximumLinks
        self.isDirected = isDirected
        self.format = format
        self.sectorAttribute = sectorAttribute
        self.regionAttribute = regionAttribute
    }
}

/// A network read from disk, with the warnings met while reading it.
public struct LoadedNetwork: Sendable {
    public var network: PartnershipNetwork
    /// Problems that did not stop the import (severity `.warning`).
    public var warnings: [DataProblem]
    /// Whether the file declares its edges directed (`true`) or undirected (`false`); `nil` for
    /// formats that do not say (a CSV workspace). The network itself is directed only when
    /// ``LoadOptions/isDirected`` asks for it.
    public var declaredDirected: Bool?

    public init(network: PartnershipNetwork, warnings: [DataProblem], declaredDirected: Bool? = nil) {
        self.network = network
        self.warnings = warnings
        self.declaredDirected = declaredDirected
    }
}

/// Reads a network from a workspace folder or an interchange file.
public enum NetworkLoader {
    /// Reads and validates the network at `path`.
    ///
    /// - Throws: ``InputOutputError`` when the path cannot be read at all or its format is unknown;
    ///   ``DataError`` with every problem found when the data is invalid.
    public static func load(_ path: String, options: LoadOptions = LoadOptions()) throws -> LoadedNetwork {
        guard FileManager.default.fileExists(atPath: path) else {
            throw InputOutputError(path: path, reason: "no such file or folder")
        }
        guard let format = options.format ?? InputFormat.inferred(from: path) else {
            throw InputOutputError(
                path: path,
                reason: "unknown input format; expected a workspace folder (organizations.csv, links.csv) or a .graphml, .gexf or .json file")
        }
        switch format {
        case .workspace:
            return try WorkspaceReader.read(folder: path, isDirected: options.isDirected,
                                            maximumLinks: options.maximumLinks)
        case .graphml:
            return try GraphMLReader.read(try contents(of: path), file: path, options: options)
        case .gexf:
            return try GEXFReader.read(try contents(of: path), file: path, options: options)
        case .json:
            return try NodeLinkJSON.read(try contents(of: path), file: path, options: options)
        }
    }

    /// The bytes of the file at `path`.
    ///
    /// - Throws: ``InputOutputError`` when it is a folder or cannot be read.
    static func contents(of path: String) throws -> Data {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw InputOutputError(path: path, reason: "is a folder; expected a file")
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw InputOutputError(path: path, reason: "cannot be read (\(error.localizedDescription))")
        }
    }
}
