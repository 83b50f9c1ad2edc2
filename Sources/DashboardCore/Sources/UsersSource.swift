import Foundation
import ArchestraAPI

extension AppState {
    /// User id → name, for limits on users and for picking whom a new limit applies to.
    var users: [String: String] { [:] }
}
