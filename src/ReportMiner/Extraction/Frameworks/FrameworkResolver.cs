using System.Text.RegularExpressions;
using ReportMiner.Extraction.Metadata;
using ReportMiner.Frameworks;

namespace ReportMiner.Extraction.Frameworks;

/// <summary>
/// Decides which framework a rating belongs to from its context — the inspectorate named nearby or by the
/// document, the sector (youth or adult probation; children's services, schools or SEND), the year, and the
/// grade's scale — never from the grade word alone.
/// </summary>
public sealed partial class FrameworkResolver
{
    private readonly FrameworkCatalog _catalog;

    /// <summary>Creates a resolver over <paramref name="catalog"/>.</summary>
    public FrameworkResolver(FrameworkCatalog catalog) => _catalog = catalog;

    /// <summary>
    /// The framework for a grade given in <paramref name="localText"/> (the sentence and its block), in a
    /// document whose own inspectorate, date and text are in <paramref name="context"/>.
    /// </summary>
    /// <param name="context">The extraction context.</param>
    /// <param name="localText">The text around the rating (its block).</param>
    /// <param name="grade">The canonical grade, or null to ignore the scale.</param>
    /// <param name="year">The year the rating was given, where stated.</param>
    /// <param name="sentence">The rating's own sentence, whose inspectorate and sector come before its block's.</param>
    /// <param name="nearby">
    /// The framework of a rating already read from the same paragraph: where it fits and no year is given, it wins
    /// over the document's date and inspectorate ("rated ‘Good’ with a score of 22/36 … Inspectors rated its resettlement work
    /// ‘Outstanding’" stays in the scored framework, though the round-up is dated after it).
    /// </param>
    /// <returns>The framework, or null when no graded framework fits.</returns>
    public Framework? Resolve(ExtractionContext context, string localText, string? grade, int? year, string? sentence = null, Framework? nearby = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(localText);
        var inspectorate = (sentence is null ? null : InspectorateOfSentence(context, sentence))
            ?? nearby?.Inspectorate
            ?? InspectorateOfBlock(context, localText);
        if (inspectorate is null)
        {
            return null;
        }

        // The sector named nearest the rating whose scale has the grade: a round-up titled "youth justice, children's
        // services and SEND" names three, and an "inadequate" cannot be a SEND outcome.
        var date = year is { } y ? new DateOnly(y, 7, 1) : context.EffectiveDate;
        var graded = _catalog.Frameworks
            .Where(f => f.Inspectorate == inspectorate && f.Graded)
            .Where(f => grade is null || f.HasGrade(grade))
            .ToList();
        var sectors = (sentence is null ? [] : Sectors(inspectorate, sentence))
            .Concat(Sectors(inspectorate, localText))
            .Concat(Sectors(inspectorate, context.Analysis.Opening));
        var sector = sectors.FirstOrDefault(s => graded.Any(f => f.Sector == s));
        var candidates = graded.Where(f => sector is null || f.Sector == sector).ToList();

        // "rated 'Good' with a score of 22/36": only a framework scored out of 36 prints that.
        if ((sentence ?? localText) is { } scored && ScoreOutOf().Match(scored) is { Success: true } score
            && candidates.Where(f => f.ScoreMax == int.Parse(score.Groups["max"].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList() is { Count: > 0 } byScore)
        {
            candidates = byScore;
        }
        if (candidates.Count == 0)
        {
            return null;
        }

        if (year is null && nearby is not null && candidates.Contains(nearby))
        {
            return nearby;
        }

        if (date is { } d)
        {
            var covering = candidates.Where(f => year is null ? f.CoversDate(d) : f.From.Year <= year && f.To.Year >= year).ToList();
            if (covering.Count > 0)
            {
                // Where a year straddles two eras, the later framework wins for grades only it has, else the earlier.
                return covering.OrderBy(f => f.From).First();
            }

            return candidates.OrderBy(f => Distance(f, d)).First();
        }

        // No date: the most recent framework on whose scale the grade stands.
        return candidates.OrderByDescending(f => f.From).First();
    }

    /// <summary>The framework of the document as a whole, for findings without a grade (case ratios' standards).</summary>
    public Framework? ResolveDocument(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var opening = context.Analysis.Opening;
        var all = context.Analysis.JoinedText;
        if (context.Inspectorate == "HMI Probation")
        {
            if (Sqs().IsMatch(all))
            {
                return _catalog.Find("hmip-youth-sqs");
            }

            if (Cci().IsMatch(all))
            {
                return _catalog.Find("hmip-youth-cci");
            }
        }

        if (context.Inspectorate is null)
        {
            return null;
        }

        var sector = Sectors(context.Inspectorate, opening).FirstOrDefault() ?? Sectors(context.Inspectorate, all).FirstOrDefault();
        var candidates = _catalog.Frameworks.Where(f => f.Inspectorate == context.Inspectorate && (sector is null || f.Sector == sector)).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        if (context.EffectiveDate is { } d)
        {
            var covering = candidates.Where(f => f.CoversDate(d)).ToList();
            if (covering.Count > 0)
            {
                return covering.OrderByDescending(f => f.Graded).ThenBy(f => f.From).First();
            }

            return candidates.OrderBy(f => Distance(f, d)).First();
        }

        return candidates.Where(f => f.Graded).OrderByDescending(f => f.From).FirstOrDefault();
    }

    /// <summary>
    /// The inspectorate a block names, else the document's: where it names several ("carried out with Ofsted, the
    /// Care Quality Commission and HM Inspectorate of Prisons") and the document's own is among them or unnamed, the
    /// document's, whose inspection the others joined.
    /// </summary>
    private static string? InspectorateOfBlock(ExtractionContext context, string block)
    {
        var named = InspectorateExtractor.Mentioned(block).Distinct().ToList();
        return named.Count == 0 ? context.Inspectorate
            : named.Count == 1 || context.Inspectorate is null ? named[0]
            : context.Inspectorate;
    }

    /// <summary>
    /// The inspectorate a sentence names, or implies: "we rated" is the document's own inspectorate, a youth
    /// offending service, probation unit or company is inspected by HM Inspectorate of Probation, and a council's
    /// children's services and a named school (outside a Welsh school report) by Ofsted.
    /// </summary>
    private static string? InspectorateOfSentence(ExtractionContext context, string sentence) =>
        InspectorateExtractor.Mentioned(sentence).FirstOrDefault()
        ?? (WeRated().IsMatch(sentence) ? context.Inspectorate : null)
        ?? (ProbationService().IsMatch(sentence) ? "HMI Probation" : null)
        ?? (ChildrensServices().IsMatch(sentence) ? "Ofsted" : null)
        ?? (context.Inspectorate != "Estyn" && context.Providers.Any(p => IsSchool(p) && sentence.Contains(p, StringComparison.Ordinal)) ? "Ofsted" : null);

    /// <summary>Whether a provider the document names (<see cref="ExtractionContext.Providers"/>) is a school.</summary>
    private static bool IsSchool(string provider) =>
        provider.EndsWith(" School", StringComparison.Ordinal) || provider.EndsWith(" Academy", StringComparison.Ordinal);

    /// <summary>A council's children's services as a rating's subject: only Ofsted grades them.</summary>
    [GeneratedRegex(@"\bchildren['’]?s\s+(?:social\s+care\s+)?services\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChildrensServices();

    [GeneratedRegex(@"\b(?:\d{1,2}|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|thirty(?:-(?:one|two|three|four|five|six))?)\s*(?:/|out\s+of(?:\s+a\s+possible)?)\s*(?<max>36|27)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ScoreOutOf();

    [GeneratedRegex(@"\b(?:we|our\s+inspectors)\s+(?:have\s+|had\s+)?(?:rated|judged|graded|found|assessed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WeRated();

    [GeneratedRegex(@"\byouth\s+(?:offending|justice)\s+(?:service|team|partnership)|\b(?:YOT|YOS|YJS|PDU|CRC)\b|\bProbation\s+Delivery\s+Unit\b|\bCommunity\s+Rehabilitation\s+Company\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProbationService();

    private static int Distance(Framework f, DateOnly d) =>
        d < f.From ? f.From.DayNumber - d.DayNumber : d > f.To ? d.DayNumber - f.To.DayNumber : 0;

    /// <summary>Every sector <paramref name="text"/> names for <paramref name="inspectorate"/>, the most specific first.</summary>
    private static IEnumerable<string> Sectors(string inspectorate, string text)
    {
        if (inspectorate == "HMI Probation")
        {
            if (Youth().IsMatch(text))
            {
                yield return "youth";
            }

            if (Adult().IsMatch(text))
            {
                yield return "adult";
            }
        }
        else if (inspectorate == "Ofsted")
        {
            if (Send().IsMatch(text))
            {
                yield return "send";
            }

            if (Children().IsMatch(text))
            {
                yield return "children";
            }

            if (School().IsMatch(text))
            {
                yield return "schools";
            }
        }
    }

    [GeneratedRegex(@"\byouth\s+(?:offending|justice)\b|\bYOT\b|\bYOS\b|\bYJS\b|\byoung\s+(?:people|offenders)\b|\bchildren\s+and\s+young\s+people\b|\bout-of-court\b", RegexOptions.IgnoreCase)]
    private static partial Regex Youth();

    [GeneratedRegex(@"\bCRC\b|\bNPS\b|\bCommunity\s+Rehabilitation\s+Compan|\bNational\s+Probation\s+Service\b|\bProbation\s+Delivery\s+Unit\b|\bPDU\b|\bprobation\s+(?:region|service|division)\b|\bunpaid\s+work\b", RegexOptions.IgnoreCase)]
    private static partial Regex Adult();

    [GeneratedRegex(@"\bSEND\b|\bspecial\s+educational\s+needs\b|\blocal\s+area\s+partnership\b")]
    private static partial Regex Send();

    [GeneratedRegex(@"\bchildren['’]?s\s+(?:social\s+care\s+)?services\b|\bsocial\s+care\b|\bsocial\s+work\b|\bILACS\b|\bcare\s+leavers\b|\bhelp\s+and\s+protection\b|\blocal\s+authority\s+children['’]?s\b|\bchildren\s+in\s+care\b|\bchildren\s+looked\s+after\b", RegexOptions.IgnoreCase)]
    private static partial Regex Children();

    [GeneratedRegex(@"\bschool\b|\bpupils\b|\bacademy\b|\bheadteacher\b|\bquality\s+of\s+education\b", RegexOptions.IgnoreCase)]
    private static partial Regex School();

    [GeneratedRegex(@"\bShort\s+Quality\s+Screening\b|\bSQS\b")]
    private static partial Regex Sqs();

    [GeneratedRegex(@"\bCore\s+Case\s+Inspection\b|\bCCI\b")]
    private static partial Regex Cci();
}
