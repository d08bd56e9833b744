// Small value types the templates read. They hold text already formatted for the page's language;
// the templates escape every `{{value}}`, and only the fields named `svg` are inserted raw
// (`{{{svg}}}`), because they hold SVG that PartnerRender escaped when it wrote it.

/// A labelled figure ("Organizations: 301").
struct Figure: Sendable {
    var label: String
    var value: String
}

/// A number cell of a sortable table: the text people read, and the plain value the script sorts
/// by (`""` when undefined, so it sorts last).
struct Cell: Sendable {
    var text: String
    var value: String

    init(_ value: Double?, _ text: String) {
        self.text = text
        self.value = value.flatMap { $0.isFinite ? Self.plain($0) : nil } ?? ""
    }

    init(_ value: Int, _ text: String) {
        self.text = text
        self.value = String(value)
    }

    /// The value as JavaScript's `Number()` reads it, whatever the page's language.
    static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}

/// An SVG figure inserted as is.
struct Chart: Sendable {
    /// SVG markup without the XML prolog.
    var svg: String
}

/// A link to a region page.
struct RegionLink: Sendable {
    var name: String
    var href: String
}

/// A sector colour in a map legend.
struct LegendSector: Sendable {
    var name: String
    var color: String
}

/// A line style in a map legend.
struct LegendLine: Sendable {
    var label: String
    var color: String
    var dashed: Bool
}

/// A map with its caption and legend (see `mapfigure.mustache`).
struct MapFigure: Sendable {
    var svg: String
    var caption: String
    var sectors: [LegendSector]
    var lines: [LegendLine]
    var sizeNote: String?
    var isProvince: Bool
}

/// One file (or one table in two formats) of `data/`.
struct DataFileRow: Sendable {
    struct Link: Sendable {
        var name: String
        var href: String
    }

    var links: [Link]
    var description: String
}

/// A group of line charts (the growth charts of a page).
struct ChartGroup: Sendable {
    var charts: [Chart]
}
