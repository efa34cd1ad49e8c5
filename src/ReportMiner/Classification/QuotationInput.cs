namespace ReportMiner.Classification;

/// <summary>
/// What the quotation-scope model reads of a quotation: as its text, the quotation; as its context, the paragraph it
/// stands in followed by cue words for the words that lead into it and follow it in its sentence (<c>qbsaid</c>,
/// <c>qbpupils</c>, <c>qathe</c> <c>qareport</c>): who speaks is told there ("the board chair told inspectors that …",
/// "… says the report"), and a bag of the whole paragraph's words reads it only faintly. Training and extraction
/// (<c>QuoteExtractor</c>) both build the input here.
/// </summary>
internal static class QuotationInput
{
    private const int LeadWords = 8;
    private const int TrailWords = 5;

    /// <summary>The input for <paramref name="quotation"/> standing in <paramref name="paragraph"/> (null: unknown).</summary>
    public static ClassifierInput For(string quotation, string? paragraph)
    {
        ArgumentNullException.ThrowIfNull(quotation);
        var cues = paragraph is null ? string.Empty : Cues(quotation, paragraph);
        var context = ((paragraph ?? string.Empty) + " " + cues).Trim();
        return new ClassifierInput(quotation, null, nameof(Documents.BlockKind.Paragraph), context.Length > 0 ? context : null);
    }

    /// <summary>The cue words of the words before the quotation in its sentence (<c>qb…</c>, the last few) and after it (<c>qa…</c>, the first few).</summary>
    internal static string Cues(string quotation, string paragraph)
    {
        var at = paragraph.IndexOf(quotation, StringComparison.Ordinal);
        var length = quotation.Length;
        if (at < 0)
        {
            // The paragraph's white space or quotation marks may differ: its opening words are enough to place it.
            var opening = quotation.Length > 30 ? quotation[..30] : quotation;
            at = paragraph.IndexOf(opening, StringComparison.Ordinal);
            length = opening.Length;
        }

        if (at < 0)
        {
            return string.Empty;
        }

        var before = paragraph[..at];
        var sentenceStart = Math.Max(before.LastIndexOf(". ", StringComparison.Ordinal), Math.Max(before.LastIndexOf("? ", StringComparison.Ordinal), before.LastIndexOf("! ", StringComparison.Ordinal)));
        var lead = Words(before[(sentenceStart + 1)..]).TakeLast(LeadWords);
        var after = paragraph[Math.Min(paragraph.Length, at + length)..];
        var sentenceEnd = after.IndexOfAny(['.', '?', '!']) is var end and > 0 ? end : after.Length;
        var trail = Words(after[..sentenceEnd]).Take(TrailWords);
        return string.Join(' ', lead.Select(w => "qb" + w).Concat(trail.Select(w => "qa" + w)));
    }

    private static IEnumerable<string> Words(string text)
    {
        var word = new System.Text.StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (c is not ('\'' or '’') && word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }
}
