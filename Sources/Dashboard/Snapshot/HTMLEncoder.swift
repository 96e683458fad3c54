extension SnapshotEncoder {
    /// Latin monospace fonts first: a CJK font at the head of the list would draw the
    /// ambiguous-width marks (· … “ ” –) a full em wide where the screen gives them one column.
    static let gridFonts = #""DejaVu Sans Mono",Menlo,Consolas,"Liberation Mono",monospace"#
    /// Every CJK font draws ideographs one em wide. The last family is a monospace font scaled
    /// so that its missing-glyph box is one em too: with no CJK font at all, the boxes still
    /// keep the grid (DejaVu Sans Mono is 1233/2048 em wide); its ascent and descent are scaled
    /// back to the unscaled font's, so the boxes do not push the row's text down.
    static let wideFonts = #""Noto Sans Mono CJK SC","Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Hiragino Sans GB","Microsoft YaHei","WenQuanYi Zen Hei",wb-box"#

    /// A self-contained page that reads like one: each row is runs of text in a monospace
    /// font with real spaces, so the browser's find and copying work. Wide runs are letter-spaced
    /// to exactly two columns a glyph (`--c` is one column of the grid font, fixed where the
    /// screen sets it), so cells line up whatever CJK font the browser finds. A print
    /// stylesheet puts it on white paper.
    public static func html(_ screen: Screen, theme: Theme, metadata: Metadata) -> String {
        let page = Palette.page(theme)
        var inks: [Ink] = []
        var rows = ""
        for y in 0..<screen.height { rows += htmlRow(screen, y: y, theme: theme, page: page, inks: &inks) }
        var css = """
        @property --c{syntax:"<length>";inherits:true;initial-value:0px}
        @font-face{font-family:wb-box;src:local("DejaVu Sans Mono");size-adjust:166.1%;ascent-override:56%;descent-override:14%;line-gap-override:0%}
        body{margin:1.5em;background:\(Palette.hex(page.around));color:\(Palette.hex(page.caption));font-family:sans-serif}
        h1{font-size:1em;font-weight:normal;margin:0 0 .6em;font-family:"DejaVu Sans",sans-serif}
        .screen{display:inline-block;width:\(screen.width)ch;padding:.5em;background:\(Palette.hex(page.bg));color:\(Palette.hex(page.fg));font-family:\(gridFonts);font-size:14px;line-height:1.25;--c:1ch;font-kerning:none;font-variant-ligatures:none;text-spacing-trim:space-all;text-autospace:no-autospace}
        .r{white-space:pre;height:1.25em}
        .w{font-family:\(wideFonts);letter-spacing:calc(2*var(--c) - 1em)}
        @page{size:A4 landscape;margin:10mm}
        @media print{body{background:#fff;color:#000;margin:0}.screen{background:#fff;color:#000;border:1px solid #999;font-size:12px}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}

        """
        for (i, ink) in inks.enumerated() where !ink.isPlain {
            var rule = ""
            if let fg = ink.fg { rule += "color:\(Palette.hex(fg));" }
            if ink.dim && ink.fg == nil { rule += "color:\(Palette.hex(Palette.dimGrey));" }  // dim without fading a background
            if ink.bold { rule += "font-weight:bold;" }
            if ink.underline { rule += "text-decoration:underline;" }
            css += ".s\(i){\(rule)}\n"
            // On white paper, text without a background of its own must be dark: light text
            // prints black, mid greys a darker grey. Text on its own background keeps its colors.
            if !ink.painted {
                let color = ink.fg ?? page.fg
                let l = Palette.luminance(color)
                let printFg = ink.dim || (ink.fg != nil && l > 0.3 && l < 0.6) ? "#555" : (l >= 0.3 ? "#000" : Palette.hex(color))
                css += "@media print{.s\(i){color:\(printFg)}}\n"
            }
        }
        let title = escapeXML(metadata.title)
        return """
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN">
        <head>
        <meta charset="utf-8"/>
        <title>\(title) · \(escapeXML(metadata.takenAt))</title>
        <style>
        \(css)</style>
        </head>
        <body>
        <h1>\(title) · \(screen.width)×\(screen.height) · \(escapeXML(metadata.takenAt))</h1>
        <div class="screen">
        \(rows)</div>
        </body>
        </html>

        """
    }
}
