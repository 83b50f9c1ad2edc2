extension SimulatedWorld {
    /// The team an agent's calls are billed to: its first team; for an agent without one (org-wide and
    /// personal agents), the first team its author belongs to; else the first team of the organisation.
    ///
    /// Every call is billed to exactly one team, so `/api/statistics/teams` adds up to the overview.
    func billingTeam(ofAgent index: Int) -> Int {
        let row = agents[index]
        let teams = directory.teams
        for teamID in row.teamIDs {
            if let team = teams.firstIndex(where: { $0.id == teamID }) { return team }
        }
        if let author = row.authorID,
            let document = self.teams.first(where: { $0.objects("members").contains { $0.text("userId") == author } }),
            let team = teams.firstIndex(where: { $0.id == document.text("id") })
        {
            return team
        }
        return 0
    }

    /// The team id of a billing-team index, if the directory has such a team.
    func teamID(atBillingIndex index: Int) -> String? {
        directory.teams.indices.contains(index) ? directory.teams[index].id : nil
    }
}
