using ReportMiner.Pdf.Fonts;
using ReportMiner.Pdf.Objects;
using static ReportMiner.Pdf.Tests.Text.Pdf;

namespace ReportMiner.Pdf.Tests.Text;

public sealed class FontEncodingTests
{
    [Theory]
    [InlineData(0x41, "A")]
    [InlineData(0x93, "\u201C")]
    [InlineData(0x96, "\u2013")]
    [InlineData(0x80, "\u20AC")]
    [InlineData(0xE9, "\u00E9")]
    [InlineData(0x95, "\u2022")]
    public void WinAnsi_codes_map_to_unicode(int code, string expected) =>
        Assert.Equal(expected, GlyphList.ToUnicode(FontEncoding.WinAnsi[code]!));

    [Fact]
    public void Standard_and_MacRoman_differ_where_they_should()
    {
        Assert.Equal("quoteright", FontEncoding.Standard[0x27]);
        Assert.Equal("quotesingle", FontEncoding.WinAnsi[0x27]);
        Assert.Equal("Adieresis", FontEncoding.MacRoman[0x80]);
    }

    [Fact]
    public void Differences_override_the_base_encoding()
    {
        var resolver = new TestResolver();
        var enc = FontEncoding.WinAnsi.WithDifferences(A(Num(1), N("fi"), N("fl"), Num(0x41), N("bullet")), resolver);
        Assert.Equal("fi", enc[1]);
        Assert.Equal("fl", enc[2]);
        Assert.Equal("bullet", enc[0x41]);
        Assert.Equal("B", enc[0x42]);
    }

    [Theory]
    [InlineData("A", "A")]
    [InlineData("quotedblleft", "\u201C")]
    [InlineData("endash", "\u2013")]
    [InlineData("uni20AC", "\u20AC")]
    [InlineData("uni00410042", "AB")]
    [InlineData("u1F600", "\U0001F600")]
    [InlineData("a.sc", "a")]
    [InlineData("f_f_i", "ffi")]
    [InlineData("g123", null)]
    [InlineData(".notdef", null)]
    public void Glyph_names_follow_the_AGL_rules(string name, string? expected) =>
        Assert.Equal(expected, GlyphList.ToUnicode(name));

    [Theory]
    [InlineData("\uFB01", "fi")]
    [InlineData("\uFB02", "fl")]
    [InlineData("\uF0B7", "•")]
    [InlineData("\uF0A7", "•")]
    [InlineData("\u00A0", " ")]
    [InlineData("plain", "plain")]
    public void Unicode_fixups_expand_ligatures_and_bullets(string input, string expected) =>
        Assert.Equal(expected, UnicodeFixups.Apply(input));

    [Fact]
    public void Standard14_widths_are_found_through_aliases()
    {
        Assert.Equal(250, Standard14Fonts.Find("Times-Roman")!.Widths["space"]);
        Assert.Equal(722, Standard14Fonts.Find("Arial,Bold")!.Widths["A"]);
        Assert.Equal(600, Standard14Fonts.Find("ABCDEF+CourierNewPSMT")!.Widths["a"]);
        Assert.Null(Standard14Fonts.Find("Calibri"));
    }

    [Fact]
    public void Simple_font_without_widths_uses_standard14_metrics_and_differences()
    {
        var resolver = new TestResolver();
        var fonts = new FontFactory(resolver);
        var dict = D(("Type", N("Font")), ("Subtype", N("Type1")), ("BaseFont", N("Times-Roman")),
            ("Encoding", D(("Type", N("Encoding")), ("Differences", A(Num(128), N("fi"), N("quotedblleft"))))));
        var font = fonts.Get(resolver.Add(5, dict), (_, m) => Assert.Fail(m));
        Assert.Equal("fi", font.GetGlyph(128).Text);
        Assert.Equal("\u201C", font.GetGlyph(129).Text);
        Assert.Equal(0.444, font.GetGlyph('a').Width, 3);
        Assert.Equal(0.25, font.GetGlyph(' ').Width, 3);
    }

    [Fact]
    public void Symbolic_truetype_without_encoding_reaches_bullets_through_the_private_use_page()
    {
        var resolver = new TestResolver();
        var fonts = new FontFactory(resolver);
        var dict = D(("Subtype", N("TrueType")), ("BaseFont", N("Wingdings-Regular")), ("FirstChar", Num(167)), ("Widths", Nums(500)),
            ("FontDescriptor", D(("Flags", Num(4)))));
        var font = fonts.Get(dict, (_, _) => { });
        Assert.Equal("•", font.GetGlyph(0xA7).Text);
    }

    [Fact]
    public void ToUnicode_wins_over_the_encoding()
    {
        var resolver = new TestResolver();
        var fonts = new FontFactory(resolver);
        var tu = Stream("1 beginbfchar <41> <0042> endbfchar");
        var dict = D(("Subtype", N("TrueType")), ("BaseFont", N("ABCDEF+LiberationSans")), ("ToUnicode", tu));
        var font = fonts.Get(dict, (_, _) => { });
        Assert.Equal("B", font.GetGlyph(0x41).Text);
        Assert.Equal("C", font.GetGlyph(0x43).Text);
    }

    [Fact]
    public void Type0_widths_come_from_W_and_DW()
    {
        var resolver = new TestResolver();
        var fonts = new FontFactory(resolver);
        var cid = D(("Subtype", N("CIDFontType2")), ("DW", Num(700)), ("W", A(Num(3), Nums(250, 260), Num(10), Num(20), Num(555))));
        var dict = D(("Subtype", N("Type0")), ("BaseFont", N("Foo")), ("Encoding", N("Identity-H")), ("DescendantFonts", A(cid)),
            ("ToUnicode", Stream("1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfrange <0000> <00FF> <0000> endbfrange")));
        var font = fonts.Get(dict, (_, _) => { });
        Assert.Equal(0.25, font.GetGlyph(3).Width, 3);
        Assert.Equal(0.26, font.GetGlyph(4).Width, 3);
        Assert.Equal(0.555, font.GetGlyph(15).Width, 3);
        Assert.Equal(0.7, font.GetGlyph(100).Width, 3);
        Assert.Equal("d", font.GetGlyph(100).Text);
        Assert.Equal(2, font.ReadCode(new byte[] { 0, 100 }, 0, out var code));
        Assert.Equal(100u, code);
    }
}
