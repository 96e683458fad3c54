/// Every layer but the command line's, read once at start: the config file and the
/// environment, with what was wrong in each.
public struct SettingsLoader: Sendable {
    public var location: ConfigLocation
    public var configExists: Bool
    public var noColor: Layer
    public var config: Layer
    public var environment: Layer
    /// Config problems first, then the environment's.
    public var problems: [SettingProblem]

    public init(environment env: [String: String], fileExists: (String) -> Bool) {
        location = ConfigLocation.resolve(env)
        noColor = EnvironmentSettings.noColor(env)
        var problems: [SettingProblem] = []
        if let path = location.path, fileExists(path) {
            configExists = true
            let read = ConfigFile.read(path: path, home: env["HOME"])
            config = read.layer
            problems += read.problems
        } else {
            configExists = false
            config = Layer()
            if location.reason == "WEIBAO_CONFIG", let path = location.path {
                // Asked for by name, so its absence is worth a word; the default path may well not exist.
                problems.append(SettingProblem(place: path, message: "no such file (named by WEIBAO_CONFIG); using the defaults"))
            }
        }
        let e = EnvironmentSettings.layer(env)
        environment = e.layer
        self.problems = problems + e.problems
    }

    public func resolve(flags: Layer) -> Settings {
        Settings.resolve(noColor: noColor, config: config, environment: environment, flags: flags)
    }
}
