import PartnerMetrics
import PartnerRender

/// Every word the report writes around the data, in one language.
///
/// Stored properties are read by the templates (`{{t.organizations}}`); the methods build the
/// sentences that hold a number or a name. Names of organizations, sectors and regions are data and
/// are never translated.
public struct Localization: Sendable {
    /// BCP 47 language tag of the page (`<html lang>`).
    public let languageTag: String
    public let defaultTitle: String
    public let generatedBy: String
    public let skipToContent: String

    // Navigation and sections.
    public let overview: String
    public let regions: String
    public let region: String
    public let data: String
    public let atAGlance: String
    public let growth: String
    public let regionsRanked: String
    public let regionsRankedNote: String
    public let provincialMap: String
    public let provincialMapNote: String
    public let sectorHeatmap: String
    public let sectorHeatmapNote: String
    public let collaborationMap: String
    public let collaborationMapNote: String
    public let keyFigures: String
    public let sectorGaps: String
    public let noSectorGap: String
    public let suggestions: String
    public let suggestionsNote: String
    public let noSuggestion: String
    public let brokers: String
    public let brokersNote: String
    public let noBroker: String
    public let singlePoints: String
    public let singlePointsNote: String
    public let noSinglePoint: String
    public let articulationPoints: String
    public let bridges: String
    public let yearChanges: String
    public let noYearChange: String
    public let organizationsTable: String
    public let sortHint: String
    public let backToOverview: String
    public let dataFilesNote: String
    public let notInThisBuild: String

    // Nouns after a count ("1 organization", "3 ties").
    public let organizationNoun: String
    public let organizationsNoun: String
    public let tieNoun: String
    public let tiesNoun: String

    // Figures and table headings.
    public let organizations: String
    public let ties: String
    public let density: String
    public let averageDegree: String
    public let components: String
    public let isolates: String
    public let sectors: String
    public let surveyYears: String
    public let intersectoralShare: String
    public let missingSectors: String
    public let untiedPairs: String
    public let singlePointsCount: String
    public let rank: String
    public let measure: String
    public let thisRegion: String
    public let provincialMedian: String
    public let organization: String
    public let sector: String
    public let type: String
    public let degree: String
    public let strength: String
    public let betweenness: String
    public let closeness: String
    public let eigenvector: String
    public let pagerank: String
    public let clustering: String
    public let coreNumber: String
    public let constraint: String
    public let score: String
    public let why: String
    public let sharedPartners: String
    public let sectorsConnected: String
    public let cutOff: String
    public let tie: String
    public let observed: String
    public let expected: String
    public let ratio: String
    public let file: String
    public let description: String

    // Legends.
    public let legendSectors: String
    public let legendSize: String
    public let legendSuggested: String
    public let legendBoundary: String
    public let legendFormed: String
    public let diffMapNote: String
    public let legendDissolved: String
    public let legendKept: String
    public let heatmapLow: String
    public let heatmapHigh: String

    // Year changes.
    public let joined: String
    public let left: String
    public let formed: String
    public let dissolved: String
    public let strengthened: String
    public let weakened: String
    public let stability: String

    // Charts.
    public let chartSurveyYear: String
    public let chartCount: String
    public let chartSizeTitle: String
    public let chartDensityTitle: String
    public let chartDensityAxis: String
    public let chartIntersectoralTitle: String
    public let chartIntersectoralAxis: String
    public let chartIntersectoralSeries: String
    public let wholeNetwork: String

    // Data files.
    public let dataOrganizations: String
    public let dataRegions: String
    public let dataGrowth: String
    public let dataGaps: String
    public let dataSectorTies: String
    public let dataChanges: String

    // Sector-gap kinds.
    public let missingSector: String
    public let isolatedSector: String
    public let unlinkedPair: String
    public let weakPair: String
    public let isolatedOrganization: String

    /// The column heading of an organization measure.
    public func label(of measure: CentralityMeasure) -> String {
        switch measure {
        case .degree: degree
        case .strength: strength
        case .betweenness: betweenness
        case .closeness: closeness
        case .harmonic: languageTag == "fr" ? "Proximité harmonique" : "Harmonic closeness"
        case .eigenvector: eigenvector
        case .pagerank: pagerank
        case .clustering: clustering
        case .coreNumber: coreNumber
        case .constraint: constraint
        case .effectiveSize: languageTag == "fr" ? "Taille effective" : "Effective size"
        case .brokerage: languageTag == "fr" ? "Courtage" : "Brokerage"
        }
    }

    /// "Survey year 2022".
    public func surveyYear(_ year: Int) -> String {
        languageTag == "fr" ? "Année d’enquête \(year)" : "Survey year \(year)"
    }

    /// "Changes from 2021 to 2022".
    public func changes(from: Int, to: Int) -> String {
        languageTag == "fr" ? "Changements de \(from) à \(to)" : "Changes from \(from) to \(to)"
    }

