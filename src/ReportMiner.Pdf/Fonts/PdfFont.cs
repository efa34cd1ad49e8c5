namespace ReportMiner.Pdf.Fonts;

/// <summary>What the text layer needs of one character code: its Unicode text and advance.</summary>
/// <param name="Text">The Unicode text (after <see cref="UnicodeFixups"/>), or null when the font gives no Unicode for the code.</param>
/// <param name="Width">The horizontal advance in text space units (glyph width × font matrix, i.e. per 1 unit of font size).</param>
internal readonly record struct GlyphInfo(string? Text, double Width);

/// <summary>
/// A font as the text layer sees it: a way to split a string into character codes and, for each code, its Unicode
/// text and advance width. Built once per font dictionary by <see cref="FontFactory"/> and cached per document.
/// </summary>
internal abstract class PdfFont
{
    /// <summary>Creates a font.</summary>
    protected PdfFont(string name, FontStyle style)
    {
        Name = name;
        Style = style;
    }

    /// <summary>The /BaseFont (or a made-up name), without a subset prefix.</summary>
    public string Name { get; }

    /// <summary>Bold/italic/fixed-pitch traits.</summary>
    public FontStyle Style { get; }

    /// <summary>The factor from font size to the em size drawn (1 except for Type 3 fonts with unusual matrices).</summary>
    public virtual double SizeScale => 1.0;

    /// <summary>Whether the font writes vertically (Identity-V and other WMode 1 CMaps).</summary>
    public virtual bool IsVertical => false;

    /// <summary>Whether any code has no Unicode mapping at all (the font will be reported once it is used).</summary>
    public virtual bool LacksUnicode => false;

    /// <summary>Reads one character code at <paramref name="pos"/>; returns the number of bytes consumed (≥ 1).</summary>
    public abstract int ReadCode(ReadOnlySpan<byte> bytes, int pos, out uint code);

    /// <summary>The Unicode text and width of <paramref name="code"/>.</summary>
    public abstract GlyphInfo GetGlyph(uint code);
}

/// <summary>Traits of a font that matter for layout (headings are often bold).</summary>
/// <param name="IsBold">Bold, heavy, black, semibold or forced bold.</param>
/// <param name="IsItalic">Italic or oblique.</param>
/// <param name="IsFixedPitch">Monospaced.</param>
internal readonly record struct FontStyle(bool IsBold, bool IsItalic, bool IsFixedPitch);
