import CNcursesw
import Dashboard

/// One result of get_wch: a character (OK) or a key code (KEY_CODE_YES).
enum RawInput: Equatable {
    case character(UInt32)
    case code(Int32)
}

/// What the session gets from the keyboard: a key, or a code only it can act on.
enum DecodedInput: Equatable {
    case key(Key)
    /// KEY_RESIZE or KEY_MOUSE.
    case session(Int32)
}

/// Turns get_wch results into keys, reading the rest of an escape sequence curses did not
/// know (see `EscapeSequence`) before deciding that an Esc was a key. Pure apart from
/// `read`, so the tests feed it recorded input.
struct InputDecoder {
    /// Read one input too many: it comes next.
    private var pending: [RawInput] = []

    /// The next key or session code, or nil once input runs out. Inputs with no key are
    /// skipped. `read(wait)` returns what is there; with `wait` it may wait briefly, for the
    /// rest of a sequence that arrived split.
    mutating func next(_ read: (_ wait: Bool) -> RawInput?) -> DecodedInput? {
        while true {
            guard let raw = pending.isEmpty ? read(false) : pending.removeFirst() else { return nil }
            switch raw {
            case .code(let code) where code == KEY_RESIZE || code == KEY_MOUSE:
                return .session(code)
            case .code(let code):
                if let key = KeyDecoder.keyCode(code) { return .key(key) }
            case .character(0x1B):
                if let key = afterEscape(read) { return .key(key) }
            case .character(let c):
                if let key = KeyDecoder.character(c) { return .key(key) }
            }
        }
    }

    /// Reads what follows an Esc: Esc itself when nothing does (curses already waited
    /// ESCDELAY for it), the sequence's key, or nil for a sequence with no key.
    private mutating func afterEscape(_ read: (_ wait: Bool) -> RawInput?) -> Key? {
        var sequence = EscapeSequence()
        while true {
            guard let raw = read(!sequence.isEmpty) else {
                // Esc then `[` or `O` and nothing more: typed, not sent by a key.
                if let introducer = sequence.characters.first, sequence.characters.count == 1 {
                    pending.append(.character(UInt32(introducer)))
                    return .escape
                }
                return sequence.isEmpty ? .escape : nil
            }
            guard case .character(let c) = raw else {
                pending.append(raw)
                return sequence.isEmpty ? .escape : nil
            }
            switch sequence.feed(c) {
            case .more:
                continue
            case .complete(let key):
                return key
            case .notPart:
                pending.append(raw)
                return sequence.isEmpty ? .escape : nil
            }
        }
    }
}
