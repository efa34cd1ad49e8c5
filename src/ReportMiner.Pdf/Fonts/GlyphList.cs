using System.Globalization;
using System.Text;
using ReportMiner.Pdf.Fonts.Data;

namespace ReportMiner.Pdf.Fonts;

/// <summary>
/// Glyph name → Unicode, after the Adobe Glyph List specification: the AGL table (embedded, see
/// <see cref="GlyphListData"/>), <c>uniXXXX</c> and <c>uXXXX[XX]</c> names, ligature names joined by underscores,
/// and suffixes after a period ("a.sc") dropped.
/// </summary>
internal static class GlyphList
{
    private static readonly Lazy<Dictionary<string, string>> Table = new(Load);

    /// <summary>The Unicode text of <paramref name="glyphName"/>, or null when the name carries no Unicode meaning (e.g. "g123", ".notdef").</summary>
    public static string? ToUnicode(string glyphName)
    {
        if (string.IsNullOrEmpty(glyphName) || glyphName == ".notdef")
        {
            return null;
        }

        if (Table.Value.TryGetValue(glyphName, out var direct))
        {
            return direct;
        }

        // AGL specification: drop everything from the first period, then split ligature components on '_'.
        var name = glyphName;
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot == 0)
        {
            return null;
        }

        if (dot > 0)
        {
            name = name[..dot];
        }

        if (name.Contains('_', StringComparison.Ordinal))
        {
            var sb = new StringBuilder();
            foreach (var part in name.Split('_'))
            {
                var u = Component(part);
                if (u is null)
                {
                    return null;
                }

                sb.Append(u);
            }

            return sb.ToString();
        }

        return Component(name);
    }

    private static string? Component(string name)
    {
        if (Table.Value.TryGetValue(name, out var s))
        {
            return s;
        }

        if (name.Length >= 7 && name.StartsWith("uni", StringComparison.Ordinal) && (name.Length - 3) % 4 == 0)
        {
            var sb = new StringBuilder();
            for (var i = 3; i < name.Length; i += 4)
            {
                if (!int.TryParse(name.AsSpan(i, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var cp) || cp is >= 0xD800 and <= 0xDFFF)
                {
                    return null;
                }

                sb.Append((char)cp);
            }

            return sb.ToString();
        }

        if (name.Length is >= 5 and <= 7 && name[0] == 'u'
            && int.TryParse(name.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var v)
            && v is (>= 0 and < 0xD800) or (> 0xDFFF and <= 0x10FFFF))
        {
            return char.ConvertFromUtf32(v);
        }

        return null;
    }

    private static Dictionary<string, string> Load()
    {
        var dict = new Dictionary<string, string>(4400, StringComparer.Ordinal);
        foreach (var line in GlyphListData.Text.AsSpan().EnumerateLines())
        {
            var sp = line.IndexOf(' ');
            if (sp <= 0)
            {
                continue;
            }

            var name = line[..sp].ToString();
            var sb = new StringBuilder(2);
            foreach (var range in line[(sp + 1)..].Split(' '))
            {
                var hex = line[(sp + 1)..][range];
                if (int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var cp))
                {
                    sb.Append(char.ConvertFromUtf32(cp));
                }
            }

            dict[name] = sb.ToString();
        }

        return dict;
    }
}
