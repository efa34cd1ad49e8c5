using System.Text.RegularExpressions;
using ReportMiner.Documents;

namespace ReportMiner.Extraction.Frameworks;

/// <summary>
/// Tells court work (HMIP 2018 domain 2) from out-of-court work (domain 3) by wording, for standards that share a
/// label ("Assessment", "Planning", "Implementation and delivery"): the words themselves, then the section heading.
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

    /// <summary>The domain the nearest heading above <paramref name="sentence"/> that names one gives, or null.</summary>
    public static int? SectionDomain(ExtractionContext context, Sentence sentence)
    {
        for (var b = sentence.HeadingIndex; b >= 0; b--)
        {
            var block = context.Document.Blocks[b];
            if (block.Kind != BlockKind.Heading)
            {
                continue;
            }

            if (DomainOf(block.Text) is { } domain)
            {
                return domain;
            }

            if (CourtHeading().IsMatch(block.Text))
            {
                return CourtDomain;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\bout[\s\-]of[\s\-]court\b", RegexOptions.IgnoreCase)]
    private static partial Regex OutOfCourt();

    [GeneratedRegex(@"(?<!of[\s\-])\bcourt\s+(?:work|disposals?|orders?|cases?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Court();

    [GeneratedRegex(@"^\s*(?:2\.?\s|court\b)", RegexOptions.IgnoreCase)]
    private static partial Regex CourtHeading();
}
