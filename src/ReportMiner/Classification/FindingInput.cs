namespace ReportMiner.Classification;

/// <summary>
/// What the standard-attribution model reads of a finding: as its text, the clause that holds the case ratio (a
/// sentence often states several findings, each of its own standard: "assessment was sufficient in 12 of the 20
/// cases, and reviewing in only 8"); as its context, the whole sentence. Training (<see cref="CorpusTrainingData"/>)
/// and extraction (<c>StandardAttributor</c>) both build the input here, so the model reads a finding the same way in
/// both.
/// </summary>
internal static class FindingInput
{
    /// <summary>Fewer words than this (besides "in", "and", "was" and the like) before the ratio in its clause, and the clause takes in its neighbours.</summary>
    private const int MinimumLeadWords = 1;

    private static readonly string[] LeadFillers = ["in", "and", "but", "only", "just", "of", "the", "with", "for", "while", "whereas", "yet", "so", "also", "a", "an", "was", "were", "is", "are", "had", "been", "be"];

    /// <summary>The input for the finding at <paramref name="offset"/> in <paramref name="sentence"/> (its start where the offset is unknown).</summary>
    /// <remarks>
    /// The context is the sentence followed by cue words that say which kind of case the sentence and its heading are
    /// about (<c>cue-out-of-court</c>, <c>cue-court</c>) and which domain the heading numbers (<c>cue-domain-2</c>),
    /// so that "planning" in out-of-court work (3.2) and in court work (2.2) read apart even where the clause does not say.
    /// </remarks>
    public static ClassifierInput For(string sentence, int offset, string? heading, string? kind)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var clause = Clause(sentence, Math.Clamp(offset, 0, sentence.Length));
        var cues = Cues(sentence, heading);
        var context = clause.Length == sentence.Trim().Length ? cues : sentence + " " + cues;
        return new ClassifierInput(clause, heading, kind, context.Trim() is { Length: > 0 } c ? c : null);
    }

    /// <summary>The cue words of a finding's sentence and heading (space-separated; empty where there are none).</summary>
    internal static string Cues(string sentence, string? heading)
    {
        var cues = new List<string>();
        var text = (sentence + " | " + heading).ToLowerInvariant().Replace('-', ' ').Replace('\u2011', ' ');
        var outOfCourt = OutOfCourtWords.Any(text.Contains);
        if (outOfCourt)
        {
            cues.Add("cueoutofcourt");
        }

        if (CourtWords.Any(w => text.Replace("out of court", string.Empty, StringComparison.Ordinal).Contains(w, StringComparison.Ordinal)))
        {
            cues.Add("cuecourt");
        }

        var h = heading?.TrimStart() ?? string.Empty;
        if (h.Length >= 2 && char.IsDigit(h[0]) && (h[1] is '.' or ' ' || (h.Length > 2 && h[1] == ')')))
        {
            cues.Add("cuedomain" + h[0]);
        }

        return string.Join(' ', cues);
    }

    private static readonly string[] OutOfCourtWords = ["out of court", "caution", "community resolution", "diversion", "diverted", "triage", "youth conditional", "prevention"];

    private static readonly string[] CourtWords = ["court", "referral order", "youth rehabilitation", "custod", "sentence"];

    /// <summary>
    /// The clause of <paramref name="sentence"/> around <paramref name="offset"/>: from the last comma, semicolon or
    /// colon before it to the next one after it, taking in the clause before and the clause after where the ratio
    /// opens its clause ("In 17 of the 18 cases, the assessment was sufficient"; "poor: only 8 of 20 were").
    /// </summary>
    internal static string Clause(string sentence, int offset)
    {
        var start = BoundaryBefore(sentence, offset);
        var end = BoundaryAfter(sentence, offset);
        if (ContentWords(sentence.AsSpan(start, offset - start)) < MinimumLeadWords)
        {
            start = start > 0 ? BoundaryBefore(sentence, start - 1) : 0;
            end = end < sentence.Length ? BoundaryAfter(sentence, end + 1) : end;
        }

        return sentence[start..end].Trim(' ', ',', ';', ':', '.', '\t', '\n', '\r');
    }

    private static int BoundaryBefore(string text, int offset)
    {
        var depth = 0;
        for (var i = Math.Min(offset, text.Length) - 1; i >= 0; i--)
        {
            var c = text[i];
            depth += c == ')' ? 1 : c == '(' && depth > 0 ? -1 : 0;
            if (depth == 0 && IsBoundary(text, i))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static int BoundaryAfter(string text, int offset)
    {
        var depth = 0;
        for (var i = offset; i < text.Length; i++)
        {
            var c = text[i];
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
            if (depth == 0 && IsBoundary(text, i))
            {
                return i;
            }
        }

        return text.Length;
    }

    /// <summary>A comma, semicolon or colon that ends a clause (not a thousands separator: "1,200").</summary>
    private static bool IsBoundary(string text, int i) =>
        text[i] is ';' or ':' or ',' && !(i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]));

    private static int ContentWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var range in text.SplitAny(' ', ',', ';', ':', '(', ')', '\n', '\t'))
        {
            var word = text[range].Trim("'\"‘’“”.");
            if (word.Length > 0 && char.IsLetter(word[0]) && !LeadFillers.Contains(word.ToString().ToLowerInvariant()))
            {
                count++;
            }
        }

        return count;
    }
}
