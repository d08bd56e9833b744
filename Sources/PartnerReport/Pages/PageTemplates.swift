import Foundation
import Mustache
import PartnerCore

/// The report's Mustache templates (the `Templates` resource folder), parsed once.
///
/// Mustache escapes every `{{name}}` for HTML (`&`, `<`, `>`, `"`, `'`), so names from the data come
/// out as text wherever a template shows them; only `{{{svg}}}` inserts markup, and only for SVG that
/// PartnerRender wrote with its own escaping.
struct PageTemplates: Sendable {
    /// The templates the report renders pages with; the others are partials and the layout.
    enum Page: String, CaseIterable, Sendable {
        case index
        case region
    }

    static let names = ["layout", "style", "sort", "mapfigure", "datafiles"] + Page.allCases.map(\.rawValue)

    private let library: MustacheLibrary

    /// Loads and parses every template.
    ///
    /// - Throws: ``PartnerCore/InputOutputError`` when the resource folder is missing (a broken
    ///   installation) or a template does not parse.
    init(names: [String] = Self.names) throws(InputOutputError) {
        var library = MustacheLibrary()
        for name in names {
            guard let url = Bundle.module.url(forResource: name, withExtension: "mustache",
                                              subdirectory: "Templates"),
                  let text = try? String(contentsOf: url, encoding: .utf8)
            else {
                throw InputOutputError(path: "Templates/\(name).mustache",
                                       reason: "report template missing from the PartnerMap installation")
            }
            do {
                try library.register(text, named: name)
            } catch {
                throw InputOutputError(path: "Templates/\(name).mustache", reason: "template does not parse: \(error)")
            }
        }
        self.library = library
    }

    /// Renders `page` with `context` (a view-model value read through reflection).
    ///
    /// - Throws: ``PartnerCore/InputOutputError`` when the template is not in the library — a broken
    ///   installation; a page is never written or sent empty.
    func render(_ page: Page, _ context: Any) throws(InputOutputError) -> String {
        guard let html = library.render(context, withTemplate: page.rawValue) else {
            throw InputOutputError(path: "Templates/\(page.rawValue).mustache",
                                   reason: "report template cannot be rendered (missing from the PartnerMap installation)")
        }
        return html
    }
}
