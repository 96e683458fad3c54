import Foundation

/// What the hardening tests read from tmux besides the screen: formats such as
/// `#{pane_title}`, the raw bytes the program wrote, and the process running in the pane.
extension Tmux {
    /// `tmux display -p FORMAT` for the pane.
    func display(_ format: String) throws -> String {
        try Tmux.run(["tmux", "-L", socket, "display", "-p", "-t", session, format]).output
            .trimmingCharacters(in: .newlines)
    }

    /// Sends tmux keys one at a time. A lone Esc followed at once by a key reads as Alt+key
    /// (the dashboard waits 25 ms for an escape sequence), so each Esc gets a pause after it.
    func press(_ keys: [String]) throws {
        for key in keys {
            try send(key)
            if key == "Escape" { Thread.sleep(forTimeInterval: 0.1) }
        }
    }

    /// The screen with its scrollback, oldest line first.
    func history() throws -> String {
        try Tmux.run(["tmux", "-L", socket, "capture-pane", "-p", "-S", "-", "-t", session]).output
    }

    /// Appends everything the pane's programs write from now on to `path`.
    func recordOutput(to path: String) throws {
        _ = try Tmux.run(["tmux", "-L", socket, "pipe-pane", "-o", "-t", session, "cat >> '\(path)'"])
    }

    /// The pid of the newest process whose command line is exactly `binary` plus `arguments`.
    func pid(of binary: String) throws -> String {
        let shell = try display("#{pane_pid}")
        let out = try Tmux.run(["pgrep", "-n", "-P", shell]).output
        guard let pid = out.split(separator: "\n").last.map(String.init), !pid.isEmpty else {
            throw TmuxError(message: "no child of the pane's shell runs \(binary)")
        }
        return pid
    }

    /// The folder holding the test fixtures (Tests/Fixtures).
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures").path

    /// `before` and `after` written by a command line made with `bracketed(_:)`.
    func sttyUnchanged() throws -> Bool {
        let before = try String(contentsOfFile: folder + "/before", encoding: .utf8)
        let after = try String(contentsOfFile: folder + "/after", encoding: .utf8)
        return !before.isEmpty && before == after
    }

    /// A shell line that saves `stty -g`, runs `command`, then prints its exit status and
    /// saves `stty -g` again; "FINISHED" shows when all is done.
    static func bracketed(_ command: String) -> String {
        "stty -g > before; \(command); echo EXIT=$?; stty -g > after; echo FIN\"\"ISHED"
    }
}