    /// "Show 17 more findings".
    public func moreFindings(_ value: Int, _ numbers: NumberFormat) -> String {
        languageTag == "fr"
            ? "Afficher \(count(value, numbers, singular: "autre constat", plural: "autres constats"))"
            : "Show \(count(value, numbers, singular: "more finding", plural: "more findings"))"
    }

    /// "3 organizations": `value` written with `numbers`, then the noun that agrees with it.
    public func count(_ value: Int, _ numbers: NumberFormat, singular: String, plural: String) -> String {
        // French uses the singular for 0 and 1; English for 1 only.
        let isSingular = languageTag == "fr" ? abs(value) < 2 : value == 1
        return "\(numbers.integer(value)) \(isSingular ? singular : plural)"
    }
}

extension Localization {
    public static let english = Localization(
        languageTag: "en",
        defaultTitle: "Partnership network report",
        generatedBy: "Made with PartnerMap from the data on this computer; nothing was sent anywhere.",
        skipToContent: "Skip to content",
        overview: "Overview",
        regions: "Regions",
        region: "Region",
        data: "Data",
        atAGlance: "At a glance",
        growth: "Growth over the survey years",
        regionsRanked: "Regions ranked",
        regionsRankedNote: "Ranked by the share of ties that join different sectors. Click a region for its page.",
        provincialMap: "Whole network",
        provincialMapNote: "Every organization and tie of the survey year, coloured by sector; circle area shows the number of partners. Hover over an organization for its figures.",
        sectorHeatmap: "Ties between sectors",
        sectorHeatmapNote: "Each cell counts the ties between two sectors; its colour compares that count with the number expected if ties fell at random at the network’s density (observed ÷ expected).",
        collaborationMap: "Collaboration map",
        collaborationMapNote: "Circles are organizations, coloured by sector, sized by their number of partners; lines are ties, thicker when stronger. Dashed grey lines are suggested partnerships. Hover over an organization for its figures.",
        keyFigures: "Key figures",
        sectorGaps: "Sector gaps",
        noSectorGap: "No sector gap: every expected sector is present and tied to the others.",
        suggestions: "Suggested partnerships",
        suggestionsNote: "Pairs of organizations not yet tied, best first, with the reasons the tie would help.",
        noSuggestion: "No partnership to suggest.",
        brokers: "Brokers",
        brokersNote: "Organizations that hold the region together across sectors.",
        noBroker: "No organization brokers between sectors here.",
        singlePoints: "Single points of failure",
        singlePointsNote: "Organizations and ties whose loss would cut others off from the rest of the region’s network.",
        noSinglePoint: "None: no single organization or tie holds the network together.",
        articulationPoints: "Organizations",
        bridges: "Ties",
        yearChanges: "Year to year",
        noYearChange: "The data has a single survey year: there is nothing to compare.",
        organizationsTable: "Organizations and their measures",
        sortHint: "Select a column heading to sort by it.",
        backToOverview: "Back to the overview",
        dataFilesNote: "The same tables, for a spreadsheet or a notebook:",
        notInThisBuild: "Not available in this version of PartnerMap.",
        organizationNoun: "organization",
        organizationsNoun: "organizations",
        tieNoun: "tie",
        tiesNoun: "ties",
        organizations: "Organizations",
        ties: "Ties",
        density: "Density",
        averageDegree: "Partners per organization",
        components: "Components",
        isolates: "Isolated organizations",
        sectors: "Sectors",
        surveyYears: "Survey years",
        intersectoralShare: "Intersectoral ties",
        missingSectors: "Missing or cut-off sectors",
        untiedPairs: "Sector pairs never tied",
        singlePointsCount: "Single points of failure",
        rank: "Rank",
        measure: "Measure",
        thisRegion: "This region",
        provincialMedian: "Median of the regions",
        organization: "Organization",
        sector: "Sector",
        type: "Type",
        degree: "Partners",
        strength: "Strength",
        betweenness: "Betweenness",
        closeness: "Closeness",
        eigenvector: "Eigenvector",
        pagerank: "PageRank",
        clustering: "Clustering",
        coreNumber: "Core",
        constraint: "Constraint",
        score: "Score",
        why: "Why",
        sharedPartners: "Shared partners",
        sectorsConnected: "Sectors it links",
        cutOff: "Would be cut off",
        tie: "Tie",
        observed: "Observed",
        expected: "Expected",
        ratio: "Ratio",
        file: "File",
        description: "Contents",
        legendSectors: "Sectors",
        legendSize: "Circle area: number of partners",
        legendSuggested: "Suggested partnership",
        legendBoundary: "Partner from another region",
        legendFormed: "New tie",
        diffMapNote: "The region in the later year, each organization where it stands on every map of the region’s timeline: ties formed in green, ended in red dashes, kept in grey; organizations that joined have a dark outline, those that left a dashed one.",
        legendDissolved: "Tie ended",
        legendKept: "Tie kept",
        heatmapLow: "fewer ties than expected",
        heatmapHigh: "more ties than expected",
        joined: "Organizations joined",
        left: "Organizations left",
        formed: "Ties formed",
        dissolved: "Ties dissolved",
        strengthened: "Ties strengthened",
        weakened: "Ties weakened",
        stability: "Ties kept (Jaccard)",
        chartSurveyYear: "Survey year",
        chartCount: "Count",
        chartSizeTitle: "Organizations and ties",
        chartDensityTitle: "Density",
        chartDensityAxis: "Share of possible ties (%)",
        chartIntersectoralTitle: "Intersectoral ties",
        chartIntersectoralAxis: "Share of ties (%)",
        chartIntersectoralSeries: "Ties between different sectors",
        wholeNetwork: "Whole network",
        dataOrganizations: "Every organization of the survey year with its region, sector and measures (measured within its region).",
        dataRegions: "Every region with its key figures.",
        dataGrowth: "The figures of every survey year, for the whole network and each region.",
        dataGaps: "Every finding of the gap analysis, region by region: sector gaps, organizations without a tie, suggested partnerships with their reasons, single points of failure and brokers (the shapes of partnermap gaps).",
        dataSectorTies: "Ties between each pair of sectors in the whole network, observed and expected.",
        dataChanges: "What changed between survey years: organizations that joined or left, ties formed or dissolved.",
        missingSector: "Missing sector",
        isolatedSector: "Sector without intersectoral tie",
        unlinkedPair: "Sectors never tied",
        weakPair: "Sectors rarely tied",
        isolatedOrganization: "Organization without a tie"
    )

