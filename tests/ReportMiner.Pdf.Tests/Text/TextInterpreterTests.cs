using ReportMiner.Pdf.Content;
using ReportMiner.Pdf.Fonts;
using ReportMiner.Pdf.Layout;
using ReportMiner.Pdf.Objects;
using static ReportMiner.Pdf.Tests.Text.Pdf;

namespace ReportMiner.Pdf.Tests.Text;

public sealed class TextInterpreterTests
{
    private static readonly PdfDictionary Helvetica = D(("Type", N("Font")), ("Subtype", N("Type1")), ("BaseFont", N("Helvetica")), ("Encoding", N("WinAnsiEncoding")));

    private static PageContent Run(string content, PdfDictionary? resources = null, TestResolver? resolver = null, PdfReadOptions? options = null)
    {
        resolver ??= new TestResolver();
        resources ??= D(("Font", D(("F1", Helvetica))));
        var interpreter = new TextInterpreter(resolver, new FontFactory(resolver), options ?? PdfReadOptions.Default, 1);
        return interpreter.Run(System.Text.Encoding.Latin1.GetBytes(content), resources, Matrix.Identity);
    }

    private static string Layout(PageContent content) =>
        global::ReportMiner.Pdf.Text.PlainTextWriter.Page(PageLayout.Analyze(content, 612, 792));

    [Fact]
    public void Tj_places_glyphs_with_standard14_advances()
    {
        var c = Run("BT /F1 10 Tf 100 700 Td (AB) Tj ET");
        Assert.Equal(2, c.Glyphs.Count);
        Assert.Equal(100, c.Glyphs[0].X, 3);
        Assert.Equal(700, c.Glyphs[0].Y, 3);
        Assert.Equal(6.67, c.Glyphs[0].Width, 2);
        Assert.Equal(106.67, c.Glyphs[1].X, 2);
        Assert.Equal(10, c.Glyphs[0].FontSize, 3);
    }

    [Fact]
    public void Glyph_width_excludes_character_spacing_so_spacing_gaps_split_words()
    {
        var c = Run("BT /F1 10 Tf 3 Tc 100 700 Td (AB) Tj ET");
        Assert.Equal(6.67, c.Glyphs[0].Width, 2);
        Assert.Equal(3, c.Glyphs[0].Spacing, 3);
        Assert.Equal(109.67, c.Glyphs[1].X, 2);
        Assert.Equal("A B", Layout(c));
    }

    [Fact]
    public void Word_spacing_applies_to_single_byte_spaces()
    {
        var c = Run("BT /F1 10 Tf 5 Tw 100 700 Td (A B) Tj ET");
        Assert.Equal(100 + 6.67 + 2.78 + 5, c.Glyphs[2].X, 2);
    }

    [Fact]
    public void TJ_kerning_and_large_negative_gaps_make_word_breaks()
    {
        var c = Run("BT /F1 10 Tf 100 700 Td [(Out)20(come)-350(Good)] TJ ET");
        Assert.Equal("Outcome Good", Layout(c));
    }

    [Fact]
    public void Text_matrix_and_ctm_combine()
    {
        var c = Run("q 2 0 0 2 10 20 cm BT /F1 5 Tf 1 0 0 1 50 100 Tm (A) Tj ET Q BT /F1 5 Tf 1 0 0 1 50 100 Tm (B) Tj ET");
        Assert.Equal(110, c.Glyphs[0].X, 3);
        Assert.Equal(220, c.Glyphs[0].Y, 3);
        Assert.Equal(10, c.Glyphs[0].FontSize, 3);
        Assert.Equal(50, c.Glyphs[1].X, 3);
    }

    [Fact]
    public void Leading_and_quote_operators_move_to_the_next_line()
    {
        var c = Run("BT /F1 10 Tf 14 TL 100 700 Td (A) Tj T* (B) Tj (C) ' 1 2 (D) \" ET");
        Assert.Equal(new[] { 700.0, 686, 672, 658 }, c.Glyphs.Select(g => Math.Round(g.Y, 3)));
    }

    [Fact]
    public void Form_xobjects_are_drawn_with_their_matrix_and_cycles_are_cut()
    {
        var resolver = new TestResolver();
        var formRef = new PdfReference(10, 0);
        var formResources = D(("Font", D(("F1", Helvetica))), ("XObject", D(("Fm0", formRef))));
        var form = Stream("BT /F1 10 Tf 0 0 Td (X) Tj ET /Fm0 Do",
            ("Type", N("XObject")), ("Subtype", N("Form")), ("Matrix", Nums(1, 0, 0, 1, 100, 200)), ("Resources", formResources));
        resolver.Add(10, form);
        var resources = D(("XObject", D(("Fm0", formRef))));
        var c = Run("/Fm0 Do", resources, resolver);
        Assert.Single(c.Glyphs);
        Assert.Equal(100, c.Glyphs[0].X, 3);
        Assert.Equal(200, c.Glyphs[0].Y, 3);
        Assert.Contains(c.Warnings, w => w.Code == "form-cycle");
    }

    [Fact]
    public void Inline_images_are_skipped()
    {
        var c = Run("BT /F1 10 Tf 100 700 Td ET BI /W 2 /H 1 /BPC 8 /CS /G ID \u0001(Tj)\u0002 EI BT /F1 10 Tf 100 700 Td (Z) Tj ET");
        Assert.Equal("Z", string.Concat(c.Glyphs.Select(g => g.Text)));
    }

