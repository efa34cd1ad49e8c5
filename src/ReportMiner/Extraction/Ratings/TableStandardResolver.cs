using System.Globalization;
using System.Text.RegularExpressions;
using ReportMiner.Extraction.Frameworks;
using ReportMiner.Frameworks;
using ReportMiner.Text;

namespace ReportMiner.Extraction.Ratings;

/// <summary>
/// Tells which standard of a framework a ratings table's label, number or column header names, and which domain a
/// heading names, so that court (2.x) and out-of-court (3.x) standards sharing a label are told apart (HMIP 2018
/// framework).
/// </summary>
internal static partial class TableStandardResolver
{
    /// <summary>Whether <paramref name="label"/> names the overall rating ("Overall effectiveness", "Previous inspection grade").</summary>
    public static bool IsOverallLabel(string label) => OverallLabel().IsMatch(label);

    /// <summary>
    /// Whether <paramref name="row"/>'s label names the overall rating or, exactly, a standard of the document's
    /// framework (under <paramref name="domain"/>).
    /// </summary>
    public static bool IsStandardLabel(ExtractionContext context, RatingRow row, int? domain)
    {
        var framework = context.DocumentFramework;
        if (row.Label is null)
        {
            return false;
        }

        if (OverallLabel().IsMatch(row.Label))
        {
            return true;
        }

        if (GradeColumnTable.IsNoItems(row.Label))
        {
            return false;
        }

        // A framework taken as printed (PDU, HMIP 2025) names its standards by the numbers its tables print.
        return framework is not null && (ResolveStandard(framework, row, domain) is not null || framework.OpenStandards && row.Number is { } printed && printed.Contains('.', StringComparison.Ordinal));
    }

    /// <summary>
    /// The standard of <paramref name="framework"/> that <paramref name="row"/> names: by its number, else by its label
    /// (in other words too where <paramref name="loose"/>), the one under <paramref name="domain"/> where several share it.
    /// </summary>
    public static Standard? ResolveStandard(Framework framework, RatingRow row, int? domain, bool loose = false)
    {
        if (row.Number is not null)
        {
            var byNumber = framework.FindStandard(row.Number);
            if (byNumber is not null)
            {
                return byNumber;
            }
        }

        if (row.Label is null)
        {
            return null;
        }

        var matches = StandardMatcher.For(framework).MatchLabel(row.Label);
        if (matches.Count == 0 && loose)
        {
            // Only a row that has its grade is read loosely: a label waiting for one must name its standard exactly.
            matches = LooseMatch(framework, row.Label);
        }

        if (matches.Count == 0)
        {
            return null;
        }

        if (matches.Count == 1)
        {
            return matches[0];
        }

        var wanted = CourtWording.DomainOf(row.Label) == CourtWording.OutOfCourtDomain ? CourtWording.OutOfCourtDomain : domain;
        return matches.FirstOrDefault(s => s.Domain == wanted) ?? matches[0];
    }

    /// <summary>The standard a grade column's header names: overall where it names only a rating (or there is none).</summary>
    public static string? ColumnStandard(Framework framework, string? column)
    {
        var name = column is null ? null : Bracketed().Replace(column, " ").Trim();
        if (name is null || OverallLabel().IsMatch(name) || RatingColumn().IsMatch(name))
        {
            return framework.HasOverall ? "overall" : null;
        }

        // "ILACS overall effectiveness (published)", "Previous full inspection (year)": a whole inspection's grade.
        var matcher = StandardMatcher.For(framework);
        return FirstStandard(matcher.MatchLabel(name))
            ?? (framework.HasOverall && InspectionColumn().IsMatch(name) ? "overall" : null)
            ?? OpeningStandard(matcher, name);
    }

    /// <summary>
    /// The one standard a longer column name opens with ("protecting the public and actual or potential victims", as a
    /// key spells out "PP"), where the name speaks of no other.
    /// </summary>
    private static string? OpeningStandard(StandardMatcher matcher, string name)
    {
        var mentions = matcher.Find(name).ToList();
        return mentions.Count > 0 && mentions[0].Start == 0 && mentions.SelectMany(m => m.Standards).Distinct().Count() == 1
            ? mentions[0].Standards[0].Id
            : null;
    }

    /// <summary>
    /// The number of the domain of the document's framework that <paramref name="text"/> names, as a heading does
    /// ("Domain three: Out-of-court disposals", "2. Court disposals"); null where it names none.
    /// </summary>
    public static int? DomainOf(ExtractionContext context, string text)
    {
        var framework = context.DocumentFramework;
        if (framework is null || framework.Domains.Count == 0 || text.Length > 80)
        {
            return null;
        }

        var t = SpaceFolding.Fold(DomainNumber().Replace(DomainWord().Replace(text.Trim(), string.Empty), string.Empty).Trim().TrimEnd(':').ToLowerInvariant());
        foreach (var d in framework.Domains)
        {
            if (d.Aliases.Any(a => string.Equals(SpaceFolding.Fold(a), t, StringComparison.Ordinal)))
            {
                return d.Number;
            }
        }

        var number = DomainNumber().Match(text);
        return number.Success && framework.Domains.Any(d => d.Number.ToString(CultureInfo.InvariantCulture) == number.Groups["d"].Value)
            && !number.Groups["minor"].Success
            && text.Length < 60
            ? int.Parse(number.Groups["d"].Value, CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>
    /// The standards a label names in other words ("work to protect the child or young person and reduce their
    /// vulnerability", "work to make sure the sentence is served"): every phrase found in it names the same standard,
    /// and the phrases cover at least two fifths of it.
    /// </summary>
    private static IReadOnlyList<Standard> LooseMatch(Framework framework, string label)
    {
        var mentions = StandardMatcher.For(framework).Find(label).ToList();
        if (mentions.Count == 0)
        {
            return [];
        }

        var first = mentions[0].Standards;
        var same = mentions.All(m => m.Standards.Select(x => x.Id).SequenceEqual(first.Select(x => x.Id)));
        var covered = mentions.Sum(m => m.Length);
        return same && covered * 5 >= label.Trim().Length * 2 ? first : [];
    }

    private static string? FirstStandard(IReadOnlyList<Standard> standards) => standards.Count > 0 ? standards[0].Id : null;

    [GeneratedRegex(@"^(?:overall(?:\s+(?:rating|effectiveness|judgement|grade))?|overall(?:\s+[\w\-]+){0,3}\s+(?:rating|grade|judgement)|overall\s+rating\s+for\s+.*|previous\s+inspection\s+(?:grade|judgement|rating))\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex OverallLabel();

    [GeneratedRegex(@"^(?:(?:overall\s+)?(?:rating|grade|judgement|outcome)s?|inspection\s+(?:rating|outcome)|overall\s+effectiveness)$", RegexOptions.IgnoreCase)]
    private static partial Regex RatingColumn();

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Bracketed();

    /// <summary>A column header naming a whole inspection's grade among other words.</summary>
    [GeneratedRegex(@"\boverall\s+(?:effectiveness|rating|grade|judgement)\b|\b(?:previous|last|latest|current|new|most\s+recent)\s+(?:full\s+)?(?:inspection|rating|grade|judgement)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex InspectionColumn();

    /// <summary>"Domain three: " before a domain's name.</summary>
    [GeneratedRegex(@"^\s*domain\s+(?:one|two|three|four)\s*[:.\-–]?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex DomainWord();

    [GeneratedRegex(@"^\s*(?:domain\s+)?(?<d>\d)(?:\.(?<minor>\d))?\.?\s*")]
    private static partial Regex DomainNumber();
}