    public static let french = Localization(
        languageTag: "fr",
        defaultTitle: "Rapport sur le réseau de partenariats",
        generatedBy: "Produit par PartnerMap à partir des données de cet ordinateur ; rien n’a été envoyé ailleurs.",
        skipToContent: "Aller au contenu",
        overview: "Vue d’ensemble",
        regions: "Régions",
        region: "Région",
        data: "Données",
        atAGlance: "En bref",
        growth: "Évolution au fil des enquêtes",
        regionsRanked: "Classement des régions",
        regionsRankedNote: "Classées selon la part des liens qui unissent des secteurs différents. Choisissez une région pour afficher sa page.",
        provincialMap: "Réseau complet",
        provincialMapNote: "Tous les organismes et liens de l’année d’enquête, colorés par secteur ; l’aire du cercle indique le nombre de partenaires. Survolez un organisme pour voir ses mesures.",
        sectorHeatmap: "Liens entre secteurs",
        sectorHeatmapNote: "Chaque case compte les liens entre deux secteurs ; sa couleur compare ce nombre à celui attendu si les liens étaient répartis au hasard à la densité du réseau (observé ÷ attendu).",
        collaborationMap: "Carte des collaborations",
        collaborationMapNote: "Les cercles sont les organismes, colorés par secteur et dimensionnés selon leur nombre de partenaires ; les traits sont les liens, plus épais quand ils sont plus forts. Les traits gris pointillés sont des partenariats suggérés. Survolez un organisme pour voir ses mesures.",
        keyFigures: "Chiffres clés",
        sectorGaps: "Lacunes sectorielles",
        noSectorGap: "Aucune lacune : chaque secteur attendu est présent et lié aux autres.",
        suggestions: "Partenariats suggérés",
        suggestionsNote: "Paires d’organismes pas encore liés, les meilleures d’abord, avec les raisons pour lesquelles le lien aiderait.",
        noSuggestion: "Aucun partenariat à suggérer.",
        brokers: "Courtiers",
        brokersNote: "Organismes qui relient les secteurs de la région entre eux.",
        noBroker: "Aucun organisme ne fait le pont entre les secteurs ici.",
        singlePoints: "Points de rupture",
        singlePointsNote: "Organismes et liens dont la perte couperait d’autres organismes du reste du réseau régional.",
        noSinglePoint: "Aucun : le réseau ne tient à aucun organisme ni lien unique.",
        articulationPoints: "Organismes",
        bridges: "Liens",
        yearChanges: "D’une année à l’autre",
        noYearChange: "Les données n’ont qu’une année d’enquête : il n’y a rien à comparer.",
        organizationsTable: "Organismes et leurs mesures",
        sortHint: "Choisissez un en-tête de colonne pour trier selon celle-ci.",
        backToOverview: "Retour à la vue d’ensemble",
        dataFilesNote: "Les mêmes tableaux, pour un tableur ou un carnet de calcul :",
        notInThisBuild: "Non disponible dans cette version de PartnerMap.",
        organizationNoun: "organisme",
        organizationsNoun: "organismes",
        tieNoun: "lien",
        tiesNoun: "liens",
        organizations: "Organismes",
        ties: "Liens",
        density: "Densité",
        averageDegree: "Partenaires par organisme",
        components: "Composantes",
        isolates: "Organismes isolés",
        sectors: "Secteurs",
        surveyYears: "Années d’enquête",
        intersectoralShare: "Liens intersectoriels",
        missingSectors: "Secteurs absents ou coupés",
        untiedPairs: "Paires de secteurs jamais liées",
        singlePointsCount: "Points de rupture",
        rank: "Rang",
        measure: "Mesure",
        thisRegion: "Cette région",
        provincialMedian: "Médiane des régions",
        organization: "Organisme",
        sector: "Secteur",
        type: "Type",
        degree: "Partenaires",
        strength: "Force",
        betweenness: "Intermédiarité",
        closeness: "Proximité",
        eigenvector: "Vecteur propre",
        pagerank: "PageRank",
        clustering: "Regroupement",
        coreNumber: "Noyau",
        constraint: "Contrainte",
        score: "Score",
        why: "Pourquoi",
        sharedPartners: "Partenaires communs",
        sectorsConnected: "Secteurs qu’il relie",
        cutOff: "Seraient coupés",
        tie: "Lien",
        observed: "Observés",
        expected: "Attendus",
        ratio: "Rapport",
        file: "Fichier",
        description: "Contenu",
        legendSectors: "Secteurs",
        legendSize: "Aire du cercle : nombre de partenaires",
        legendSuggested: "Partenariat suggéré",
        legendBoundary: "Partenaire d’une autre région",
        legendFormed: "Nouveau lien",
        diffMapNote: "La région l’année la plus récente, chaque organisme à la même place sur toutes les cartes de son évolution : liens créés en vert, rompus en pointillés rouges, maintenus en gris ; les organismes arrivés ont un contour foncé, ceux partis un contour pointillé.",
        legendDissolved: "Lien rompu",
        legendKept: "Lien maintenu",
        heatmapLow: "moins de liens qu’attendu",
        heatmapHigh: "plus de liens qu’attendu",
        joined: "Organismes arrivés",
        left: "Organismes partis",
        formed: "Liens créés",
        dissolved: "Liens rompus",
        strengthened: "Liens renforcés",
        weakened: "Liens affaiblis",
        stability: "Liens maintenus (Jaccard)",
        chartSurveyYear: "Année d’enquête",
        chartCount: "Nombre",
        chartSizeTitle: "Organismes et liens",
        chartDensityTitle: "Densité",
        chartDensityAxis: "Part des liens possibles (%)",
        chartIntersectoralTitle: "Liens intersectoriels",
        chartIntersectoralAxis: "Part des liens (%)",
        chartIntersectoralSeries: "Liens entre secteurs différents",
        wholeNetwork: "Réseau complet",
        dataOrganizations: "Chaque organisme de l’année d’enquête avec sa région, son secteur et ses mesures (calculées dans sa région).",
        dataRegions: "Chaque région avec ses chiffres clés.",
        dataGrowth: "Les chiffres de chaque année d’enquête, pour le réseau complet et chaque région.",
        dataGaps: "Toutes les constatations de l’analyse des lacunes, région par région : lacunes sectorielles, organismes sans lien, partenariats suggérés et leurs raisons, points de rupture et courtiers (les formats de partnermap gaps).",
        dataSectorTies: "Liens entre chaque paire de secteurs du réseau complet, observés et attendus.",
        dataChanges: "Ce qui a changé entre les années d’enquête : organismes arrivés ou partis, liens créés ou rompus.",
        missingSector: "Secteur absent",
        isolatedSector: "Secteur sans lien intersectoriel",
        unlinkedPair: "Secteurs jamais liés",
        weakPair: "Secteurs peu liés",
        isolatedOrganization: "Organisme sans lien"
    )
}

extension Localization {
    /// The words of map tooltips in this language.
    var mapWording: MapWording {
        guard languageTag == "fr" else { return .english }
        var words = MapWording()
        words.labelSeparator = " : "
        words.sector = "Secteur"
        words.region = "Région"
        words.type = "Type"
        words.boundaryPartner = "Partenaire d’une autre région"
        words.strength = "force"
        words.stage = "étape"
        words.stageNames = ["mobilisation de la communauté", "élaboration de la stratégie", "partage des connaissances",
                            "planification du partenariat", "action conjointe", "reddition de comptes", "intégration",
                            "élargissement du partenariat"]
        words.suggested = "Partenariat suggéré"
        words.formed = "Lien créé"
        words.dissolved = "Lien rompu"
        words.joinedIn = "Arrivé en"
        words.leftAfter = "Parti après"
        words.decimalSeparator = ","
        return words
    }
}