    [Fact]
    public void Operator_limit_stops_with_a_warning()
    {
        var c = Run("BT /F1 10 Tf 100 700 Td (A) Tj (B) Tj (C) Tj ET", options: PdfReadOptions.Default with { MaxOperatorsPerPage = 4 });
        Assert.Equal("A", string.Concat(c.Glyphs.Select(g => g.Text)));
        Assert.Contains(c.Warnings, w => w.Code == "operator-limit");
    }

    [Fact]
    public void Identity_font_without_tounicode_gives_a_warning_not_garbage()
    {
        var cid = D(("Subtype", N("CIDFontType2")), ("CIDSystemInfo", D(("Ordering", S("Identity")))));
        var font = D(("Subtype", N("Type0")), ("BaseFont", N("ABCDEF+Calibri")), ("Encoding", N("Identity-H")), ("DescendantFonts", A(cid)));
        var c = Run("BT /F2 10 Tf 100 700 Td <00240025> Tj ET", D(("Font", D(("F2", font)))));
        Assert.Empty(c.Glyphs);
        var warning = Assert.Single(c.Warnings, w => w.Code == "font-no-unicode");
        Assert.Contains("Calibri", warning.Message, StringComparison.Ordinal);
        Assert.Equal(1, warning.Page);
    }

    [Fact]
    public void Missing_font_and_garbage_operands_do_not_throw()
    {
        var c = Run("BT /Nope 10 Tf 100 700 Td (A) Tj ] ] >> Tj TJ cm 1 2 Td Q Q Q (unclosed");
        Assert.Contains(c.Warnings, w => w.Code == "font-missing");
    }

    [Fact]
    public void Rules_are_recorded_for_thin_rectangles_and_stroked_lines()
    {
        var c = Run("0 0 1 rg 50 100 300 0.5 re f 50 50 m 50 300 l S 10 10 100 100 re f");
        Assert.Equal(2, c.Rules.Count);
        Assert.True(c.Rules[0].IsHorizontal);
        Assert.True(c.Rules[1].IsVertical);
    }

    [Fact]
    public void Hyphenated_line_end_joins_only_before_lower_case()
    {
        var c = Run("BT /F1 10 Tf 100 700 Td (The rate of re-) Tj 0 -12 Td (offending fell. Out-of-) Tj 0 -12 Td (court work and X-) Tj 0 -12 Td (Ray) Tj ET");
        var block = Assert.Single(PageLayout.Analyze(c, 612, 792));
        Assert.Equal("The rate of reoffending fell. Out-of-court work and X- Ray", block.Text);
    }

    [Fact]
    public void Overprinted_fake_bold_is_read_once()
    {
        var c = Run("BT /F1 10 Tf 100 700 Td (Good) Tj ET BT /F1 10 Tf 100.3 700 Td (Good) Tj ET");
        Assert.Equal("Good", Layout(c));
    }

    [Fact]
    public void A_space_shrunk_to_nothing_by_word_spacing_does_not_split_a_word()
    {
        var c = Run("BT /F1 10 Tf -2.5 Tw 100 700 Td (ev er) Tj ET");
        Assert.Equal("ever", Layout(c));
    }

    [Fact]
    public void ActualText_replaces_the_glyphs_of_its_marked_content()
    {
        var c = Run("BT /F1 10 Tf 100 700 Td (Of) Tj /Span << /ActualText <FEFF00660069> >> BDC (\\001) Tj EMC (ce) Tj /P << /MCID 3 >> BDC ( ok) Tj EMC ET");
        Assert.Equal("Office ok", Layout(c));
    }

    [Fact]
    public void Form_nesting_is_bounded_by_MaxFormDepth()
    {
        // Twenty distinct forms, each drawing a letter and the next form.
        var resolver = new TestResolver();
        for (var i = 20; i >= 1; i--)
        {
            var next = i < 20 ? $"/Fm{i + 1} Do" : string.Empty;
            var res = D(("Font", D(("F1", Helvetica))), ("XObject", D(($"Fm{i + 1}", new PdfReference(100 + i + 1, 0)))));
            resolver.Add(100 + i, Stream($"BT /F1 10 Tf {10 * i} 700 Td (x) Tj ET {next}", ("Subtype", N("Form")), ("Resources", res)));
        }

        var c = Run("/Fm1 Do", D(("XObject", D(("Fm1", new PdfReference(101, 0))))), resolver, PdfReadOptions.Default with { MaxFormDepth = 5 });
        Assert.Equal(5, c.Glyphs.Count);
        Assert.Contains(c.Warnings, w => w.Code == "form-depth");
    }

    [Fact]
    public void Type3_fonts_scale_widths_and_size_by_their_font_matrix()
    {
        var type3 = D(("Subtype", N("Type3")), ("FontMatrix", Nums(0.01, 0, 0, 0.01, 0, 0)), ("FirstChar", Num(65)), ("Widths", Nums(50, 60)),
            ("Encoding", D(("Differences", A(Num(65), N("A"), N("B"))))), ("CharProcs", D()), ("FontBBox", Nums(0, 0, 100, 100)));
        var c = Run("BT /T3 1 Tf 12 0 0 12 100 700 Tm (AB) Tj ET", D(("Font", D(("T3", type3)))));
        Assert.Equal("AB", string.Concat(c.Glyphs.Select(g => g.Text)));
        Assert.Equal(6, c.Glyphs[0].Width, 3);
        Assert.Equal(106, c.Glyphs[1].X, 3);
        Assert.Equal(12, c.Glyphs[0].FontSize, 3);
    }
}
