/// The sources the console polls, declared as `static let` in the file of the resource that
/// owns them (statistics shared by several panes live in `StatisticsSources.swift`).
public enum Sources {}
