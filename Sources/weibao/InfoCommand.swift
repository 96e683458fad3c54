import ArgumentParser
import Dashboard
import Foundation
import Protection
import Settings
import Terminal

/// `weibao info`: where settings and data come from, and what the terminal can do.
struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Print the config file, data and snapshot paths in use, every setting with where it came from, and the detected terminal.",
        discussion: "Works without a terminal (a pipe, CI): then it says so. Problems in the config file or the environment are listed here too."
    )

    func run() throws {
        let settings = Runtime.loader.resolve(flags: Layer())
        print(Self.render(settings, loader: Runtime.loader, terminal: TerminalInfo.detect()))
    }

    static func render(_ s: Settings, loader: SettingsLoader, terminal t: TerminalInfo) -> String {
        func from(_ name: String) -> String {
            switch s.origin(name) {
            case .default: "default"
            case .noColor: "NO_COLOR"
            case .config: "config file"
            case .environment: "environment"
            case .flag: "flag"
            }
        }
        var lines = ["weibao \(weibaoVersion)"]
        let config = loader.location.path.map { $0 + (loader.configExists ? "" : " (not present)") } ?? "none"
        lines.append(row("config", "\(config), from \(loader.location.reason)"))
        lines.append(row("data", (s.data ?? "built-in dataset (\(DatasetLoader.embeddedName))") + " (\(from("data")))"))
        lines.append(row("reports", (s.reports.map { "\($0) (\(from("reports")))" }
            ?? "none, so figures of reports not built in are not checked (default; --reports DIR, reports or WEIBAO_REPORTS)")))
        let dir = s.snapshotDir == "." ? "the current folder" : s.snapshotDir
        lines.append(row("snapshots", "\(dir) (\(from("snapshot_dir"))), format \(s.snapshotFormat.rawValue) (\(from("snapshot_format")))"))
        lines.append(row("theme", "\(s.theme) (\(from("theme")))"))
        lines.append(row("mouse", "\(s.mouse ? "on" : "off") (\(from("mouse")))"))
        lines.append(row("ascii", "\(s.ascii ? "on" : "off") (\(from("ascii")))"))
        let keys = s.keys.map { r in "\(r.name) = \(r.keys.map(KeyMap.name).joined(separator: " ")) (\(from("keys.\(r.name)")))" }
        lines.append(row("keys", keys.isEmpty ? "standard" : keys.joined(separator: "; ")))

        let term = t.term ?? "unset"
        let colors: String
        switch t.colors {
        case nil: colors = t.term == nil ? "unknown (TERM is unset)" : "unknown (no terminfo entry for \(term))"
        case 0?: colors = "none (terminfo), so the theme is drawn as monochrome"
        case let n?: colors = "\(n) (terminfo), so the \(s.theme) theme uses \(n >= 256 ? "all its colours" : "its \(n >= 16 ? 16 : 8)-colour looks")"
        }
        lines.append(row("terminal", "TERM=\(term); colours \(colors)"))
        lines.append(row("UTF-8", "\(t.utf8 ? "yes" : "no") (codeset \(t.codeset))"))
        let size = t.size.map { "\($0.width)x\($0.height)" } ?? "unknown"
        let tty = t.stdoutIsTTY ? "standard output is a terminal" : (t.stdinIsTTY ? "standard output is not a terminal" : "no terminal on standard input or output")
        lines.append(row("size", "\(size) (\(tty))"))
        if !loader.problems.isEmpty {
            lines.append("problems (those settings use their defaults):")
            lines += loader.problems.map { "  \($0)" }
        }
        return lines.joined(separator: "\n")
    }

    static func row(_ name: String, _ value: String) -> String {
        DisplayWidth.pad(name + ":", to: 11) + value
    }
}
