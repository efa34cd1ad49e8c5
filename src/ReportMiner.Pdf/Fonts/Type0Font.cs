namespace ReportMiner.Pdf.Fonts;

/// <summary>
/// A composite (Type 0) font: a CMap splits strings into codes and maps them to CIDs; widths come from the
/// descendant's /W and /DW; text from /ToUnicode (or, for UCS-2 CMaps, the code itself). Resolved glyphs are
/// cached per code.
/// </summary>
internal sealed class Type0Font : PdfFont
{
    private readonly CMap encoding;
    private readonly CMap? toUnicode;
    private readonly Dictionary<int, double> widths;
    private readonly double defaultWidth;
    private readonly bool codesAreUnicode;
    private readonly Dictionary<uint, GlyphInfo> cache = [];

    /// <summary>Creates a composite font.</summary>
    public Type0Font(string name, FontStyle style, CMap encoding, CMap? toUnicode, Dictionary<int, double> widths, double defaultWidth, bool codesAreUnicode)
        : base(name, style)
    {
        this.encoding = encoding;
        this.toUnicode = toUnicode is { HasUnicodeMappings: true } ? toUnicode : null;
        this.widths = widths;
        this.defaultWidth = defaultWidth;
        this.codesAreUnicode = codesAreUnicode;
    }

    /// <inheritdoc />
    public override bool IsVertical => encoding.WMode == 1;

    /// <inheritdoc />
    public override bool LacksUnicode => toUnicode is null && !codesAreUnicode;

    /// <inheritdoc />
    public override int ReadCode(ReadOnlySpan<byte> bytes, int pos, out uint code) => encoding.ReadCode(bytes, pos, 2, out code);

    /// <inheritdoc />
    public override GlyphInfo GetGlyph(uint code)
    {
        if (cache.TryGetValue(code, out var g))
        {
            return g;
        }

        var cid = encoding.ToCid(code);
        var width = widths.TryGetValue(cid, out var w) ? w : defaultWidth;
        string? text = null;
        if (toUnicode is not null)
        {
            text = toUnicode.ToUnicode(code);
        }
        else if (codesAreUnicode && code is > 0 and <= 0x10FFFF and (< 0xD800 or > 0xDFFF))
        {
            text = char.ConvertFromUtf32((int)code);
        }

        g = new GlyphInfo(text is null ? null : UnicodeFixups.Apply(text), width / 1000.0);

        // Hostile fonts could make the cache grow without bound; 65,536 distinct codes is plenty for real text.
        if (cache.Count < 65_536)
        {
            cache[code] = g;
        }

        return g;
    }
}
