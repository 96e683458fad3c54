import CNcursesw
import Dashboard
import Testing
@testable import Terminal

/// What curses hands back as Esc plus characters (a sequence its terminfo entry lacks),
/// decoded as htop and vim decode it.
@Suite struct EscapeSequenceTests {
    /// The keys in `text` as get_wch returns them one by one, Esc included.
    static func decoded(_ text: String, then codes: [Int32] = []) -> [DecodedInput] {
        var inputs = text.unicodeScalars.map { RawInput.character($0.value) } + codes.map(RawInput.code)
        var decoder = InputDecoder()
        var out: [DecodedInput] = []
        while let d = decoder.next({ _ in inputs.isEmpty ? nil : inputs.removeFirst() }) { out.append(d) }
        return out
    }

    static func keys(_ text: String) -> [Key] {
        decoded(text).compactMap { if case .key(let k) = $0 { k } else { nil } }
    }

    @Test(arguments: [
        ("\u{1B}[1~", Key.home), ("\u{1B}[7~", .home), ("\u{1B}[H", .home), ("\u{1B}OH", .home),
        ("\u{1B}[4~", .end), ("\u{1B}[8~", .end), ("\u{1B}[F", .end), ("\u{1B}OF", .end),
        ("\u{1B}[3~", .delete), ("\u{1B}[5~", .pageUp), ("\u{1B}[6~", .pageDown),
        ("\u{1B}[A", .up), ("\u{1B}OB", .down), ("\u{1B}[C", .right), ("\u{1B}OD", .left),
        ("\u{1B}[Z", .backTab), ("\u{1B}OM", .enter),
    ])
    func editingKeys(sequence: String, key: Key) {
        #expect(Self.keys(sequence) == [key])
    }

    @Test func functionKeysInEveryNumbering() {
        // xterm and tmux: F1–F4 as SS3, F5–F12 as vt220 numbers with gaps at 16 and 22.
        #expect(Self.keys("\u{1B}OP\u{1B}OQ\u{1B}OR\u{1B}OS") == (1...4).map(Key.function))
        let vt220 = [11, 12, 13, 14, 15, 17, 18, 19, 20, 21, 23, 24].map { "\u{1B}[\($0)~" }.joined()
        #expect(Self.keys(vt220) == (1...12).map(Key.function))
        // The Linux console's F1–F5.
        #expect(Self.keys("\u{1B}[[A\u{1B}[[E") == [.function(1), .function(5)])
    }

    @Test func modifiersGiveThePlainKey() {
        #expect(Self.keys("\u{1B}[1;5H") == [.home])
        #expect(Self.keys("\u{1B}[1;2F") == [.end])
        #expect(Self.keys("\u{1B}[3;5~") == [.delete])
        #expect(Self.keys("\u{1B}[6;3~") == [.pageDown])
        #expect(Self.keys("\u{1B}[1;5A") == [.up])
        #expect(Self.keys("\u{1B}[1;2P") == [.function(1)])
        #expect(Self.keys("\u{1B}[15;2~") == [.function(5)])
        #expect(Self.keys("\u{1B}O5H") == [.home])
        #expect(Self.keys("\u{1B}[7^\u{1B}[8$") == [.home, .end])  // rxvt's Ctrl-Home, Shift-End
    }

    @Test func unknownSequencesAreReadWholeAndDropped() {
        // Insert has no key here; an unknown number, a terminal's reply, bracketed paste marks
        // and focus reports are consumed to their final byte: none of them is Esc plus letters.
        #expect(Self.keys("\u{1B}[2~j") == [.char("j")])
        #expect(Self.keys("\u{1B}[99~q") == [.char("q")])
        #expect(Self.keys("\u{1B}[?1;2cq") == [.char("q")])
        #expect(Self.keys("\u{1B}[200~学\u{1B}[201~") == [.char("学")])
        #expect(Self.keys("\u{1B}[I\u{1B}[Oj") == [.char("j")])
        #expect(Self.keys("\u{1B}[1;5X\u{1B}OXk") == [.char("k")])
        #expect(Self.keys("\u{1B}[" + String(repeating: "1;", count: 40) + "~") .allSatisfy { $0 != .escape })
    }

    @Test func aLoneEscIsStillEsc() {
        #expect(Self.keys("\u{1B}") == [.escape])
        #expect(Self.keys("\u{1B}\u{1B}") == [.escape, .escape])
        #expect(Self.keys("\u{1B}x") == [.escape, .char("x")])  // Alt-x, as before
        #expect(Self.keys("\u{1B}学") == [.escape, .char("学")])
        // Esc then [ with nothing after it: typed by hand, not sent by a key.
        #expect(Self.keys("\u{1B}[") == [.escape, .char("[")])
        #expect(Self.keys("\u{1B}O") == [.escape, .char("O")])
    }

    @Test func aSequenceBrokenOffIsDroppedAndWhatBrokeItIsRead() {
        #expect(Self.keys("\u{1B}[1\u{1B}[4~") == [.end])
        #expect(Self.keys("\u{1B}[1\r") == [.enter])
        #expect(Self.decoded("\u{1B}[1", then: [KEY_RESIZE]) == [.session(KEY_RESIZE)])
        #expect(Self.decoded("\u{1B}", then: [KEY_UP]) == [.key(.escape), .key(.up)])
    }

    @Test func theRestOfASplitSequenceIsWaitedFor() {
        // The decoder asks to wait only inside a sequence, never after a lone Esc.
        var inputs: [RawInput?] = [.character(0x1B), nil, .character(0x1B), .character(0x5B), nil, .character(0x31), .character(0x7E)]
        var waits: [Bool] = []
        var decoder = InputDecoder()
        let read: (Bool) -> RawInput? = { wait in
            waits.append(wait)
            let next = inputs.removeFirst()
            // A wait lets the next piece of a split sequence arrive.
            if next == nil, wait, !inputs.isEmpty { return inputs.removeFirst() }
            return next
        }
        #expect(decoder.next(read) == .key(.escape))
        #expect(decoder.next(read) == .key(.home))
        #expect(waits == [false, false, false, false, true, true])
    }

    @Test func modifiedKeysByTheirTerminfoNames() {
        #expect(KeyDecoder.extendedKey("kHOM5") == .home)
        #expect(KeyDecoder.extendedKey("kEND3") == .end)
        #expect(KeyDecoder.extendedKey("kDC5") == .delete)
        #expect(KeyDecoder.extendedKey("kRIT3") == .right)
        #expect(KeyDecoder.extendedKey("kNXT6") == .pageDown)
        #expect(KeyDecoder.extendedKey("kxIN") == nil)  // focus in: no key
        #expect(KeyDecoder.extendedKey("kUP") == nil)   // not an extended name
    }
}
