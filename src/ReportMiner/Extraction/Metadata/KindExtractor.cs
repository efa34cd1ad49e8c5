using System.Text.RegularExpressions;
using ReportMiner.Documents;
using ReportMiner.Records;

namespace ReportMiner.Extraction.Metadata;

/// <summary>
/// Tells what kind of document this is from the cues each kind leaves: a press release's "ENDS" and notes to
/// editors, a report's addressee block and ratings page, an article's byline and subscription chrome, a
/// committee paper's agenda wording. Each cue adds to its kind's score; the highest wins.
/// </summary>
public sealed partial class KindExtractor : IRecordExtractor
{
    private static readonly (string Kind, Regex Cue, double Weight)[] Cues =
    [
        (DocumentKinds.PressRelease, PressReleaseStrong(), 4),
        (DocumentKinds.PressRelease, PressReleaseWeak(), 1.5),
        (DocumentKinds.InspectionReport, ReportStrong(), 3),
        (DocumentKinds.InspectionReport, ReportWeak(), 1),
        (DocumentKinds.NewsArticle, NewsStrong(), 3),
        (DocumentKinds.NewsArticle, Byline(), 6),
        (DocumentKinds.PressRelease, InspectorateNews(), 4),
        (DocumentKinds.NewsArticle, NewsWeak(), 1),
        (DocumentKinds.Other, Committee(), 3),
        (DocumentKinds.InspectionPage, PageCue(), 4),
    ];

    /// <summary>How much of a long document's start is read for cues.</summary>
    private const int OpeningChars = 20_000;

    /// <summary>How much of a long document's end is read for cues.</summary>
    private const int ClosingChars = 8_000;

    /// <summary>Fewer words than this make an HTML inspection text a summary page.</summary>
    private const int ShortPageWords = 900;

    /// <summary>More words than this make an HTML inspection text a report's web version.</summary>
    private const int LongReportWords = 2500;

    private static int WordCount(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words;
    }

    /// <inheritdoc />
    public void Extract(ReportDocument document, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        var whole = ReferenceEquals(document, context.Document) ? context.Analysis.JoinedText : string.Join("\n", document.Blocks.Select(b => b.Text));

        // A kind shows in a document's opening (title, byline, contents) and close (ENDS, notes to editors): a long
        // report's middle adds nothing but time.
        var text = whole.Length <= OpeningChars + ClosingChars ? whole : string.Concat(whole.AsSpan(0, OpeningChars), "\n", whole.AsSpan(whole.Length - ClosingChars));
        var scores = new Dictionary<string, double>();
        foreach (var (kind, cue, weight) in Cues)
        {
            var count = cue.Count(text);
            if (count > 0)
            {
                scores[kind] = scores.GetValueOrDefault(kind) + (weight * Math.Min(count, 3));
            }
        }

        // The title weighs more: it says what the document is.
        var opening = string.Join("\n", document.Blocks.Take(2).Select(b => b.Text));
        if (document.Metadata.Title is { } title)
        {
            opening = title + "\n" + opening;
        }

        if (Annual().IsMatch(opening))
        {
            scores[DocumentKinds.AnnualReport] = scores.GetValueOrDefault(DocumentKinds.AnnualReport) + 8;
        }

        if (PressReleaseTitle().IsMatch(opening))
        {
            scores[DocumentKinds.PressRelease] = scores.GetValueOrDefault(DocumentKinds.PressRelease) + 6;
        }

        // The format says something too: a PDF is never a web page, and a short HTML page about one inspection is one.
        if (document.Format == DocumentFormat.Pdf)
        {
            scores.Remove(DocumentKinds.InspectionPage);
        }
        else if (document.Format == DocumentFormat.Html && scores.GetValueOrDefault(DocumentKinds.InspectionReport) > 0)
        {
            var words = WordCount(whole);
            var kind = words < ShortPageWords ? DocumentKinds.InspectionPage : words > LongReportWords ? DocumentKinds.InspectionReport : null;
            if (kind is not null)
            {
                scores[kind] = scores.GetValueOrDefault(kind) + 3;
            }
        }

        context.Kind = scores.Count == 0
            ? (document.Blocks.Count > 0 ? DocumentKinds.Other : null)
            : scores.OrderByDescending(kv => kv.Value).First().Key;
    }

    [GeneratedRegex(@"^\s*[-–—]*\s*ENDS\s*[-–—]*\s*$|NOTES\s+TO\s+EDITORS|Notes\s+to\s+editors|\bpress\s+release\b|press\s+office|\b(?:Today|today)\s+(?:he|she|they|the\s+inspectorate)\s+published\b", RegexOptions.Multiline)]
    private static partial Regex PressReleaseStrong();

