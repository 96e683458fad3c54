import ArgumentParser
import Dashboard
import Foundation
import Protection
import Settings

/// The config file and the environment, read once per run; their problems are printed once,
/// and each command adds its flags as the top layer.
enum Runtime {
    static let loader = SettingsLoader(environment: ProcessInfo.processInfo.environment,
                                       fileExists: { FileManager.default.fileExists(atPath: $0) })

    nonisolated(unsafe) private static var reported = false

    static func settings(_ flags: Layer) -> Settings {
        if !reported {
            reported = true
            for p in loader.problems { StandardError.print("weibao: \(p)") }
        }
        return loader.resolve(flags: flags)
    }

    /// A line for the dashboard's status bar when something in the config was not used.
    static var problemStatus: StatusMessage? {
        let n = loader.problems.count
        guard n > 0 else { return nil }
        return StatusMessage(text: "设置有 \(n) 处问题，已用默认值（weibao info 查看）", isError: true)
    }

    nonisolated(unsafe) private static var kept: [Any] = []

    /// Keeps `value` referenced until the process exits. Freeing a million figures one string
    /// at a time takes a quarter of a second that exit would do for nothing.
    static func keepUntilExit(_ value: Any) {
        kept.append(value)
    }
}

/// `--theme`: the names of `Theme.all`, listed in help and completions.
enum ThemeChoice: String, CaseIterable, ExpressibleByArgument {
    case dark, light, monochrome, colorblind
}

/// `--key action=keys`, checked as the config file's `[keys]` entries are.
func parseKeyRemap(_ text: String) throws -> KeyRemap {
    switch EnvironmentSettings.remap(text) {
    case .success(let r): return r
    case .failure(let f): throw ValidationError("--key \(Excerpt.short(text)): \(f.message)")
    }
}
