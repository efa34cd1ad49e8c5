using System.Text.RegularExpressions;

namespace ReportMiner.Extraction.Frameworks;

/// <summary>
/// Tells court work (HMIP 2018 domain 2) from out-of-court work (domain 3) by wording, for standards that share a
/// label ("Assessment", "Planning", "Implementation and delivery"): the words themselves ("out-of-court", or an
/// out-of-court disposal by name), then the section heading.
/// </summary>
internal static partial class CourtWording
{
    /// <summary>The court domain's number.</summary>
    public const int CourtDomain = 2;

    /// <summary>The out-of-court domain's number.</summary>
    public const int OutOfCourtDomain = 3;

    /// <summary>The domain <paramref name="text"/> names by its wording, or null.</summary>
    public static int? DomainOf(string text) =>
        OutOfCourt().IsMatch(text) ? OutOfCourtDomain : Court().IsMatch(text) ? CourtDomain : null;

    /// <summary>
    /// The domain the section <paramref name="sentence"/> stands in gives: its nearest heading's wording ("Out-of-court
    /// disposals") or number ("2.3 Implementation and delivery"), or null.
    /// </summary>
    public static int? SectionDomain(ExtractionContext context, Sentence sentence)
    {
        if (sentence.HeadingIndex < 0)
        {
            return null;
        }

        return HeadingDomain(context.Document.Blocks[sentence.HeadingIndex].Text);
    }

    /// <summary>The domain a section heading gives by its wording ("Out-of-court disposals") or number ("2.3 Implementation and delivery"), or null.</summary>
    public static int? HeadingDomain(string heading)
    {
        if (DomainOf(heading) is { } domain)
        {
            return domain;
        }

        var number = DomainNumber().Match(heading);
        return number.Success ? number.Groups["d"].Value == "2" ? CourtDomain : OutOfCourtDomain : null;
    }

    // The out-of-court disposals by name: youth cautions, youth conditional cautions and community resolutions.
    [GeneratedRegex(@"\bout[\s\-]of[\s\-]court\b|\byouth\s+(?:conditional\s+)?cautions?\b|\bcommunity\s+resolutions?\b", RegexOptions.IgnoreCase)]
    private static partial Regex OutOfCourt();

    [GeneratedRegex(@"(?<!of[\s\-])\bcourt\s+(?:work|disposals?|orders?|cases?)\b|\bsentenced\s+(?:by|in)\s+(?:the\s+)?(?:youth\s+)?courts?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Court();

    [GeneratedRegex(@"^\s*(?<d>[23])(?:\.\d)?\.?\s")]
    private static partial Regex DomainNumber();
}
