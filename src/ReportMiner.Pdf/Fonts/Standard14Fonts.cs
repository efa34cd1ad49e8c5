using System.Globalization;
using ReportMiner.Pdf.Fonts.Data;

namespace ReportMiner.Pdf.Fonts;

/// <summary>
/// The metrics of the standard 14 fonts (advance widths by glyph name, and the built-in encodings of Symbol and
/// ZapfDingbats), needed because producers such as groff -Tpdf reference them without /Widths.
/// </summary>
internal sealed class Standard14Fonts
{
    private static readonly Lazy<Dictionary<string, Standard14Fonts>> Fonts = new(Load);

    private Standard14Fonts(string name, Dictionary<string, int> widths, FontEncoding builtIn, bool fixedPitch)
    {
        Name = name;
        Widths = widths;
        BuiltInEncoding = builtIn;
        IsFixedPitch = fixedPitch;
    }

    /// <summary>The standard font name, e.g. "Times-Roman".</summary>
    public string Name { get; }

    /// <summary>Advance widths in glyph space (1/1000 em) by glyph name.</summary>
    public Dictionary<string, int> Widths { get; }

    /// <summary>The font's own encoding (StandardEncoding for the Latin fonts).</summary>
    public FontEncoding BuiltInEncoding { get; }

    /// <summary>Whether the font is monospaced (Courier).</summary>
    public bool IsFixedPitch { get; }

    /// <summary>Whether this is Symbol or ZapfDingbats, whose built-in encoding is not Latin.</summary>
    public bool IsSymbolic => Name is "Symbol" or "ZapfDingbats";

    /// <summary>The metrics for a /BaseFont name, accepting the usual aliases (Arial, TimesNewRoman, CourierNew, MT/PS suffixes, subset prefixes).</summary>
    public static Standard14Fonts? Find(string baseFont)
    {
        var name = baseFont;
        var plus = name.IndexOf('+', StringComparison.Ordinal);
        if (plus == 6)
        {
            name = name[(plus + 1)..];
        }

        if (Fonts.Value.TryGetValue(name, out var f))
        {
            return f;
        }

        var canonical = Canonical(name);
        return canonical is not null && Fonts.Value.TryGetValue(canonical, out f) ? f : null;
    }

    private static string? Canonical(string name)
    {
        var n = name.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("PSMT", string.Empty, StringComparison.Ordinal)
            .Replace("MT", string.Empty, StringComparison.Ordinal).Replace("PS", string.Empty, StringComparison.Ordinal);
        var bold = n.Contains("Bold", StringComparison.OrdinalIgnoreCase);
        var italic = n.Contains("Italic", StringComparison.OrdinalIgnoreCase) || n.Contains("Oblique", StringComparison.OrdinalIgnoreCase);
        string family;
        if (n.StartsWith("Arial", StringComparison.OrdinalIgnoreCase) || n.StartsWith("Helvetica", StringComparison.OrdinalIgnoreCase))
        {
            family = "Helvetica";
        }
        else if (n.StartsWith("Times", StringComparison.OrdinalIgnoreCase))
        {
            family = "Times";
        }
        else if (n.StartsWith("Courier", StringComparison.OrdinalIgnoreCase))
        {
            family = "Courier";
        }
        else if (n.StartsWith("Symbol", StringComparison.OrdinalIgnoreCase))
        {
            return "Symbol";
        }
        else if (n.StartsWith("ZapfDingbats", StringComparison.OrdinalIgnoreCase))
        {
            return "ZapfDingbats";
        }
        else
        {
            return null;
        }

        return family switch
        {
            "Times" => bold ? (italic ? "Times-BoldItalic" : "Times-Bold") : italic ? "Times-Italic" : "Times-Roman",
            _ => family + (bold ? (italic ? "-BoldOblique" : "-Bold") : italic ? "-Oblique" : string.Empty),
        };
    }

    private static Dictionary<string, Standard14Fonts> Load()
    {
        var result = new Dictionary<string, Standard14Fonts>(StringComparer.Ordinal);
        foreach (var line in Standard14Data.Text.Split('\n'))
        {
            var parts = line.Split(' ');
            if (parts.Length < 4)
            {
                continue;
            }

            var widths = new Dictionary<string, int>(parts.Length, StringComparer.Ordinal);
            var codes = new List<KeyValuePair<int, string>>();
            for (var i = 4; i < parts.Length; i++)
            {
                var fields = parts[i].Split(':');
                if (fields.Length != 3)
                {
                    continue;
                }

                var code = int.Parse(fields[0], CultureInfo.InvariantCulture);
                widths[fields[1]] = int.Parse(fields[2], CultureInfo.InvariantCulture);
                if (code >= 0)
                {
                    codes.Add(new(code, fields[1]));
                }
            }

            var name = parts[0];
            var isSymbolic = name is "Symbol" or "ZapfDingbats";
            result[name] = new Standard14Fonts(name, widths, isSymbolic ? FontEncoding.FromPairs(codes) : FontEncoding.Standard, parts[3] == "1");
        }

        return result;
    }
}
