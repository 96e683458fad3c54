import CNcursesw
import Dashboard

/// What get_wch returned, as the dashboard's keys. Pure, so it is tested without a terminal.
enum KeyDecoder {
    /// A character read with `OK`. An input method commits each Chinese character as one
    /// code point, which arrives here like any typed letter.
    static func character(_ wch: UInt32) -> Key? {
        switch wch {
        case 0x0D, 0x0A: return .enter  // nonl() leaves Enter as CR
        case 0x09: return .tab
        case 0x1B: return .escape
        case 0x7F, 0x08: return .backspace
        case 0x00: return .ctrl("@")  // Ctrl-Space
        case 0x01...0x1A: return .ctrl(Character(Unicode.Scalar(UInt8(wch) + 0x60)))
        case 0x1C...0x1F: return .ctrl(Character(Unicode.Scalar(UInt8(wch) + 0x40)))
        case 0x80..<0xA0: return nil  // C1 controls are never typed text
        default:
            guard let scalar = Unicode.Scalar(wch) else { return nil }
            return .char(Character(scalar))
        }
    }

    /// A key code read with `KEY_CODE_YES`. KEY_RESIZE and KEY_MOUSE need the session
    /// and are handled there.
    static func keyCode(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP, KEY_SR: return .up
        case KEY_DOWN, KEY_SF: return .down
        case KEY_LEFT, KEY_SLEFT: return .left
        case KEY_RIGHT, KEY_SRIGHT: return .right
        case KEY_BTAB: return .backTab
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        // Some terminfo entries name Home/End by their keypad positions or old names.
        case KEY_HOME, KEY_A1, KEY_FIND: return .home
        case KEY_END, KEY_C1, KEY_SELECT, KEY_LL: return .end
        case KEY_DC: return .delete
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        case weibao_key_f(1)...weibao_key_f(63): return .function(Int(code - weibao_key_f(0)))
        default:
            // Codes above KEY_MAX are terminfo's extended keys, known by name only.
            guard code > KEY_MAX, let name = keyname(code) else { return nil }
            return extendedKey(String(cString: name))
        }
    }

    /// xterm's modified keys as terminfo names them: kHOM5 is Ctrl-Home, kRIT3 Alt-Right. The
    /// dashboard binds no modified keys, so each gives its plain key rather than nothing.
    static func extendedKey(_ name: String) -> Key? {
        let base = name.prefix { !$0.isNumber }
        guard base.count < name.count, name.dropFirst(base.count).allSatisfy(\.isNumber) else { return nil }
        switch base {
        case "kUP": return .up
        case "kDN": return .down
        case "kLFT": return .left
        case "kRIT": return .right
        case "kHOM": return .home
        case "kEND": return .end
        case "kPRV": return .pageUp
        case "kNXT": return .pageDown
        case "kDC": return .delete
        default: return nil
        }
    }
}
