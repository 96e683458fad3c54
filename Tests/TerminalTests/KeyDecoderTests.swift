import CNcursesw
import Dashboard
import Testing
@testable import Terminal

@Suite struct KeyDecoderTests {
    @Test func controlCharactersHaveTheirOwnKeys() {
        #expect(KeyDecoder.character(0x0D) == .enter)
        #expect(KeyDecoder.character(0x0A) == .enter)
        #expect(KeyDecoder.character(0x09) == .tab)
        #expect(KeyDecoder.character(0x1B) == .escape)
        #expect(KeyDecoder.character(0x7F) == .backspace)
        #expect(KeyDecoder.character(0x08) == .backspace)
    }

    @Test func otherControlsAreCtrlLetters() {
        #expect(KeyDecoder.character(0x0C) == .ctrl("l"))
        #expect(KeyDecoder.character(0x1A) == .ctrl("z"))
        #expect(KeyDecoder.character(0x01) == .ctrl("a"))
        #expect(KeyDecoder.character(0x13) == .ctrl("s"))
        #expect(KeyDecoder.character(0x1C) == .ctrl("\\"))
    }

    @Test func textIncludingChineseIsChar() {
        #expect(KeyDecoder.character(UInt32(UInt8(ascii: "q"))) == .char("q"))
        #expect(KeyDecoder.character(0x5B66) == .char("学"))  // one code point from an input method
        #expect(KeyDecoder.character(0x20000) == .char("𠀀"))
        #expect(KeyDecoder.character(0x9B) == nil)  // C1 control
        #expect(KeyDecoder.character(0xD800) == nil)  // not a scalar
    }

    @Test func keyCodes() {
        #expect(KeyDecoder.keyCode(KEY_UP) == .up)
        #expect(KeyDecoder.keyCode(KEY_DOWN) == .down)
        #expect(KeyDecoder.keyCode(KEY_LEFT) == .left)
        #expect(KeyDecoder.keyCode(KEY_RIGHT) == .right)
        #expect(KeyDecoder.keyCode(KEY_BTAB) == .backTab)
        #expect(KeyDecoder.keyCode(KEY_PPAGE) == .pageUp)
        #expect(KeyDecoder.keyCode(KEY_NPAGE) == .pageDown)
        #expect(KeyDecoder.keyCode(KEY_HOME) == .home)
        #expect(KeyDecoder.keyCode(KEY_END) == .end)
        #expect(KeyDecoder.keyCode(KEY_DC) == .delete)
        #expect(KeyDecoder.keyCode(KEY_BACKSPACE) == .backspace)
        #expect(KeyDecoder.keyCode(KEY_ENTER) == .enter)
        #expect(KeyDecoder.keyCode(weibao_key_f(1)) == .function(1))
        #expect(KeyDecoder.keyCode(weibao_key_f(12)) == .function(12))
        #expect(KeyDecoder.keyCode(KEY_RESIZE) == nil)  // the session turns it into .resize
    }
}
