using System.Text.RegularExpressions;
using ReportMiner.Documents;

namespace ReportMiner.Extraction.Metadata;

/// <summary>
/// Decides which inspectorate publishes or inspects: every mention of an inspectorate's names scores, earlier
/// mentions (title, opening, sender) more than later ones, so the body that a document is about outweighs
/// inspectorates named in passing.
/// </summary>
public sealed partial class InspectorateExtractor : IRecordExtractor
{
    private static readonly (string Name, Regex Pattern)[] Names =
    [
        ("HMI Probation", HmiProbation()),
        ("Ofsted", Ofsted()),
        ("CQC", Cqc()),
        ("HMICFRS", Hmicfrs()),
        ("Estyn", Estyn()),
        ("Care Inspectorate Wales", Ciw()),
    ];

    /// <inheritdoc />
    public void Extract(ReportDocument document, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        var text = string.Join("\n", document.Blocks.Where(b => b.Kind != BlockKind.Furniture).Select(b => b.Text));
        if (document.Metadata.Title is { } title)
        {
            text = title + "\n" + text;
        }

        var scores = new Dictionary<string, double>();
        var length = Math.Max(1, text.Length);
        foreach (var (name, pattern) in Names)
        {
            var previousEnd = -10;
            foreach (Match m in pattern.Matches(text))
            {
                // "the Care Quality Commission (CQC)": a name and its short form in brackets are one mention.
                var repeated = m.Index - previousEnd is >= 0 and <= 3;
                previousEnd = m.Index + m.Length;
                if (repeated)
                {
                    continue;
                }

                var position = (double)m.Index / length;
                var weight = 1 + (4 * Math.Pow(1 - position, 3)) + (m.Index < 600 ? 3 : 0);
                scores[name] = scores.GetValueOrDefault(name) + weight;
            }
        }

        // Youth justice and probation services are inspected by HMI Probation: a weak cue where no body is named.
        var youthJustice = YouthJusticeService().Count(text);
        if (youthJustice > 0)
        {
            scores["HMI Probation"] = scores.GetValueOrDefault("HMI Probation") + (0.5 * Math.Min(youthJustice, 4));
        }

        // Reports that never name their inspectorate still use its judgement words.
        foreach (var (name, cue) in ImpliedBy)
        {
            var n = cue.Count(text);
            if (n > 0)
            {
                scores[name] = scores.GetValueOrDefault(name) + (0.5 * Math.Min(n, 4));
            }
        }

        if (scores.Count > 0)
        {
            context.Inspectorate = scores.OrderByDescending(kv => kv.Value).First().Key;
        }
    }

    private static readonly (string Name, Regex Cue)[] ImpliedBy =
    [
        ("Ofsted", OfstedWords()),
        ("CQC", CqcWords()),
        ("HMICFRS", PoliceWords()),
        ("Care Inspectorate Wales", CiwWords()),
        ("Estyn", EstynWords()),
    ];

    /// <summary>The inspectorates named in <paramref name="text"/>, in the order first named.</summary>
    internal static IEnumerable<string> Mentioned(string text) =>
        Names.Select(n => (n.Name, Match: n.Pattern.Match(text)))
            .Where(x => x.Match.Success)
            .OrderBy(x => x.Match.Index)
            .Select(x => x.Name);

    [GeneratedRegex(@"\b(?:HM\s+Inspectorate\s+of\s+Probation|HMI\s*Probation|HMIP|HM\s+Probation|[Pp]robation\s+[Ii]nspectorate|[Cc]hief\s+[Ii]nspector\s+of\s+[Pp]robation|inspectorate\s+of\s+probation|Arolygiaeth\s+Prawf)\b")]
    private static partial Regex HmiProbation();

    [GeneratedRegex(@"\bOfsted\b|\bOffice\s+for\s+Standards\s+in\s+Education\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ofsted();

    [GeneratedRegex(@"\bCQC\b|\bCare\s+Quality\s+Commission\b")]
    private static partial Regex Cqc();

    [GeneratedRegex(@"\bHMICFRS\b|\bHMIC\b|\bHis\s+Majesty's\s+Inspectorate\s+of\s+Constabulary|\bHer\s+Majesty's\s+Inspectorate\s+of\s+Constabulary|\bHM\s+Inspectorate\s+of\s+Constabulary|\bPEEL\b")]
    private static partial Regex Hmicfrs();

    [GeneratedRegex(@"\b(?:[Yy]outh\s+(?:[Jj]ustice|[Oo]ffending)\s+(?:[Ss]ervices?|[Tt]eam|[Ii]nspection|[Pp]artnership)|YOT|YOS|YJS|[Pp]robation\s+(?:[Dd]elivery\s+[Uu]nit|[Ss]ervice)|Community\s+Rehabilitation\s+Company)\b")]
    private static partial Regex YouthJusticeService();

    [GeneratedRegex(@"\bSchool\s+report\b|\b[Aa]rea\s+SEND\s+inspection\b|\b[Ll]ocal\s+area\s+partnership\b|\bOverall\s+effectiveness\b|\b[Tt]he\s+quality\s+of\s+education\b|\bEarly\s+years\s+provision\b|\bpupils\b|\bheadteacher\b")]
    private static partial Regex OfstedWords();

    [GeneratedRegex(@"\bIs\s+the\s+service\s+(?:safe|effective|caring|responsive|well-led)\??|\bAre\s+services\s+(?:safe|effective|caring|responsive|well-led)\??|\bregistered\s+manager\b|\bpeople\s+who\s+use\s+the\s+service\b|\bWell[\-\s]led\b")]
    private static partial Regex CqcWords();

    [GeneratedRegex(@"\bPEEL\b|\bthe\s+force\b|\bchief\s+constable\b", RegexOptions.IgnoreCase)]
    private static partial Regex PoliceWords();

    /// <summary>CIW's four themes named together, and its Welsh-language notice.</summary>
    [GeneratedRegex(@"\bWell-being\b[^.\n]{0,40}\bCare\s+and\s+(?:support|Support)\b|\bresponsible\s+individual\b|\bThis\s+report\s+is\s+also\s+available\s+in\s+Welsh\b")]
    private static partial Regex CiwWords();

    /// <summary>Estyn's inspection areas and its Welsh school names.</summary>
    [GeneratedRegex(@"\bTeaching\s+and\s+learning\s+experiences\b|\bCare,\s+support\s+and\s+guidance\b|\bWellbeing\s+and\s+attitudes\s+to\s+learning\b|\bYsgol\b")]
    private static partial Regex EstynWords();

    [GeneratedRegex(@"\bEstyn\b")]
    private static partial Regex Estyn();

    [GeneratedRegex(@"\bCare\s+Inspectorate\s+Wales\b|\bCIW\b|\bArolygiaeth\s+Gofal\s+Cymru\b|\bCare\s+and\s+Social\s+Services\s+Inspectorate\s+Wales\b|\bCSSIW\b")]
    private static partial Regex Ciw();
}
