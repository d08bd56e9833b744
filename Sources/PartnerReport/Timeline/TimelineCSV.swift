import PartnerAnalysis
import PartnerCore

/// The CSV files of `compare`: the growth table (one row per region and year) and the changes
/// (one row per organization or tie that changed). Headers are the JSON keys; undefined values
/// are empty cells; the whole network's rows have an empty `region`.
public enum TimelineCSV {
    /// `region,year,organizations,organizationsChange,ties,tiesChange,…,stage1EngagingCommunity,…,tiesWithoutStage`.
    public static func growth(_ timelines: [Timeline]) -> String {
        var header = ["region", "year"]
        for measure in GrowthMeasure.allCases {
            header += [measure.rawValue, measure.rawValue + "Change"]
        }
        header += NPIStage.allCases.map { "stage\($0.rawValue)" + camelCased($0.name) }
        header.append("tiesWithoutStage")

        var rows: [[String]] = []
        for timeline in timelines {
            let growth = timeline.growth
            for (index, figures) in growth.rows.enumerated() {
                var row = [timeline.region?.name ?? "", String(figures.year)]
                for measure in GrowthMeasure.allCases {
                    row += [CSVWriter.number(figures.value(of: measure)),
                            CSVWriter.number(growth.change(of: measure, at: index))]
                }
                row += figures.stageCounts.map(String.init)
                row.append(String(figures.tiesWithoutStage))
                rows.append(row)
            }
        }
        return CSVWriter().document(header: header, rows: rows)
    }

    /// `region,from,to,change,first,firstName,second,secondName`: one row per organization that
    /// joined or left (`second` empty), per tie formed, dissolved, strengthened, weakened, moved up
    /// or down a stage, and per sector pair newly tied or no longer tied (sector names, no names).
    public static func changes(_ timelines: [Timeline], network: PartnershipNetwork) -> String {
        let header = ["region", "from", "to", "change", "first", "firstName", "second", "secondName"]
        func name(_ id: String) -> String { network.organization(id: id)?.name ?? "" }
        var rows: [[String]] = []
        for timeline in timelines {
            let region = timeline.region?.name ?? ""
            for change in timeline.changes {
                let diff = change.diff
                let prefix = [region, String(diff.from), String(diff.to)]
                for (kind, ids) in [("joined", diff.joined), ("left", diff.left)] {
                    rows += ids.map { prefix + [kind, $0, name($0), "", ""] }
                }
                let tieLists = [("formed", diff.formed), ("dissolved", diff.dissolved),
                                ("strengthened", diff.strengthened), ("weakened", diff.weakened),
                                ("stageUp", diff.stageUp), ("stageDown", diff.stageDown)]
                for (kind, pairs) in tieLists {
                    rows += pairs.map { prefix + [kind, $0.first, name($0.first), $0.second, name($0.second)] }
                }
                for (kind, pairs) in [("newSectorPair", diff.newSectorPairs), ("lostSectorPair", diff.lostSectorPairs)] {
                    rows += pairs.map { prefix + [kind, $0.first.name, "", $0.second.name, ""] }
                }
            }
        }
        return CSVWriter().document(header: header, rows: rows)
    }

    /// `"engaging-community"` → `"EngagingCommunity"`.
    private static func camelCased(_ kebab: String) -> String {
        kebab.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
