namespace ReportMiner.Pdf.Fonts;

/// <summary>
/// A single-byte font (Type1, MMType1, TrueType, Type3): every code's text and width is resolved when the font is
/// loaded, so drawing a glyph costs two array reads.
/// </summary>
internal sealed class SimpleFont : PdfFont
{
    private readonly GlyphInfo[] glyphs;
    private readonly double sizeScale;
    private readonly bool lacksUnicode;

    /// <summary>Creates a font from its resolved per-code table (256 entries).</summary>
    public SimpleFont(string name, FontStyle style, GlyphInfo[] glyphs, double sizeScale = 1.0)
        : base(name, style)
    {
        this.glyphs = glyphs;
        this.sizeScale = sizeScale;
        // Control codes never have text; a font "lacks Unicode" when most printable codes have none either.
        var unmapped = 0;
        for (var c = 32; c < 256; c++)
        {
            unmapped += glyphs[c].Text is null ? 1 : 0;
        }

        lacksUnicode = unmapped > 112;
    }

    /// <inheritdoc />
    public override double SizeScale => sizeScale;

    /// <inheritdoc />
    public override bool LacksUnicode => lacksUnicode;

    /// <inheritdoc />
    public override int ReadCode(ReadOnlySpan<byte> bytes, int pos, out uint code)
    {
        code = bytes[pos];
        return 1;
    }

    /// <inheritdoc />
    public override GlyphInfo GetGlyph(uint code) => glyphs[code & 0xFF];
}
