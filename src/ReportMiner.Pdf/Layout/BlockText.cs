using System.Text;

namespace ReportMiner.Pdf.Layout;

/// <summary>Joins the lines of a block: single spaces, and line-end hyphens removed where a word was split ("re-" + "offending").</summary>
internal static class BlockText
{
    /// <summary>Whether a line ending in <paramref name="previous"/> and a line starting <paramref name="next"/> are one hyphenated word.</summary>
    /// <remarks>A compound already hyphenated before the break ("out-of-" + "court") keeps its hyphen.</remarks>
    public static bool IsHyphenBreak(string previous, string next) =>
        EndsWithHyphen(previous) && next.Length > 0 && char.IsLower(next[0]) && !IsCompound(previous);

    /// <summary>Whether the lines are one compound word broken after one of its own hyphens ("out-of-" + "court").</summary>
    public static bool IsCompoundBreak(string previous, string next) =>
        EndsWithHyphen(previous) && next.Length > 0 && char.IsLower(next[0]) && IsCompound(previous);

    /// <summary>
    /// A line ending like "out-of-" or "face-to-": the word already has a hyphen and the piece before the break is a
    /// linking word, so the break hyphen is the compound's own ("co-lo-" + "cated" is still a syllable break).
    /// </summary>
    private static bool IsCompound(string previous)
    {
        var word = LastWord(previous)[..^1];
        var dash = word.LastIndexOf('-');
        if (dash < 0)
        {
            return false;
        }

        var piece = word[(dash + 1)..].ToString().ToLowerInvariant();
        return piece is "of" or "to" or "in" or "on" or "up" or "by" or "at" or "the" or "and" or "a" or "for" or "out" or "off"
            or "day" or "term" or "year" or "date" or "based" or "led" or "well" or "self" or "non" or "under" or "over";
    }

    private static bool EndsWithHyphen(string s) => s.Length >= 2 && s[^1] is '-' or '\u2010' && char.IsLetter(s[^2]);

    private static ReadOnlySpan<char> LastWord(string s)
    {
        var space = s.LastIndexOf(' ');
        return space < 0 ? s : s.AsSpan(space + 1);
    }

    /// <summary>The lines joined by single spaces, hyphenation resolved.</summary>
    public static string Join(IReadOnlyList<string> lines)
    {
        if (lines.Count == 1)
        {
            return lines[0];
        }

        var capacity = lines.Count;
        foreach (var line in lines)
        {
            capacity += line.Length;
        }

        var sb = new StringBuilder(capacity);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (i + 1 < lines.Count && IsHyphenBreak(line, lines[i + 1]))
            {
                sb.Append(line, 0, line.Length - 1);
                continue;
            }

            sb.Append(line);
            if (i + 1 < lines.Count && !IsCompoundBreak(line, lines[i + 1]))
            {
                sb.Append(' ');
            }
        }

        return sb.ToString();
    }

    /// <summary>The lines for plain-text output: a hyphenated line is merged with the next one; others are kept apart.</summary>
    public static List<string> OutputLines(IReadOnlyList<string> lines)
    {
        var result = new List<string>(lines.Count);
        string? carry = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = carry is null ? lines[i] : carry + lines[i];
            carry = null;
            if (i + 1 < lines.Count && IsHyphenBreak(line, lines[i + 1]))
            {
                carry = line[..^1];
                continue;
            }

            result.Add(line);
        }

        if (carry is not null)
        {
            result.Add(carry);
        }

        return result;
    }
}
