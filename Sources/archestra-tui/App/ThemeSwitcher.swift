import TerminalUI

/// `:theme NAME` at runtime: finds the theme the way `--theme` does.
struct ThemeSwitcher {
    let directories: ThemeDirectories
    /// False under `NO_COLOR`, which wins over every theme.
    let colorAllowed: Bool

    func load(_ name: String) -> Result<Theme, ValidationFailure> {
        do {
            return .success(try ThemeLoader.load(name: name, directories: directories).theme)
        } catch let failure as ValidationFailure {
            return .failure(failure)
        } catch {
            return .failure(ValidationFailure(String(describing: error)))
        }
    }
}
