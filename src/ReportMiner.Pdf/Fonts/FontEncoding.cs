using ReportMiner.Pdf.Fonts.Data;
using ReportMiner.Pdf.Objects;

namespace ReportMiner.Pdf.Fonts;

/// <summary>A simple font's encoding: one glyph name (or none) for each of the 256 single-byte codes.</summary>
internal sealed class FontEncoding
{
    private static readonly Lazy<FontEncoding> StandardLazy = new(() => Parse(EncodingData.Standard));
    private static readonly Lazy<FontEncoding> MacRomanLazy = new(() => Parse(EncodingData.MacRoman));
    private static readonly Lazy<FontEncoding> PdfDocLazy = new(() => Parse(EncodingData.PdfDoc));
    private static readonly Lazy<FontEncoding> WinAnsiLazy = new(() =>
    {
        var e = Parse(EncodingData.WinAnsi);

        // Word writes the soft hyphen (0xAD) where it broke a word; it prints as a hyphen.
        e.names[0xAD] = "hyphen";
        return e;
    });

    private readonly string?[] names;

    private FontEncoding(string?[] names) => this.names = names;

    /// <summary>Adobe StandardEncoding, the default of Type 1 fonts.</summary>
    public static FontEncoding Standard => StandardLazy.Value;

    /// <summary>WinAnsiEncoding (Windows code page 1252).</summary>
    public static FontEncoding WinAnsi => WinAnsiLazy.Value;

    /// <summary>MacRomanEncoding.</summary>
    public static FontEncoding MacRoman => MacRomanLazy.Value;

    /// <summary>PDFDocEncoding.</summary>
    public static FontEncoding PdfDoc => PdfDocLazy.Value;

    /// <summary>The glyph name for <paramref name="code"/>, or null.</summary>
    public string? this[int code] => (uint)code < 256 ? names[code] : null;

    /// <summary>The named base encoding, or null for an unknown name.</summary>
    public static FontEncoding? FromName(string name) => name switch
    {
        "WinAnsiEncoding" => WinAnsi,
        "MacRomanEncoding" => MacRoman,
        "StandardEncoding" => Standard,
        "PDFDocEncoding" => PdfDoc,
        "MacExpertEncoding" => Standard,
        _ => null,
    };

    /// <summary>An encoding built from code → glyph-name pairs (a font's built-in encoding).</summary>
    public static FontEncoding FromPairs(IEnumerable<KeyValuePair<int, string>> pairs)
    {
        var n = new string?[256];
        foreach (var (code, name) in pairs)
        {
            if ((uint)code < 256)
            {
                n[code] = name;
            }
        }

        return new FontEncoding(n);
    }

    /// <summary>A copy of this encoding with a /Differences array applied (<c>[code /name /name code /name …]</c>).</summary>
    public FontEncoding WithDifferences(PdfArray differences, IPdfObjectResolver resolver)
    {
        var n = (string?[])names.Clone();
        var code = 0;
        foreach (var item in differences.Items)
        {
            switch (resolver.Resolve(item))
            {
                case PdfNumber num:
                    code = num.IntValue;
                    break;
                case PdfName name:
                    if ((uint)code < 256)
                    {
                        n[code] = name.Value;
                    }

                    code++;
                    break;
            }
        }

        return new FontEncoding(n);
    }

    private static FontEncoding Parse(string data)
    {
        var n = new string?[256];
        var i = 0;
        foreach (var part in data.Split(' '))
        {
            if (i < 256)
            {
                n[i] = part == "." ? null : part;
            }

            i++;
        }

        return new FontEncoding(n);
    }
}
