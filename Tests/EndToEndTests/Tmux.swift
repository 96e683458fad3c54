import Foundation
import Testing
#if canImport(Glibc)
import Glibc
import TestSupport
#endif

/// A private tmux server running a shell: the real terminal the end-to-end tests type into.
final class Tmux {
    let socket = "weibao-e2e-\(UUID().uuidString.prefix(8))"
    let session = "t"
    let folder: String

    /// The weibao binary built next to the test bundle.
    static var binary: String? { BuiltBinary.weibao }

    static var available: Bool { binary != nil && (try? run(["tmux", "-V"]).status) == 0 }

    init(width: Int = 100, height: Int = 30) throws {
        folder = NSTemporaryDirectory() + "weibao-e2e-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // A plain shell with a known prompt, UTF-8 and a terminal type every tmux has.
        let shell = "env -i HOME=\(folder) PATH=/usr/bin:/bin LANG=C.UTF-8 TERM=tmux-256color PS1='$ ' bash --norc --noprofile"
        let r = try Tmux.run(["tmux", "-L", socket, "-f", "/dev/null", "new-session", "-d", "-s", session,
                              "-x", String(width), "-y", String(height), "-c", folder, shell])
        guard r.status == 0 else { throw TmuxError(message: "tmux new-session failed: \(r.output)") }
        _ = try Tmux.run(["tmux", "-L", socket, "set-option", "-g", "status", "off"])
        _ = try waitFor { $0.contains("$") }
    }

    deinit {
        _ = try? Tmux.run(["tmux", "-L", socket, "kill-server"])
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Types a command line into the shell and presses Enter.
    func type(_ line: String) throws {
        _ = try Tmux.run(["tmux", "-L", socket, "send-keys", "-t", session, "-l", line])
        _ = try Tmux.run(["tmux", "-L", socket, "send-keys", "-t", session, "Enter"])
    }

    /// Sends tmux key names (Tab, Enter, Down, C-c …) or, with `literal`, text as typed.
    func send(_ keys: String..., literal: Bool = false) throws {
        _ = try Tmux.run(["tmux", "-L", socket, "send-keys", "-t", session] + (literal ? ["-l"] : []) + keys)
    }

    func resize(width: Int, height: Int) throws {
        _ = try Tmux.run(["tmux", "-L", socket, "resize-window", "-t", session, "-x", String(width), "-y", String(height)])
    }

    func capture() throws -> String {
        try Tmux.run(["tmux", "-L", socket, "capture-pane", "-p", "-t", session]).output
    }

    /// Polls the screen until `condition` holds; the machine is shared, so be patient.
    @discardableResult
    func waitFor(seconds: Double = 15, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if condition(screen) { return screen }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw TmuxError(message: "timed out; the screen was:\n\(screen)")
    }

    /// The screen's lines without trailing blanks, as `weibao snapshot` writes them.
    static func trimmed(_ screen: String) -> String {
        var lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0.reversed().drop { $0 == " " }.reversed())
        }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    struct Output {
        var status: Int32
        var output: String
    }

    /// Runs a program and waits for it with posix_spawn and waitpid. Foundation's Process is
    /// not used here: the tmux server that new-session starts inherits its descriptors, and
    /// Process then waits for an end of output that never comes.
    @discardableResult
    static func run(_ arguments: [String]) throws -> Output {
        let path = NSTemporaryDirectory() + "weibao-e2e-out-" + UUID().uuidString
        defer { unlink(path) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // The calling thread (a test worker) blocks most signals; the child would inherit that
        // mask, tmux would pass it to its shell and every program in it, and no signal would arrive.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for sig in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGCONT, SIGWINCH, SIGPIPE] { sigaddset(&defaults, sig) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let rc = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, environ)
        guard rc == 0 else { throw TmuxError(message: "cannot run \(arguments[0]): \(String(cString: strerror(rc)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exited = (status & 0x7F) == 0
        let code = exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let data = FileManager.default.contents(atPath: path) ?? Data()
        return Output(status: code, output: String(decoding: data, as: UTF8.self))
    }
}

struct TmuxError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
