import Testing
import Dashboard
import Protection

/// The exports' control-character policy (Protection) and the screen's (Dashboard) are one.
@Suite struct ControlPolicyTests {
    @Test func exportAndScreenAgreeOnEveryScalar() {
        for v in UInt32(0)...0x3_0000 {
            guard let s = Unicode.Scalar(v) else { continue }
            #expect(ControlCharacters.visible(s) == Sanitizer.visible(s), "U+\(String(v, radix: 16))")
        }
    }
}
