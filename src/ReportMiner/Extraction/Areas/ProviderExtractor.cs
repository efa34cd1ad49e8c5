using System.Text.RegularExpressions;
using ReportMiner.Documents;

namespace ReportMiner.Extraction.Areas;

/// <summary>
/// Finds the provider a single-provider inspection is about — a school, a care home, a GP practice, a hospital —
/// whose name no gazetteer holds: the most named provider, names in the title or the opening counting double.
/// Ratings of provider frameworks (Ofsted schools, CQC) take it as their area; every provider named is kept too, so
/// that a news story on several schools gives each its own grades.
/// </summary>
public sealed partial class ProviderExtractor : IRecordExtractor
{
    /// <inheritdoc />
    public void Extract(ReportDocument document, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        // Outside a provider inspectorate's own documents (a youth justice round-up with a paragraph on a school) the
        // providers named are kept for their own grades, but none is the document's subject.
        var providerInspectorate = context.Inspectorate is "Ofsted" or "CQC" or "Care Inspectorate Wales" or "Estyn";
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        void Count(string text, double weight)
        {
            // "BRUMBY MEADOWS PRIMARY SCHOOL - GOOD": a line printed in capitals is read in title case.
            foreach (Match m in ProviderName().Matches(InCapitals(text) ? Gazetteer.TitleCaseCapitals(text) : text))
            {
                var name = Clean(m.Groups["name"].Value);
                if (name.Split(' ').Length >= 2 && !Generic().IsMatch(name))
                {
                    scores[name] = scores.GetValueOrDefault(name) + weight;
                }
            }
        }

        if (document.Metadata.Title is { } title)
        {
            Count(title, 3);
        }

        var titleSeen = false;
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            var block = document.Blocks[i];
            if (block.Kind == BlockKind.Furniture)
            {
                continue;
            }

            // The document's own title (its first heading, near the top) names the provider inspected.
            var isTitle = !titleSeen && i < 5 && block.Kind == BlockKind.Heading;
            titleSeen |= block.Kind == BlockKind.Heading;
            Count(block.Text, isTitle ? 4 : i < 5 || block.Kind == BlockKind.Heading ? 2 : 1);
        }

        // A name found both as printed and in a line of capitals ("… NHS Trust" and "… Nhs Trust") is the one printed.
        foreach (var spellings in scores.Keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Skip(1).Any()).ToList())
        {
            // The spelling with the most capitals is the one printed ("NHS", not "Nhs").
            var printed = spellings.OrderByDescending(k => k.Count(char.IsUpper)).First();
            foreach (var other in spellings.Where(k => k != printed))
            {
                scores[printed] += scores[other];
                scores.Remove(other);
            }
        }

        if (scores.Count > 0)
        {
            context.MainProvider = providerInspectorate ? scores.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Length).First().Key : null;
            context.Providers = scores.Keys.Order(StringComparer.Ordinal).ToList();
        }
        else if (providerInspectorate && TitleName(document, context) is { } titled)
        {
            // A provider named without a provider noun ("Plas Glasfryn"), as the page's own title.
            context.MainProvider = titled;
        }
    }

    /// <summary>The document's first heading near the top, where it is a short proper name and not a known area.</summary>
    private static string? TitleName(ReportDocument document, ExtractionContext context)
    {
        var heading = document.Blocks.Take(3).FirstOrDefault(b => b.Kind == BlockKind.Heading);
        if (heading is null)
        {
            return null;
        }

        var name = Clean(heading.Text);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 6
            && words.All(w => char.IsUpper(w[0]) || w is "y" or "yr" or "of" or "the" or "and" or "upon" or "on")
            && !NotAName().IsMatch(name)
            && context.Gazetteer.Find(name) is null
            ? name
            : null;
    }

    [GeneratedRegex(@"\b(?:inspection|inspections|report|reports|rating|ratings|ofsted|cqc|estyn|inspectorate|overview|summary|findings|contents|introduction|service|services|council|county|borough|local\s+authority|children|probation|news|release|press|statement|media|embargo(?:ed)?|gazette|echo|times|post|herald|chronicle|mail|express|telegraph|journal|argus|advertiser|observer|standard|mercury|courier|star|sentinel|guardian|recorder|bulletin|magazine|weekly|daily|evening|live)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotAName();

    private static string Clean(string name)
    {
        var t = name.Trim();
        string before;
        do
        {
            before = t;
            t = LeadingNoise().Replace(LowerCaseLead().Replace(t, string.Empty), string.Empty);
        }
        while (t != before);

        return Regex.Replace(t, @"\s+", " ").Trim();
    }

    /// <summary>Capitalised words ending in a provider noun: "Rounds Green Primary School", "The Willows Care Home".</summary>
    [GeneratedRegex(@"(?<name>Ysgol(?:\s+(?:(?:y|yr|a|ac|ar|o|ap)\s+)?[A-Z][\w'’\-]+){1,5}|(?:(?:[A-Z][\w'’&\-\.]*|of|the|and|upon|on|in|de|la|&)\s+){1,7}(?:School|Academy|College|Nursery|Pre-school|Care\s+Home|Nursing\s+Home|Residential\s+Home|Surgery|Medical\s+Centre|Medical\s+Practice|Health\s+Centre|Hospital|Clinic|Practice|Hospice|Care\s+Centre|Care\s+Services|Homecare|Home\s+Care|Children's\s+Home|Children’s\s+Home|Trust|House|Lodge|Manor|Grange)(?:\s+(?!(?:Trust|The|Is|Was|Has|Had|Inspection|Report|Ofsted|Page|Will|Has|And|In|On|At|For|Of)\b)[A-Z][a-z]+(?=\s*(?:$|[\n\t,.:;|–\-]))(?<=Academy\s+[A-Z][a-z]+))?)\b")]
    private static partial Regex ProviderName();

    [GeneratedRegex(@"^(?:(?:The|This|That|A|An|At|In|Of|For|Inspection|Report|Inspection\s+report|Ofsted|CQC|Our|Its|Their|Why|How|When|Where|What|Each|Every|All|Most|Many|Some|Local|Primary|Secondary)\s+)+")]
    private static partial Regex LeadingNoise();

    [GeneratedRegex(@"^(?:(?:of|the|and|upon|on|in|de|la|&)\s+)+")]
    private static partial Regex LowerCaseLead();

    /// <summary>Whether a line is printed in capitals: four letters in five or more, and no word in lower case.</summary>
    private static bool InCapitals(string text)
    {
        if (text.Length > 200)
        {
            return false;
        }

        int letters = 0, upper = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                upper += char.IsUpper(c) ? 1 : 0;
            }
        }

        return letters >= 8 && upper >= 0.8 * letters && !LowerCaseWord().IsMatch(text);
    }

    [GeneratedRegex(@"\b\p{Ll}{3,}\b")]
    private static partial Regex LowerCaseWord();

    [GeneratedRegex(@"^(?:(?:the|a|an|this|that|primary|secondary|special|independent|local|maintained|nursery|infant|junior|residential|nursing|care|children's|children’s)\s+)*(?:school|academy|college|nursery|care home|practice|hospital|trust|surgery|home)$", RegexOptions.IgnoreCase)]
    private static partial Regex Generic();
}
