import Foundation

/// The formats PartnerMap writes a network in.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// A folder with `organizations.csv` and `links.csv`.
    case workspace
    case graphml
    case gexf
    case json

    /// The format a destination path asks for: its extension, or a workspace for an existing
    /// folder, a path ending in `/`, or a name without extension.
    public static func inferred(from path: String) -> ExportFormat? {
        var isFolder: ObjCBool = false
        if path.hasSuffix("/") || FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue {
            return .workspace
        }
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        if ext.isEmpty { return .workspace }
        return allCases.first { $0.fileExtension == ext }
    }

    /// The extension of files in this format (`nil` for a workspace folder).
    public var fileExtension: String? {
        switch self {
        case .workspace: nil
        case .graphml: "graphml"
        case .gexf: "gexf"
        case .json: "json"
        }
    }
}

/// How to write a network.
public struct WriteOptions: Sendable {
    /// Write edges as directed; `nil` keeps the network's own direction.
    public var isDirected: Bool?
    /// Replace existing files.
    public var replacing: Bool
    /// Name of the link list in node-link JSON.
    public var edgesKey: NodeLinkJSON.EdgesKey
    /// Sector colours for GEXF; sectors not in it get ``SectorColors``' colours.
    public var sectorColors: [Sector: RGBColor]

    public init(isDirected: Bool? = nil, replacing: Bool = false, edgesKey: NodeLinkJSON.EdgesKey = .edges,
                sectorColors: [Sector: RGBColor] = [:]) {
        self.isDirected = isDirected
        self.replacing = replacing
        self.edgesKey = edgesKey
        self.sectorColors = sectorColors
    }
}

/// Writes a network to disk in any ``ExportFormat``, whole or not at all (see ``OutputFile``).
public enum NetworkWriter {
    /// Writes `network` to `path` (a folder for ``ExportFormat/workspace``).
    ///
    /// - Throws: ``InputOutputError`` when the destination exists (without
    ///   ``WriteOptions/replacing``) or cannot be written; ``DataError`` when a value cannot be
    ///   written in the format.
    public static func write(_ network: PartnershipNetwork, to path: String, format: ExportFormat,
                             options: WriteOptions = WriteOptions()) throws {
        let bytes: Data
        switch format {
        case .workspace:
            // CSV does not record direction: `--directed` is given when the workspace is read.
            try WorkspaceWriter.write(network, to: path, replacing: options.replacing)
            return
        case .graphml:
            bytes = try GraphMLWriter.write(network, isDirected: options.isDirected, file: path)
        case .gexf:
            bytes = try GEXFWriter.write(network, isDirected: options.isDirected, colors: options.sectorColors, file: path)
        case .json:
            bytes = NodeLinkJSON.write(network, isDirected: options.isDirected, edgesKey: options.edgesKey)
        }
        try OutputFile.write(bytes, to: path, replacing: options.replacing)
    }
}
