import PartnerCore

/// The gap report as text for people (`--format table`) and as one CSV table of findings
/// (`--format csv`).
extension GapReport {
    /// A report a planner reads top to bottom: per region, what is missing, whom to introduce, what
    /// is fragile, who brokers; then the regions ranked by intersectorality.
    public func table(width: Int = 100) -> String {
        var out = TextBlock(width: width)
        let yearText = year.map { " — \($0)" } ?? ""
        for region in regions {
            out.heading("\(region.region)\(yearText)")
            var summary = "\(Phrase.count(region.organizations, "organization")), \(Phrase.count(region.ties, "tie"))"
            if let ei = region.eiIndex.finite, let rank = intersectorality.first(where: { $0.region == region.region })?.rank {
                summary += "; E-I index \(Phrase.decimal(ei)) (rank \(rank) of \(intersectorality.count) regions by intersectorality)"
            }
            out.paragraph(summary + ".")

            let notable = region.sectorGaps.filter(\.isNotable)
            let minor = region.sectorGaps.filter { !$0.isNotable }
            var gapItems = notable.map(\.explanation)
            if !minor.isEmpty {
                gapItems.append("Also without a tie, though chance alone would often leave them so (fewer ties "
                    + "expected): \(minor.map { $0.sectors.joined(separator: "–") }.sorted().joined(separator: ", ")).")
            }
            for organization in region.isolatedOrganizations { gapItems.append(organization.explanation) }
            out.section("Sector gaps", empty: "none found", items: gapItems)

            out.line("Suggested partnerships")
            if region.suggestions.isEmpty { out.paragraph("  none: every pair close enough to suggest is already tied.") }
            for (rank, suggestion) in region.suggestions.enumerated() {
                let head = "\(rank + 1). \(suggestion.sourceName) (\(suggestion.sourceSector)) + "
                    + "\(suggestion.targetName) (\(suggestion.targetSector))"
                out.wrapped(head + "  [score \(String(format: "%.3f", suggestion.score))]", indent: 2, hanging: 5)
                for reason in suggestion.reasons { out.wrapped("- " + reason, indent: 5, hanging: 7) }
            }
            out.blank()

            out.section("Single points of failure", empty: "none: no organization or tie alone holds part of the network",
                        items: region.articulationPoints.map(\.explanation) + region.bridges.map(\.explanation))
            out.section("Brokers between sectors", empty: "none found", items: region.brokers.map(\.explanation))
            if let reciprocity = region.reciprocity {
                var head = "Unconfirmed ties (directed data)"
                if let overall = reciprocity.overall.finite {
                    head += ": \(reciprocity.reciprocatedArcs) of \(reciprocity.arcs) named ties are named back "
                        + "(reciprocity \(Phrase.decimal(overall)))"
                }
                out.section(head, empty: "none", items: reciprocity.organizations.map(\.explanation))
            }
        }
        if intersectorality.count > 1 {
            out.heading("Regions by intersectorality")
            out.paragraph("E-I index: +1 when every tie joins two sectors, −1 when every tie stays within one.")
            let rows = intersectorality.map { row in
                ["\(row.rank)", row.region, row.eiIndex.finite.map { String(format: "%.2f", $0) } ?? "—",
                 "\(row.betweenSectorTies)", "\(row.withinSectorTies)"]
            }
            out.columns(["rank", "region", "E-I", "between sectors", "within sectors"], rows, rightAligned: [0, 2, 3, 4])
        }
        return out.text
    }

    /// One row per finding (RFC 4180, ``PartnerCore/CSVWriter``): `region,finding,rank,organizations,sectors,value,explanation`, where
    /// `organizations` and `sectors` list ids and sector names separated by `;`, and `value` is the
    /// finding's number (ratio, score, organizations cut off, betweenness, reciprocity, E-I index).
    public func csv() -> String {
        var rows: [[String]] = [["region", "finding", "rank", "organizations", "sectors", "value", "explanation"]]
        let number = CSVWriter.number
        for region in regions {
            for gap in region.sectorGaps {
                rows.append([region.region, gap.kind.rawValue, "", gap.organizations.joined(separator: ";"),
                             gap.sectors.joined(separator: ";"), number(gap.ratio), gap.explanation])
            }
            for (rank, s) in region.suggestions.enumerated() {
                rows.append([region.region, "suggestion", "\(rank + 1)", "\(s.source);\(s.target)",
                             "\(s.sourceSector);\(s.targetSector)", number(s.score), s.reasons.joined(separator: "; ")])
            }
            for organization in region.isolatedOrganizations {
                rows.append([region.region, "isolated-organization", "", organization.id, organization.sector, "",
                             organization.explanation])
            }
            for point in region.articulationPoints {
                rows.append([region.region, "articulation-point", "", point.id, point.sector,
                             "\(point.cutOff.count)", point.explanation])
            }
            for bridge in region.bridges {
                rows.append([region.region, "bridge", "", "\(bridge.source);\(bridge.target)", "",
                             "\(bridge.cutOff.count)", bridge.explanation])
            }
            for (rank, broker) in region.brokers.enumerated() {
                rows.append([region.region, "broker", "\(rank + 1)", broker.id,
                             ([broker.sector] + broker.sectorsConnected).joined(separator: ";"),
                             number(broker.betweenness), broker.explanation])
            }
            for organization in region.reciprocity?.organizations ?? [] {
                rows.append([region.region, "unconfirmed-ties", "", organization.id, "",
                             number(organization.reciprocity), organization.explanation])
            }
        }
        for row in intersectorality {
            rows.append([row.region, "intersectorality", "\(row.rank)", "", "", number(row.eiIndex),
                         "\(row.betweenSectorTies) ties between sectors, \(row.withinSectorTies) within"])
        }
        return CSVWriter().document(header: rows[0], rows: Array(rows.dropFirst()))
    }
}

