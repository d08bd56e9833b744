/// A Graphviz layout engine, by name.
///
/// An open set: the engines libgvc ships are static members, and any other name is accepted and
/// checked by Graphviz itself when a layout is asked for (an unknown one throws
/// ``GraphvizError/Kind/unknownEngine``).
public struct GraphvizEngine: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ name: String) { self.rawValue = name }
    public var description: String { rawValue }

    /// Hierarchical layers; honours clusters. Slow above a few hundred nodes.
    public static let dot = GraphvizEngine("dot")
    /// Stress majorization (Kamada–Kawai style); the default for a region's map.
    public static let neato = GraphvizEngine("neato")
    /// Force-directed (Fruchterman–Reingold); honours clusters; slow above ~300 nodes.
    public static let fdp = GraphvizEngine("fdp")
    /// Multiscale force-directed; the engine for hundreds to thousands of nodes.
    public static let sfdp = GraphvizEngine("sfdp")
    /// Circular layout of biconnected components.
    public static let circo = GraphvizEngine("circo")
    /// Radial layout around a root.
    public static let twopi = GraphvizEngine("twopi")
    /// `neato -n`: keeps every node's `pos`, routes edges. For drawings at fixed positions.
    public static let nop = GraphvizEngine("nop")
    /// `neato -n2`: keeps node and edge positions as given.
    public static let nop2 = GraphvizEngine("nop2")

    /// The engines a collaboration map may be drawn with (the CLI's choices).
    public static let mapEngines: [GraphvizEngine] = [.neato, .fdp, .sfdp, .dot, .circo, .twopi]

    /// Whether the engine reads the graph attribute `start` as a random seed.
    public var takesSeed: Bool { [.neato, .fdp, .sfdp].contains(self) }
}

/// A Graphviz output format (`gvRenderData`'s `format`), by name, e.g. `svg` or `png:cairo`.
public struct GraphvizFormat: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ name: String) { self.rawValue = name }
    public var description: String { rawValue }

    public static let svg = GraphvizFormat("svg")
    public static let png = GraphvizFormat("png")
    public static let pdf = GraphvizFormat("pdf")
    /// The laid-out graph as DOT with positions.
    public static let dot = GraphvizFormat("dot")
    /// The input graph as canonical DOT, without layout attributes.
    public static let canon = GraphvizFormat("canon")
    /// Positions in a line-based text form.
    public static let plain = GraphvizFormat("plain")
    /// Positions and drawing operations as JSON.
    public static let json = GraphvizFormat("json")

    /// The device part of the name (`png` of `png:cairo:cairo`), lower-cased.
    public var device: String {
        String(rawValue.prefix { $0 != ":" }).lowercased()
    }

    /// Devices and renderers never handed to Graphviz: `x11`/`xlib` crash the process (SIGSEGV),
    /// `gtk` calls `exit(1)` without a display, `gd`/`gd2` produce zero bytes in memory.
    static let refusedParts: Set<String> = ["x11", "xlib", "gtk", "gd", "gd2"]

    /// Whether PartnerMap refuses to render this format in memory.
    public var isRefused: Bool {
        rawValue.lowercased().split(separator: ":").contains { Self.refusedParts.contains(String($0)) }
    }

    /// Whether the format is a raster image, whose pixel size the graph's `dpi` sets.
    public var isBitmap: Bool {
        ["png", "jpg", "jpeg", "jpe", "gif", "bmp", "tif", "tiff", "webp", "ico"].contains(device)
    }

    /// The usual file name extension for the format.
    public var fileExtension: String {
        switch device {
        case "canon", "dot", "gv", "xdot": "dot"
        case "plain", "plain-ext": "txt"
        default: device
        }
    }
}
