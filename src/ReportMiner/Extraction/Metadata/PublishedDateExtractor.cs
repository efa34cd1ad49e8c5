using System.Globalization;
using System.Text.RegularExpressions;
using ReportMiner.Documents;

namespace ReportMiner.Extraction.Metadata;

/// <summary>
/// Finds the publication date where the document states it: a "Publication date" or "Published" label, the
/// page's metadata, a dateline at the top of an article, or a press release's "available … from 10 June 2015".
/// Dates of inspections or meetings are not publication dates and are not guessed from.
/// </summary>
public sealed partial class PublishedDateExtractor : IRecordExtractor
{
    private const string Months = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";

    /// <inheritdoc />
    public void Extract(ReportDocument document, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        var blocks = document.Blocks;

        // 1. An explicit label anywhere.
        foreach (var b in blocks)
        {
            var m = Labelled().Match(b.Text);
            if (m.Success && TryParseDate(m.Groups["date"].Value, out var d))
            {
                context.Published = d;
                return;
            }
        }

        // 2. The format's own metadata (HTML head).
        if (document.Metadata.Published is { } meta)
        {
            context.Published = meta;
            return;
        }

        // 3. A dateline: a block near the top that is only a date.
        foreach (var b in blocks.Take(8))
        {
            var m = DateOnlyLine().Match(b.Text);
            if (m.Success && TryParseDate(m.Groups["date"].Value, out var d))
            {
                context.Published = d;
                return;
            }
        }

        // 3b. A byline or dateline that carries a date: "By Danielle Frost | News | 9 September 2022", "08:30, 16 FEB 2023".
        foreach (var b in blocks.Take(8))
        {
            if (b.Text.Length > 140 || NotPublication().IsMatch(b.Text))
            {
                continue;
            }

            var m = AnyDate().Match(b.Text);
            if (m.Success && TryParseDate(m.Groups["date"].Value, out var d))
            {
                context.Published = d;
                return;
            }
        }

        // 4. A press release's notes: "The report is available at … from 10 June 2015", "published on …".
        foreach (var b in blocks)
        {
            var m = AvailableFrom().Match(b.Text);
            if (m.Success && TryParseDate(m.Groups["date"].Value, out var d))
            {
                context.Published = d;
                return;
            }
        }
    }

    /// <summary>Reads dates such as "22nd January 2014", "June 1, 2022", "10 June 2015", "2015-06-10", "10/06/2015".</summary>
    internal static bool TryParseDate(string text, out DateOnly date)
    {
        var t = Ordinal().Replace(text.Trim().TrimEnd('.', ','), "$1");
        t = Regex.Replace(t, @"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+", string.Empty, RegexOptions.IgnoreCase);
        t = Regex.Replace(t, @"\s+", " ").Replace("Sept ", "Sep ", StringComparison.Ordinal);
        string[] formats = ["d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MMM d, yyyy", "MMMM d yyyy", "yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "d MMMM, yyyy"];
        if (DateTime.TryParseExact(t, formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dt))
        {
            date = DateOnly.FromDateTime(dt);
            return dt.Year is > 1990 and < 2100;
        }

        date = default;
        return false;
    }

    private const string DatePattern = @"(?<date>(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:" + Months + @")\.?,?\s+\d{4}|(?:" + Months + @")\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4}))";

    [GeneratedRegex(@"(?<!\p{L})(?:publication\s+date|date\s+of\s+publication|published(?:\s+on)?|date\s+published|first\s+published|publish(?:ed)?\s+date)(?:\s|</?\w{1,4}>|[:\-–])*" + DatePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"^\s*" + DatePattern + @"\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateOnlyLine();

    [GeneratedRegex(DatePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnyDate();

    /// <summary>Lines whose dates are of fieldwork, visits or meetings, not publication.</summary>
    [GeneratedRegex(@"\b(?:fieldwork|inspection\s+(?:took|dates?|visit)|inspected|visit(?:ed)?|took\s+place|conducted|meeting|committee|agenda|between|from\s+\d)", RegexOptions.IgnoreCase)]
    private static partial Regex NotPublication();

    [GeneratedRegex(@"\b(?:report|it)\s+(?:is|will\s+be)\s+(?:available|published)\b[^\n]{0,200}?\b(?:from|on)\s+" + DatePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AvailableFrom();

    [GeneratedRegex(@"(\d{1,2})(?:st|nd|rd|th)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ordinal();
}
