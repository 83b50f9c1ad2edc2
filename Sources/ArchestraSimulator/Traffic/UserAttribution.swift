extension SimulatedWorld {
    /// The person an agent's calls are counted for: its author; for an agent without one (built-ins,
    /// LLM-proxy rows), the first member of the team its calls are billed to; else the organisation's
    /// first person (who owns the API key).
    ///
    /// Every call counts for exactly one person, so `/api/statistics/users` adds up to the overview.
    func billingUser(ofAgent index: Int) -> Int {
        if let author = agents[index].authorID, let person = directory.people.firstIndex(where: { $0.id == author }) {
            return person
        }
        let teamID = teamID(atBillingIndex: billingTeam(ofAgent: index))
        if let document = teams.first(where: { $0.text("id") == teamID }),
            let member = document.objects("members").first?.text("userId"),
            let person = directory.people.firstIndex(where: { $0.id == member })
        {
            return person
        }
        return 0
    }
}
