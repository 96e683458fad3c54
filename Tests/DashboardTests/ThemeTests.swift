import Testing
@testable import Dashboard
import Protection

/// Each theme at 256, 16 and 8 colours and without colour: ANSI snapshots of the matrix (the
/// heat ramp) and Detail (the change bars), and the properties that must hold at every depth.
@Suite struct ThemeTests {
    static let depths = [256, 16, 8]

    @Test(arguments: ["dark", "light", "colorblind"])
    func goldenAnsiAtEachDepth(name: String) throws {
        let theme = try #require(Theme.named(name))
        for colors in Self.depths {
            for (screenName, keys) in [("matrix", "m"), ("detail", "<Tab><Right><Enter><Enter>")] {
                let ansi = SnapshotEncoder.ansi(screen(keys, width: 80, height: 24), theme: theme.forColors(colors))
                expectGolden(ansi, "theme-\(name)-\(colors)-\(screenName)-80x24.ans")
            }
        }
    }

    /// What NO_COLOR, `--no-color` and a terminal without colours all draw.
    @Test func goldenMonochrome() {
        for (screenName, keys) in [("matrix", "m"), ("detail", "<Tab><Right><Enter><Enter>")] {
            let ansi = SnapshotEncoder.ansi(screen(keys, width: 80, height: 24), theme: .monochrome)
            expectGolden(ansi, "theme-monochrome-\(screenName)-80x24.ans")
            for theme in Theme.all {
                #expect(SnapshotEncoder.ansi(screen(keys, width: 80, height: 24), theme: theme.forColors(0)) == ansi)
            }
        }
    }

    @Test func namesAndDefault() {
        #expect(Theme.all.map(\.name) == ["dark", "light", "monochrome", "colorblind"])
        #expect(Theme.named("Light")?.name == "light")
        #expect(Theme.named("solarized") == nil)
    }

    /// Reduced themes use only the palette the terminal has.
    @Test(arguments: Theme.all.map(\.name))
    func reducedThemesStayInThePalette(name: String) throws {
        let theme = try #require(Theme.named(name))
        for colors in [16, 8] {
            let t = theme.forColors(colors)
            for role in Role.allCases {
                for c in [t.look(role).fg, t.look(role).bg] {
                    switch c {
                    case .default: break
                    case .indexed(let n): Issue.record("\(name)@\(colors) \(role): indexed \(n)")
                    case .ansi(let n): #expect(Int(n) < colors, "\(name)@\(colors) \(role) uses \(n)")
                    }
                }
            }
        }
        #expect(theme.forColors(256).look(.heat1) == theme.look(.heat1))
    }

    /// The terminal's own background is kept: text roles never paint one.
    @Test(arguments: Theme.all.map(\.name))
    func terminalBackgroundKept(name: String) throws {
        let theme = try #require(Theme.named(name))
        for colors in Self.depths + [0] {
            let t = theme.forColors(colors)
            for role in [Role.normal, .dim, .heading, .border, .number, .footerText, .barFrom, .barTo, .gauge, .gaugeEmpty, .heat0, .tileTitle, .input] {
                #expect(t.look(role).bg == .default, "\(name)@\(colors) \(role)")
                #expect(!t.look(role).reverse, "\(name)@\(colors) \(role)")
            }
        }
    }

    /// Distinctions the screens rely on survive every depth: the heat steps, the cursor
    /// against the unfocused selection, matches and errors against plain text.
    @Test(arguments: Theme.all.map(\.name))
    func distinctionsSurviveReduction(name: String) throws {
        let theme = try #require(Theme.named(name))
        for colors in Self.depths + [0] {
            let t = theme.forColors(colors)
            let heat = [Role.heat0, .heat1, .heat2, .heat3, .heat4].map { t.look($0) }
            #expect(Set(heat).count == 5, "\(name)@\(colors): heat steps merged")
            #expect(t.look(.selected) != t.look(.selectedInactive))
            // The matrix cursor sits on a heat cell.
            #expect(!heat.contains(t.look(.selected)), "\(name)@\(colors): cursor looks like a heat step")
            #expect(t.look(.match) != t.look(Role.normal) && t.look(.error) != t.look(Role.normal))
            #expect(t.look(.barFrom) != t.look(.barTo))
        }
    }

    /// The colour-blind theme never sets red against green; the change bars differ in
    /// lightness as well as hue.
    @Test func colorblindAvoidsRedAndGreen() {
        for colors in Self.depths {
            let t = Theme.colorblind.forColors(colors)
            for role in Role.allCases {
                for c in [t.look(role).fg, t.look(role).bg] {
                    if case .ansi(let n) = c { #expect(![1, 2, 9, 10].contains(n), "\(colors) \(role) uses ANSI \(n)") }
                }
            }
        }
    }

    /// A direction is written out, so no theme (or none) is needed to read it.
    @Test func directionIsNeverColourAlone() {
        let detail = screen("<Tab><Right><Enter><Enter>", width: 80, height: 24)
        let text = SnapshotEncoder.text(detail)
        #expect(text.contains("▼ 减少 97"))
        let ascii = Root.render(run(try! KeyScript.parse("<Tab><Right><Enter><Enter>"), width: 80, height: 24,
                                         options: DashboardOptions(ascii: true)), seedCatalog)
        #expect(SnapshotEncoder.text(ascii).contains("减少 97"))
        // The same words in every theme's ANSI, once the escapes are stripped.
        for theme in Theme.all {
            for colors in Self.depths + [0] {
                #expect(stripSGR(SnapshotEncoder.ansi(detail, theme: theme.forColors(colors))).contains("▼ 减少 97"))
            }
        }
    }

    @Test func foldKeepsTextReadableOnItsBackground() {
        // 8 colours: bright white on bright blue folds to white on blue, bold.
        let l = ThemeColors.fold(Look(fg: .ansi(15), bg: .ansi(12)), sixteen: false)
        #expect(l == Look(fg: .ansi(7), bg: .ansi(4), bold: true))
        // Same colour after folding: the text flips to black or white.
        #expect(ThemeColors.fold(Look(fg: .ansi(11), bg: .ansi(3)), sixteen: false).fg == .ansi(0))
    }
}

extension ThemeTests {
    /// Grey text on 8 colours is dimmed, never bold black (invisible on a dark background).
    @Test func greyOnEightColoursIsDimNotBlack() {
        for theme in [Theme.dark, .light, .colorblind] {
            let dim = theme.forColors(8).look(.dim)
            #expect(dim.fg == .default && dim.dim, "\(theme.name)")
        }
    }
}
