/// Where the config file is: `WEIBAO_CONFIG`, else `$XDG_CONFIG_HOME/weibao/config.toml`,
/// else `~/.config/weibao/config.toml` (the XDG Base Directory default).
public struct ConfigLocation: Sendable, Equatable {
    public var path: String?
    /// Why this path: "WEIBAO_CONFIG", "XDG_CONFIG_HOME" or "HOME".
    public var reason: String

    public static func resolve(_ env: [String: String]) -> ConfigLocation {
        if let p = env["WEIBAO_CONFIG"], !p.isEmpty { return ConfigLocation(path: p, reason: "WEIBAO_CONFIG") }
        // The spec ignores a relative XDG_CONFIG_HOME.
        if let x = env["XDG_CONFIG_HOME"], x.hasPrefix("/") {
            return ConfigLocation(path: x + "/weibao/config.toml", reason: "XDG_CONFIG_HOME")
        }
        if let home = env["HOME"], !home.isEmpty {
            return ConfigLocation(path: home + "/.config/weibao/config.toml", reason: "HOME")
        }
        return ConfigLocation(path: nil, reason: "neither XDG_CONFIG_HOME nor HOME is set")
    }
}
