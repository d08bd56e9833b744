import Foundation
@testable import PartnerCore

/// A small network with everything the interchange formats must carry: hostile names (quotes,
/// `<`, `&`, line breaks, formula starts, DOT syntax, non-Latin scripts), extra attributes,
/// since/until, several kinds and years per pair, strengths, stages, rows without year or kind.
enum InterchangeFixture {
    static let organizations: [Organization] = [
        Organization(id: "cisss-gim", name: "CISSS de la Gaspésie — \"santé\" & <services>",
                     sector: .health, region: Region("Gaspésie–Îles-de-la-Madeleine"), type: "CISSS",
                     since: 2019, attributes: ["language": "French", "website": "https://example.org/?a=1&b=2"]),
        Organization(id: "npi 2", name: "Vision Gaspé–Percé Now\nline two", sector: .community,
                     region: Region("Gaspésie–Îles-de-la-Madeleine"), type: "NPI organization",
                     attributes: ["language": "English"]),
        Organization(id: "ecole&3", name: "=HYPERLINK(\"http://x\")", sector: .education,
                     region: Region("Gaspésie–Îles-de-la-Madeleine"), until: 2021),
        Organization(id: "node\"]; evil", name: "a -> b [label=\"x\"];  two  spaces", sector: .municipal,
                     region: Region("Laval"), since: 2020, until: 2022, attributes: ["note": "+1, \"quoted\""]),
        Organization(id: "日本", name: "Кооператив 日本 ✓", sector: Sector("social services"), region: Region("Laval")),
    ]

    static let links: [Link] = [
        Link(source: "cisss-gim", target: "npi 2", year: 2019, kind: "referral", strength: 2, stage: .jointAction),
        Link(source: "cisss-gim", target: "npi 2", year: 2020, kind: "referral", strength: 2, stage: .jointAction),
        Link(source: "cisss-gim", target: "npi 2", year: 2022, kind: "referral", strength: 2, stage: .jointAction),
        Link(source: "cisss-gim", target: "npi 2", year: 2020, kind: "joint project", strength: 3,
             stage: .integration, attributes: ["budget": "12,500 $"]),
        Link(source: "npi 2", target: "ecole&3", year: 2020, kind: "information", strength: 1.5),
        Link(source: "npi 2", target: "ecole&3", year: 2021, kind: "information", strength: 2.5),
        Link(source: "node\"]; evil", target: "日本", year: 2021, kind: "shared\nresources", strength: 1,
             stage: .engagingCommunity, attributes: ["note": "<b>bold</b>"]),
        Link(source: "日本", target: "cisss-gim", year: 2022, kind: nil, strength: 0.25),
    ]

    static var network: PartnershipNetwork {
        PartnershipNetwork(organizations: organizations, links: links)
    }

    /// The fixture as a single snapshot: no years anywhere.
    static var withoutYears: PartnershipNetwork {
        let organizations = organizations.map { organization in
            var copy = organization
            copy.since = nil
            copy.until = nil
            return copy
        }
        let links = links.filter { $0.year == 2020 }.map { link in
            var copy = link
            copy.year = nil
            return copy
        }
        return PartnershipNetwork(organizations: organizations, links: links)
    }

    /// A canonical description of a network: organizations by id, link rows sorted — equal
    /// descriptions mean the same data whatever the row order. An empty attribute value is no
    /// value (a blank CSV cell).
    static func canonical(_ network: PartnershipNetwork) -> [String] {
        let organizations = network.organizations.map { o in
            "org|\(o.id)|\(o.name)|\(o.sector.name)|\(o.region.name)|\(o.type ?? "-")|\(o.since.map(String.init) ?? "-")|\(o.until.map(String.init) ?? "-")|\(o.attributes.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key })"
        }.sorted()
        let links = network.links.map { l in
            "link|\(l.source)|\(l.target)|\(l.year.map(String.init) ?? "-")|\(l.kind ?? "-")|\(l.strength)|\(l.stage?.name ?? "-")|\(l.attributes.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key })"
        }.sorted()
        return organizations + links
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("partnermap-interchange-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