    [GeneratedRegex(@"\bpublished\s+(?:the|a)\s+report\b|\bsaid\s+(?:the\s+)?(?:Chief|Assistant\s+Chief)\s+Inspector|\bFor\s+further\s+information,?\s+(?:please\s+)?contact\b", RegexOptions.IgnoreCase)]
    private static partial Regex PressReleaseWeak();

    [GeneratedRegex(@"\bCopy\s+to:|\bThis\s+report\s+(?:outlines|sets\s+out|presents|describes)\b|\bSummary\s+of\s+ratings\b|\bRatings\b\s*$|\bReport\s+of\s+(?:a\s+|an\s+|the\s+)?(?:Short\s+Quality\s+Screening|inspection|joint\s+inspection|full\s+joint)|\b(?:An|A)\s+inspection\s+of\s+youth\s+(?:offending|justice)\s+services\b|\bInspection\s+of\s+(?:youth|probation|local\s+authority|children)|\bForeword\b|\bContents\b|\bOverall\s+effectiveness\b|\bScore\s+\d{1,2}\s*/\s*\d{2}\b|\bRecommendations\b", RegexOptions.Multiline)]
    private static partial Regex ReportStrong();

    [GeneratedRegex(@"\b(?:we|inspectors)\s+(?:examined|inspected|found|judged)\b|\bthis\s+inspection\b|\bthe\s+lead\s+inspector\b|\bkey\s+(?:strengths|findings)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReportWeak();

    [GeneratedRegex(@"\b(?:reports|writes|by)\s+[A-Z][a-z]+\s+[A-Z][a-z]+\s*\.?\s*$|\bPicture:|\bSubscribe\b|\bDigital\s+membership\b|\bRead\s+more\b|\bRelated\s+articles\b|^\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+\w+\s+\d{1,2},?\s+\d{4}\s*$", RegexOptions.Multiline)]
    private static partial Regex NewsStrong();

    /// <summary>A byline near the top: "By Danielle Frost | News", "By Rhys ap Dafydd, Local Democracy Reporter", a bulletin or round-up.</summary>
    [GeneratedRegex(@"^\s*By\s+[A-Z][\w'’\-]+\s+(?:[a-z]{1,3}\s+)?[A-Z][\w'’\-]+\b|\b(?:Reporter|Correspondent|Bulletin|ROUND-?UP|Round-?up)\b|\|\s*News\s*\|", RegexOptions.Multiline)]
    private static partial Regex Byline();

    /// <summary>An inspectorate's own news item: "HM Inspectorate of Probation – news – 11 December 2018", "Probation inspection news".</summary>
    [GeneratedRegex(@"^.{0,60}\b(?:Inspectorate\s+of\s+\w+|inspection)\s*[–\-,]?\s*news\b", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex InspectorateNews();

    [GeneratedRegex(@"\b(?:says|said|told)\s+(?:the\s+report|a\s+spokes(?:person|man|woman))\b|\baccording\s+to\s+(?:inspectors|the\s+report)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NewsWeak();

    [GeneratedRegex(@"^\s*(?:press\s+release|news\s+release|news\s+story|media\s+release)\b|^.{0,120}[>›»]\s*(?:press|news|media)\s+releases?\s*$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex PressReleaseTitle();

    /// <summary>A page that summarises an inspection and points to its report (the same words in a saved page or its text).</summary>
    [GeneratedRegex(@"\bRead\s+the\s+(?:full\s+)?report\b|\bDownload\s+(?:the\s+)?(?:full\s+)?report\b|\((?:PDF|pdf),\s*[\d.]+\s*[KkMm]B\)|\bInspection\s+type\b|\bLead\s+inspector\b|\bLatest\s+inspection\b|\bInspection\s+summary\b|\bReport\s+published\b", RegexOptions.IgnoreCase)]
    private static partial Regex PageCue();

    [GeneratedRegex(@"\bannual\s+report\b", RegexOptions.IgnoreCase)]
    private static partial Regex Annual();

    [GeneratedRegex(@"\bAgenda\s+item\b|\bReport\s+to\s+(?:the\s+)?[\w\s]{0,40}(?:Committee|Board|Cabinet|Panel)\b|\b(?:Scrutiny|Cabinet)\s+(?:Committee|Panel|Board)\b|\bRecommendations?\s+(?:to|for)\s+(?:the\s+)?(?:Committee|Board|Cabinet|Panel)\b|\bThe\s+(?:Committee|Panel|Board)\s+is\s+(?:asked|recommended)\b|\bWard(?:s)?\s+affected\b|\bReport\s+author\b", RegexOptions.IgnoreCase)]
    private static partial Regex Committee();
}
