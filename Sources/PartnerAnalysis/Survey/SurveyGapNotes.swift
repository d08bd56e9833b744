import PartnerCore

/// Survey-aware gaps (DESIGN §5): in a survey round a sector can look unconnected because none of its
/// organizations answered, not because they have no partners. A missing sector is different: none
/// was invited.
public enum SurveyGapNotes {
    /// Marks each gap of a survey snapshot with the sectors none of whose organizations in the region
    /// answered, and says so in its explanation: "No education organization of Sud answered the survey:
    /// the gap may be non-response." A missing sector says "None was invited to the survey." Does
    /// nothing when the snapshot is not a survey.
    ///
    /// - Complexity: O(n + g) for n organizations and g gaps.
    public static func annotate(_ gaps: inout [SectorGap], snapshot: Snapshot, regionName: String) {
        guard let survey = snapshot.surveyReports else { return }
        var answeredSectors = Set<Sector>()
        var presentSectors = Set<Sector>()
        for (i, organization) in snapshot.organizations.enumerated() where !snapshot.isBoundary[i] {
            presentSectors.insert(organization.sector)
            if survey.answered[i] { answeredSectors.insert(organization.sector) }
        }
        for g in gaps.indices {
            if gaps[g].kind == .missingSector {
                gaps[g].unansweredSectors = []
                gaps[g].explanation += " None was invited to the survey."
                continue
            }
            let silent = gaps[g].sectors.filter { name in
                presentSectors.contains(Sector(name)) && !answeredSectors.contains(Sector(name))
            }
            gaps[g].unansweredSectors = silent
            guard !silent.isEmpty else { continue }
            gaps[g].explanation += " No \(silent.joined(separator: " or ")) organization of \(regionName) answered "
                + "the survey: the gap may be non-response."
        }
    }

    /// Adds to each isolated organization that did not answer: "It has not answered the survey: it may
    /// have partners that nobody named."
    public static func annotate(_ isolated: inout [IsolatedOrganization], snapshot: Snapshot) {
        guard let survey = snapshot.surveyReports else { return }
        for i in isolated.indices {
            guard let position = snapshot.index(of: isolated[i].id), !survey.answered[Int(position)] else { continue }
            isolated[i].explanation += " It has not answered the survey: it may have partners that nobody named."
        }
    }
}
