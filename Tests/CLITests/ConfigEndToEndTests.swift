import Foundation
import Testing

/// The config file found where XDG says, and each layer winning over the one below, seen
/// from outside through `weibao info` and snapshots.
@Suite(.enabled(if: CLI.available, "needs the built weibao binary"))
struct ConfigEndToEndTests {
    func info(_ env: [String: String], _ args: [String] = []) throws -> String {
        let r = try CLI.run(["info"] + args, env: env)
        #expect(r.status == 0)
        return r.stdout
    }

    @Test func configFoundUnderXDGConfigHome() throws {
        let xdg = CLI.folder()
        try FileManager.default.createDirectory(atPath: xdg + "/weibao", withIntermediateDirectories: true)
        try "theme = \"light\"\nsnapshot_dir = \"shots\"\n[keys]\nquit = \"x\"\n"
            .write(toFile: xdg + "/weibao/config.toml", atomically: true, encoding: .utf8)
        let out = try info(["XDG_CONFIG_HOME": xdg])
        #expect(out.contains("config:    \(xdg)/weibao/config.toml, from XDG_CONFIG_HOME"))
        #expect(out.contains("theme:     light (config file)"))
        #expect(out.contains("snapshots: \(xdg)/weibao/shots (config file)"))
        #expect(out.contains("keys:      quit = x (config file)"))
    }

    @Test func configFoundUnderHome() throws {
        let home = CLI.folder()
        try FileManager.default.createDirectory(atPath: home + "/.config/weibao", withIntermediateDirectories: true)
        try "ascii = true\n".write(toFile: home + "/.config/weibao/config.toml", atomically: true, encoding: .utf8)
        let out = try info(["HOME": home])
        #expect(out.contains("ascii:     on (config file)"))
    }

    @Test func precedenceDefaultConfigEnvironmentFlag() throws {
        let folder = CLI.folder()
        let config = folder + "/c.toml"
        try "theme = \"monochrome\"\n".write(toFile: config, atomically: true, encoding: .utf8)
        func snapshot(_ env: [String: String], _ flags: [String] = []) throws -> String {
            let r = try CLI.run(["snapshot", "--format", "ansi", "--size", "80x24"] + flags, env: env)
            #expect(r.status == 0)
            return r.stdout
        }
        let defaults = try snapshot([:])
        let fromConfig = try snapshot(["WEIBAO_CONFIG": config])
        let fromEnv = try snapshot(["WEIBAO_CONFIG": config, "WEIBAO_THEME": "light"])
        let fromFlag = try snapshot(["WEIBAO_CONFIG": config, "WEIBAO_THEME": "light"], ["--theme", "colorblind"])
        let colorblind = try snapshot([:], ["--theme", "colorblind"])
        let light = try snapshot([:], ["--theme", "light"])
        let mono = try snapshot([:], ["--no-color"])
        #expect(fromConfig == mono && fromConfig != defaults)
        #expect(fromEnv == light)
        #expect(fromFlag == colorblind)
        #expect(Set([defaults, light, colorblind, mono]).count == 4, "four themes, four looks")
    }

    @Test func infoWorksWithoutATerminal() throws {
        let out = try info(["TERM": "xterm-256color"])
        #expect(out.contains("TERM=xterm-256color; colours 256 (terminfo)"))
        #expect(out.contains("no terminal on standard input or output") || out.contains("standard output is not a terminal"))
        #expect(out.contains("UTF-8:     yes"))
        let dumb = try info(["TERM": "dumb"])
        #expect(dumb.contains("colours none (terminfo)"))
        let unset = try info([:])
        #expect(unset.contains("TERM=unset; colours unknown (TERM is unset)"))
    }

    @Test func remappedKeysReachTheScreen() throws {
        let r = try CLI.run(["snapshot", "--size", "100x30", "--key", "quit=x", "--key", "matrix=M"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("M 矩阵") && r.stdout.contains("x 退出"))
        let keys = try CLI.run(["snapshot", "--size", "100x30", "--key", "matrix=M", "--keys", "m"])
        #expect(!keys.stdout.contains("矩阵 · "), "m no longer opens the matrix")
    }
}
