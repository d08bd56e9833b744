import PartnerCore

/// Small networks built in code for the renderer tests.
enum TestNetworks {
    /// Two regions of a Quebec-like partnership network: 14 organizations in Gaspésie, 6 in
    /// Bas-Saint-Laurent, 7 sectors, ties of strength 1–3 with kinds and NPI stages, one tie across
    /// the regional border.
    static let quebec: PartnershipNetwork = {
        let gaspesie = Region("Gaspésie–Îles-de-la-Madeleine"), bsl = Region("Bas-Saint-Laurent")
        let rows: [(String, String, Sector, Region)] = [
            ("cisss-gim", "CISSS de la Gaspésie", .health, gaspesie),
            ("clsc-gaspe", "CLSC de Gaspé", .health, gaspesie),
            ("cdc-gaspe", "Corporation de développement communautaire de la Côte-de-Gaspé", .community, gaspesie),
            ("maison-famille", "Maison de la famille de Gaspé", .community, gaspesie),
            ("css-chic-chocs", "Centre de services scolaire des Chic-Chocs", .education, gaspesie),
            ("cegep-gaspesie", "Cégep de la Gaspésie et des Îles", .education, gaspesie),
            ("ville-gaspe", "Ville de Gaspé", .municipal, gaspesie),
            ("mrc-cote-gaspe", "MRC de La Côte-de-Gaspé", .municipal, gaspesie),
            ("sje-gaspe", "Services Québec Gaspé", .employment, gaspesie),
            ("omh-gaspe", "Office municipal d'habitation de Gaspé", .housing, gaspesie),
            ("cooperative-hab", "Coopérative d'habitation du Havre", .housing, gaspesie),
            ("centraide-gim", "Centraide Gaspésie–Îles-de-la-Madeleine", .philanthropy, gaspesie),
            ("banque-alimentaire", "Banque alimentaire de Gaspé", .community, gaspesie),
            ("cjs-gaspe", "Carrefour jeunesse-emploi Côte-de-Gaspé", .employment, gaspesie),
            ("cisss-bsl", "CISSS du Bas-Saint-Laurent", .health, bsl),
            ("uqar", "Université du Québec à Rimouski", .education, bsl),
            ("ville-rimouski", "Ville de Rimouski", .municipal, bsl),
            ("cdc-rimouski", "CDC Rimouski-Neigette", .community, bsl),
            ("omh-rimouski", "Office d'habitation Rimouski-Neigette", .housing, bsl),
            ("cje-rimouski", "Carrefour jeunesse-emploi Rimouski-Neigette", .employment, bsl),
        ]
        let organizations = rows.map { Organization(id: $0.0, name: $0.1, sector: $0.2, region: $0.3) }
        let ties: [(String, String, Double, String, Int)] = [
            ("cisss-gim", "clsc-gaspe", 3, "joint-project", 7),
            ("cisss-gim", "cdc-gaspe", 2, "referral", 5),
            ("cisss-gim", "css-chic-chocs", 2, "joint-project", 5),
            ("cisss-gim", "ville-gaspe", 1, "information", 3),
            ("cisss-gim", "centraide-gim", 2, "shared-resources", 4),
            ("clsc-gaspe", "maison-famille", 2, "referral", 5),
            ("clsc-gaspe", "banque-alimentaire", 1, "referral", 3),
            ("clsc-gaspe", "omh-gaspe", 1, "referral", 2),
            ("cdc-gaspe", "maison-famille", 3, "joint-project", 6),
            ("cdc-gaspe", "banque-alimentaire", 2, "shared-resources", 5),
            ("cdc-gaspe", "centraide-gim", 3, "shared-resources", 6),
            ("cdc-gaspe", "mrc-cote-gaspe", 1, "information", 3),
            ("css-chic-chocs", "cegep-gaspesie", 2, "joint-project", 4),
            ("css-chic-chocs", "cjs-gaspe", 1, "referral", 3),
            ("cegep-gaspesie", "sje-gaspe", 1, "information", 2),
            ("ville-gaspe", "mrc-cote-gaspe", 3, "joint-project", 7),
            ("ville-gaspe", "omh-gaspe", 2, "shared-resources", 4),
            ("omh-gaspe", "cooperative-hab", 1, "information", 1),
            ("sje-gaspe", "cjs-gaspe", 2, "referral", 5),
            ("centraide-gim", "banque-alimentaire", 2, "shared-resources", 4),
            ("cisss-gim", "cisss-bsl", 2, "joint-project", 5),
            ("cisss-bsl", "uqar", 2, "joint-project", 5),
            ("cisss-bsl", "cdc-rimouski", 2, "referral", 4),
            ("uqar", "ville-rimouski", 1, "information", 2),
            ("ville-rimouski", "omh-rimouski", 3, "shared-resources", 6),
            ("cdc-rimouski", "cje-rimouski", 1, "referral", 3),
            ("cdc-rimouski", "omh-rimouski", 1, "referral", 2),
        ]
        let links = ties.map {
            Link(source: $0.0, target: $0.1, year: 2023, kind: $0.3, strength: $0.2, stage: NPIStage(rawValue: $0.4))
        }
        return PartnershipNetwork(organizations: organizations, links: links)
    }()

    /// Organization names a map must carry through DOT, Graphviz and SVG unchanged.
    static let hostileNames: [String] = [
        #"Le "Centre" de santé"#,
        #"C:\chemin\vers\dossier\"#,
        "Services <sociaux> & communautaires",
        "AT&amp;T déjà échappé",
        "fin]; node [shape=box]; x -- y",
        "accolade } fermée { ouverte",
        "Ligne un\nLigne deux",
        "中文 社区 卫生 服务 中心",
        "مركز الخدمات الاجتماعية",
        "Служба здравоохранения",
        "\\N \\G \\L échappements Graphviz",
        "apostrophe l'Écho -- flèche -> ; # // /* commentaire */",
        "NUL\u{0}supprimé",
    ]

    /// A network whose ids and names are all hostile strings (ids prefixed so they stay distinct).
    static let hostile: PartnershipNetwork = {
        let organizations = hostileNames.enumerated().map { index, name in
            Organization(id: "id \(index) " + name, name: name,
                         sector: index % 2 == 0 ? Sector("santé & <services>") : Sector("éducation \"spéciale\""),
                         region: Region("Région \"test\" <&>"))
        }
        let links = organizations.indices.dropFirst().map { i in
            Link(source: organizations[i - 1].id, target: organizations[i].id, kind: "ref\"erral")
        }
        return PartnershipNetwork(organizations: organizations, links: links)
    }()
}
