using System.Text.RegularExpressions;

namespace ReportMiner.Text;

/// <summary>
/// Splits a block's text into sentences, keeping offsets. A sentence ends at <c>. ! ?</c> (with any closing
/// quotation marks or brackets) followed by white space and a capital, digit or opening mark, or at a full stop run
/// into the next sentence's capital in scraped text ("judged outstanding.The sixth form"); abbreviations
/// ("e.g.", "Mr.", "No."), section numbers ("1.2.") and dotted leaders ("Safeguarding ........ 81%") do not end sentences.
/// </summary>
public static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "etc", "mr", "mrs", "ms", "dr", "st", "no", "nos", "para", "paras", "vs", "cf", "approx", "incl", "fig", "ref", "vol", "pp", "p", "ch", "sec", "dept", "govt", "co", "ltd", "inc", "prof", "rev", "hon", "cllr", "sgt", "insp", "supt", "ch.supt", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    /// <summary>The sentences of <paramref name="text"/> as (start, length) pairs, trimmed of surrounding white space.</summary>
    public static IReadOnlyList<(int Start, int Length)> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<(int, int)>();
        var start = 0;
        foreach (Match m in Boundary().Matches(text))
        {
            var end = m.Index + m.Groups["end"].Length;
            if (IsAbbreviation(text, m.Index) || IsSectionNumber(text, start, m.Index) || m.Groups["end"].Value.StartsWith("....", StringComparison.Ordinal))
            {
                continue;
            }

            Add(text, start, end, result);
            start = m.Index + m.Length;
        }

        Add(text, start, text.Length, result);
        return result;
    }

    private static void Add(string text, int start, int end, List<(int, int)> result)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            result.Add((start, end - start));
        }
    }

    private static bool IsAbbreviation(string text, int dotIndex)
    {
        if (text[dotIndex] != '.')
        {
            return false;
        }

        var s = dotIndex;
        while (s > 0 && (char.IsLetter(text[s - 1]) || text[s - 1] == '.'))
        {
            s--;
        }

        var word = text[s..dotIndex];
        return word.Length > 0 && (Abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0])));
    }

    private static bool IsSectionNumber(string text, int sentenceStart, int dotIndex)
    {
        // "1.2. We found…" or "- 1.2. We found…": the dot closes a section number at the start of the sentence.
        var prefix = text[sentenceStart..dotIndex].TrimStart(' ', '-', '•', '\t', '*');
        return prefix.Length is > 0 and < 12 && SectionNumberOnly().IsMatch(prefix);
    }

    [GeneratedRegex(@"(?<end>[.!?]+[""”’')\]]*)(?:\s+)(?=[""“‘'(\[]?[\p{Lu}\p{N}])|(?<end>(?<=\p{Ll}{3})\.)(?=\p{Lu}\p{Ll})", RegexOptions.CultureInvariant)]
    private static partial Regex Boundary();

    [GeneratedRegex(@"^\d{1,2}(?:\.\d{1,2})*$")]
    private static partial Regex SectionNumberOnly();
}
