using System.Text;

namespace ReportMiner.Pdf.Fonts;

/// <summary>
/// Post-processing applied once per font code (never per glyph drawn) to the Unicode text a font yields:
/// presentation-form ligatures are spelt out, the private-use bullets that Symbol and Wingdings produce
/// become "•", no-break space becomes a plain space, and control characters are dropped.
/// </summary>
internal static class UnicodeFixups
{
    /// <summary>The fixed-up text (possibly empty), or <paramref name="text"/> itself when nothing changes.</summary>
    public static string Apply(string text)
    {
        var needs = false;
        foreach (var c in text)
        {
            if (c < ' ' || c == '\u00A0' || c == '\u00AD' || c is >= '\uFB00' and <= '\uFB06' || c is >= '\uF000' and <= '\uF0FF')
            {
                needs = true;
                break;
            }
        }

        if (!needs)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 2);
        foreach (var c in text)
        {
            switch (c)
            {
                case < ' ':
                    break;
                case '\u00A0':
                    sb.Append(' ');
                    break;
                case '\u00AD':
                    sb.Append('-');
                    break;
                case '\uFB00': sb.Append("ff"); break;
                case '\uFB01': sb.Append("fi"); break;
                case '\uFB02': sb.Append("fl"); break;
                case '\uFB03': sb.Append("ffi"); break;
                case '\uFB04': sb.Append("ffl"); break;
                case '\uFB05': sb.Append("ft"); break;
                case '\uFB06': sb.Append("st"); break;
                default:
                    sb.Append(IsPrivateUseBullet(c) ? '•' : c);
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Symbol/Wingdings glyphs reached through the U+F000 private-use page that are drawn as list bullets
    /// (round, square, check, arrow and diamond bullets of Word's default list styles).
    /// </summary>
    private static bool IsPrivateUseBullet(char c) => c switch
    {
        '\uF0B7' or '\uF0A7' or '\uF076' or '\uF0D8' or '\uF0FC' or '\uF0A8' or '\uF06E' or '\uF071'
            or '\uF0E0' or '\uF0D7' or '\uF06C' or '\uF075' or '\uF0B2' or '\uF09F' or '\uF0A1' => true,
        _ => false,
    };
}
