import Testing
@testable import Dashboard
import Protection

/// The screen draws by the exports' control-character policy (Protection's one copy).
@Suite struct ControlPolicyTests {
    @Test func screenDrawsTheExportPolicyForEveryScalar() {
        for v in UInt32(0)...0x3_0000 {
            guard let s = Unicode.Scalar(v) else { continue }
            #expect(Screen.safe(Character(s)) == Character(ControlCharacters.visible(s)), "U+\(String(v, radix: 16))")
        }
    }

    @Test func aCombiningSequenceIsKeptWhole() {
        #expect(Screen.safe("e\u{301}") == "e\u{301}")
    }
}
