import Dashboard
import Testing
@testable import Terminal

@Suite struct ColorMapperTests {
    let xterm256 = ColorMapper(colors: 256, defaultColors: true)
    let ansi16 = ColorMapper(colors: 16, defaultColors: true)
    let ansi8 = ColorMapper(colors: 8, defaultColors: true)
    let none = ColorMapper(colors: 0, defaultColors: false)

    @Test func defaultStaysTheTerminalsOwn() {
        #expect(xterm256.resolve(Look()) == ResolvedLook())
        #expect(ansi8.resolve(Look(bold: true)).fg == -1)
    }

    @Test func brightColorsBecomeBoldOnEightColorTerminals() {
        let r = ansi8.resolve(Look(fg: .ansi(14), bg: .ansi(4)))
        #expect(r.fg == 6 && r.bg == 4 && r.bold)
        let bg = ansi8.resolve(Look(fg: .ansi(0), bg: .ansi(11)))
        #expect(bg.bg == 3 && !bg.bold)  // bold cannot brighten a background
        #expect(ansi16.resolve(Look(fg: .ansi(14))).fg == 14)
    }

    @Test func indexedColorsFoldByHue() {
        #expect(xterm256.resolve(Look(bg: .indexed(23))).bg == 23)
        // The dark theme's heat scale stays cyan rather than collapsing to black.
        #expect(ansi16.map(.indexed(23), foreground: false).number == 6)
        #expect(ansi16.map(.indexed(44), foreground: false).number == 14)
        #expect(ansi8.map(.indexed(44), foreground: false).number == 6)
        #expect(ThemeColors.nearestANSI(196) == 9)  // ff0000
        #expect(ThemeColors.nearestANSI(232) == 0)  // near black
        #expect(ThemeColors.nearestANSI(250) == 7)  // light gray
    }

    @Test func foldingNeverHidesText() {
        // heat1: black on a dark cyan that folds to cyan; fine. Same fg and bg would vanish.
        let r = ansi8.resolve(Look(fg: .ansi(14), bg: .ansi(6)))
        #expect(r.fg != r.bg)
    }

    @Test func withoutColorsABackgroundBecomesReverse() {
        let r = none.resolve(Look(fg: .ansi(0), bg: .ansi(6), bold: true))
        #expect(r.reverse && r.bold && r.fg == -1 && r.bg == -1)
        #expect(!none.resolve(Look(fg: .ansi(8))).reverse)
    }

    @Test func withoutDefaultColorsWhiteOnBlackStandsIn() {
        let r = ColorMapper(colors: 8, defaultColors: false).resolve(Look(fg: .ansi(3)))
        #expect(r.fg == 3 && r.bg == 0)
    }
}