extension SuggestionEvaluation {
    /// The evaluation as a small table.
    public func table() -> String {
        var out = TextBlock(width: 100)
        out.paragraph("Held-out evaluation: \(seeds) rounds, each hiding \(hiddenPerRound) of \(ties) ties "
            + "(\(Phrase.decimal(100 * holdout))%) and ranking every untied pair of the rest.")
        out.columns(["method", "AUC", "precision@10"],
                    methods.map { [$0.name, $0.auc.finite.map { String(format: "%.3f", $0) } ?? "—",
                                   $0.precisionAt10.finite.map { String(format: "%.3f", $0) } ?? "—"] },
                    rightAligned: [1, 2])
        return out.text
    }

    /// `method,auc,precisionAt10`.
    public func csv() -> String {
        CSVWriter().document(header: ["method", "auc", "precisionAt10"], rows: methods.map {
            [$0.name, CSVWriter.number($0.auc), CSVWriter.number($0.precisionAt10)]
        })
    }
}

extension WhatIfResult {
    /// Before/after figures and the findings in sentences.
    public func table() -> String {
        var out = TextBlock(width: 100)
        var title = "What if \(removed.joined(separator: ", ")) closed"
        if let region { title += " — \(region)" }
        if let year { title += " (\(year))" }
        out.heading(title)
        let rows: [(String, String, String)] = [
            ("organizations", "\(before.organizations)", "\(after.organizations)"),
            ("ties", "\(before.ties)", "\(after.ties)"),
            ("components", "\(before.components)", "\(after.components)"),
            ("largest component", "\(before.largestComponent)", "\(after.largestComponent)"),
            ("pairs that can reach each other", "\(before.reachablePairs)", "\(after.reachablePairs)"),
            ("global efficiency", String(format: "%.4f", before.globalEfficiency),
             String(format: "%.4f", after.globalEfficiency)),
        ]
        out.columns(["", "before", "after"], rows.map { [$0.0, $0.1, $0.2] }, rightAligned: [1, 2])
        out.blank()
        for sentence in explanation { out.wrapped("- " + sentence, indent: 0, hanging: 2) }
        return out.text
    }

    /// `measure,before,after`.
    public func csv() -> String {
        CSVWriter().document(header: ["measure", "before", "after"], rows: [
            ["organizations", "\(before.organizations)", "\(after.organizations)"],
            ["ties", "\(before.ties)", "\(after.ties)"],
            ["components", "\(before.components)", "\(after.components)"],
            ["largestComponent", "\(before.largestComponent)", "\(after.largestComponent)"],
            ["reachablePairs", "\(before.reachablePairs)", "\(after.reachablePairs)"],
            ["globalEfficiency", "\(before.globalEfficiency)", "\(after.globalEfficiency)"],
        ])
    }
}

/// Builds wrapped plain text.
struct TextBlock {
    let width: Int
    private(set) var text = ""

    init(width: Int) { self.width = width }

    mutating func line(_ text: String) { self.text += text + "\n" }
    mutating func blank() { text += "\n" }

    mutating func heading(_ title: String) {
        if !text.isEmpty { blank() }
        line(title)
        line(String(repeating: "=", count: min(width, title.count)))
    }

    mutating func paragraph(_ text: String) {
        wrapped(text, indent: 0, hanging: 0)
        blank()
    }

    /// A titled list of sentences, or the title and `empty`.
    mutating func section(_ title: String, empty: String, items: [String]) {
        if items.isEmpty {
            wrapped("\(title): \(empty).", indent: 0, hanging: 2)
        } else {
            line(title)
            for item in items { wrapped("- " + item, indent: 2, hanging: 4) }
        }
        blank()
    }

    /// `text` wrapped at `width` on spaces; first line indented by `indent`, the rest by `hanging`.
    mutating func wrapped(_ text: String, indent: Int, hanging: Int) {
        var current = String(repeating: " ", count: indent)
        var lineHasWord = false
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if lineHasWord, current.count + 1 + word.count > width {
                line(current)
                current = String(repeating: " ", count: hanging)
                lineHasWord = false
            }
            current += (lineHasWord ? " " : "") + word
            lineHasWord = true
        }
        line(current)
    }

    /// An aligned table with a header row.
    mutating func columns(_ header: [String], _ rows: [[String]], rightAligned: Set<Int>) {
        let all = [header] + rows
        let widths = header.indices.map { c in all.map { $0.indices.contains(c) ? $0[c].count : 0 }.max() ?? 0 }
        for row in all {
            let cells = header.indices.map { c -> String in
                let cell = row.indices.contains(c) ? row[c] : ""
                let pad = String(repeating: " ", count: widths[c] - cell.count)
                return rightAligned.contains(c) ? pad + cell : cell + pad
            }
            var rendered = cells.joined(separator: "  ")
            while rendered.hasSuffix(" ") { rendered.removeLast() }
            line(rendered)
        }
    }
}
