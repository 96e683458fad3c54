import Dashboard

/// The characters after an Esc that curses handed back as a lone Esc because terminfo does
/// not list the sequence (tmux sends Home as ESC[1~, which xterm-256color's entry lacks).
/// Read whole, so the rest never arrives as Esc plus letters; the common keys are named as
/// htop and vim name them, whatever terminfo says, and anything else is dropped.
struct EscapeSequence {
    enum Step: Equatable {
        /// The sequence goes on: feed the next character.
        case more
        /// The sequence ended with this character: its key, or nil for one with no key here.
        case complete(Key?)
        /// This character is not part of it: it is the next key, after the Esc (when nothing
        /// was read yet) or after the dropped, broken sequence.
        case notPart
    }

    /// What was read after the Esc.
    private(set) var characters: [UInt8] = []
    /// Longer than any key's sequence: a flood of parameters is cut off, not buffered.
    static let limit = 32

    var isEmpty: Bool { characters.isEmpty }

    mutating func feed(_ c: UInt32) -> Step {
        guard c < 0x80 else { return .notPart }
        let b = UInt8(c)
        switch characters.first {
        case nil:
            // CSI (ESC [) or SS3 (ESC O); anything else after Esc is a key of its own.
            guard b == UInt8(ascii: "[") || b == UInt8(ascii: "O") else { return .notPart }
            characters.append(b)
            return .more
        case UInt8(ascii: "O")?:
            return ss3(b)
        default:
            return csi(b)
        }
    }

    /// ESC O, an optional modifier (ESC O 5 H from some terminals), one final character.
    private mutating func ss3(_ b: UInt8) -> Step {
        switch b {
        case 0x30...0x3B where characters.count < Self.limit:
            characters.append(b)
            return .more
        case 0x40...0x7E:
            return .complete(Self.ss3Key(b))
        default:
            return .notPart
        }
    }

    /// ESC [, parameter bytes 0x30–0x3F, intermediate bytes 0x20–0x2F, one final byte
    /// 0x40–0x7E (ECMA-48). Two exceptions: the Linux console's F1–F5 are ESC [ [ A … E, and
    /// rxvt ends shifted keys with `$`, which ECMA-48 counts as an intermediate.
    private mutating func csi(_ b: UInt8) -> Step {
        if characters == [UInt8(ascii: "["), UInt8(ascii: "[")] {
            guard (0x40...0x7E).contains(b) else { return .notPart }
            return .complete((0x41...0x45).contains(b) ? .function(Int(b) - 0x40) : nil)
        }
        if characters == [UInt8(ascii: "[")], b == UInt8(ascii: "[") {
            characters.append(b)
            return .more
        }
        let parameters = characters.dropFirst()
        if b == UInt8(ascii: "$"), !parameters.isEmpty, parameters.allSatisfy({ $0 < 0x40 && $0 >= 0x30 }) {
            return .complete(Self.csiKey(parameters: parameters, final: b))
        }
        switch b {
        case 0x20...0x3F:
            guard characters.count < Self.limit else { return .complete(nil) }
            characters.append(b)
            return .more
        case 0x40...0x7E:
            return .complete(Self.csiKey(parameters: parameters, final: b))
        default:
            return .notPart
        }
    }

    /// ESC [ … final. Modifiers (ESC [ 1 ; 5 H, ESC [ 3 ; 5 ~) give the plain key: the
    /// dashboard binds no modified keys.
    static func csiKey(parameters: ArraySlice<UInt8>, final: UInt8) -> Key? {
        // A private marker (< = > ?) or an intermediate starts replies and reports, never keys.
        if let first = parameters.first, first >= 0x3C { return nil }
        if parameters.contains(where: { $0 < 0x30 }) { return nil }
        let numbers = parameters.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false)
            .map { field in field.reduce(0) { min($0 * 10 + Int($1) - 0x30, 100_000) } }
        switch final {
        case UInt8(ascii: "~"), UInt8(ascii: "^"), UInt8(ascii: "@"), UInt8(ascii: "$"):
            // vt220 numbering (xterm, tmux, screen, the Linux console); rxvt marks Ctrl with ^
            // and Shift with $ instead of a modifier parameter.
            return numbers.first.flatMap(tildeKey)
        case UInt8(ascii: "A"), UInt8(ascii: "a"): return .up
        case UInt8(ascii: "B"), UInt8(ascii: "b"): return .down
        case UInt8(ascii: "C"), UInt8(ascii: "c"): return .right
        case UInt8(ascii: "D"), UInt8(ascii: "d"): return .left
        case UInt8(ascii: "H"): return .home
        case UInt8(ascii: "F"): return .end
        case UInt8(ascii: "Z"): return .backTab
        // xterm's modified F1–F4: ESC [ 1 ; 2 P. Unmodified they come as SS3.
        case UInt8(ascii: "P")...UInt8(ascii: "S") where numbers.count == 2:
            return .function(Int(final) - 0x4F)
        default: return nil
        }
    }

    /// ESC [ n ~: Insert (2) has no key in the dashboard and is read and dropped.
    static func tildeKey(_ n: Int) -> Key? {
        switch n {
        case 1, 7: return .home
        case 4, 8: return .end
        case 3: return .delete
        case 5: return .pageUp
        case 6: return .pageDown
        case 11...15: return .function(n - 10)
        case 17...21: return .function(n - 11)
        case 23...26: return .function(n - 12)
        case 28, 29: return .function(n - 13)
        case 31...34: return .function(n - 14)
        default: return nil
        }
    }

    /// ESC O final: cursor and keypad keys in application mode, F1–F4.
    static func ss3Key(_ b: UInt8) -> Key? {
        switch b {
        case UInt8(ascii: "A"): return .up
        case UInt8(ascii: "B"): return .down
        case UInt8(ascii: "C"): return .right
        case UInt8(ascii: "D"): return .left
        case UInt8(ascii: "H"): return .home
        case UInt8(ascii: "F"): return .end
        case UInt8(ascii: "M"): return .enter
        case UInt8(ascii: "P")...UInt8(ascii: "S"): return .function(Int(b) - 0x4F)
        // The keypad's digits and operators: ESC O p is 0, ESC O j is *.
        case UInt8(ascii: "j")...UInt8(ascii: "y"): return .char(Character(Unicode.Scalar(b - 0x40)))
        default: return nil
        }
    }
}
