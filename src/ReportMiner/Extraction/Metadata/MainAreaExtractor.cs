using System.Text.RegularExpressions;
using ReportMiner.Documents;
using ReportMiner.Extraction.Areas;
using ReportMiner.Records;

namespace ReportMiner.Extraction.Metadata;

/// <summary>
/// Decides whether one area dominates the document (the service inspected in a report, release or page) and
/// which. Mentions score more when a service name follows them ("Swindon Youth Offending Team"), when they
/// stand near the top, and in titles. A document with no dominant area (an article or an annual report naming
/// many services) gets none, and each finding takes its area from its own sentence or section.
/// </summary>
public sealed partial class MainAreaExtractor : IRecordExtractor
{
    private const double DominantShare = 0.55;

    /// <summary>How far before a mention "the inspection of …" is looked for (the longest lead-in is under 120 characters).</summary>
    private const int InspectionOfReach = 160;

    /// <summary>The weight of mentions at which an area at twice any other's is the document's, whatever the others add up to.</summary>
    private const double ClearLead = 12;

    /// <inheritdoc />
    public void Extract(ReportDocument document, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Kind is DocumentKinds.NewsArticle or DocumentKinds.AnnualReport)
        {
            // Articles and annual reports name many services; none is the document's subject as a whole.
            return;
        }

        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        var titled = new HashSet<string>(StringComparer.Ordinal);
        var position = 0;
        var titleSeen = false;
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            var block = document.Blocks[i];
            if (block.Kind == BlockKind.Furniture)
            {
                continue;
            }

            if (ReleaseEnd().IsMatch(block.Text))
            {
                // A press release's notes to editors name other services ("the NPS North West division … will be
                // inspected later"), not its subject.
                break;
            }

            if (Postcode().IsMatch(block.Text))
            {
                // An address ("1st Floor, Manchester Civil Justice Centre, … Manchester M3 3FX") places an office, not
                // the service inspected.
                position++;
                continue;
            }

            foreach (var m in context.Analysis.MentionsInBlock(i).Where(context.IsCandidate))
            {
                var after = block.Text.AsSpan(m.Start + m.Length).ToString();
                // A row of a table of areas (statistical neighbours, a region's results) names one peer among many.
                var weight = block.Kind == BlockKind.TableRow ? 0.5 : 1.0;
                if (ServiceSuffix().IsMatch(after))
                {
                    weight += 3;
                }

                var leadIn = WordStartBefore(block.Text, m.Start - InspectionOfReach);
                if (leadIn < m.Start && InspectionOf().IsMatch(block.Text.AsSpan(leadIn, m.Start - leadIn)))
                {
                    // "the outcome of the Ofsted inspection of Brighton & Hove City Council's children's services".
                    weight += 4;
                }

                if (position < 4 || block.Kind == BlockKind.Heading)
                {
                    weight += 2;
                }

                if (!titleSeen && block.Kind == BlockKind.Heading && position < 4)
                {
                    // The document's own title, as strong as the page's title in its metadata.
                    weight += 4;
                    titled.Add(m.Entry.Name);
                }

                scores[m.Entry.Name] = scores.GetValueOrDefault(m.Entry.Name) + weight;
            }

            titleSeen |= block.Kind == BlockKind.Heading;
            position++;
        }

        if (document.Metadata.Title is { } title)
        {
            foreach (var m in context.Analysis.MentionsInText(title, context.Gazetteer).Where(context.IsCandidate))
            {
                scores[m.Entry.Name] = scores.GetValueOrDefault(m.Entry.Name) + 4;
                titled.Add(m.Entry.Name);
            }
        }

        if (scores.Count == 0)
        {
            return;
        }

        // A joint service named in the document takes the mentions of the councils it serves ("Blaenau Gwent and
        // Caerphilly YOS … the Caerphilly team … cases from Blaenau Gwent").
        foreach (var member in context.JointServicesApply ? scores.Keys.ToList() : [])
        {
            if (context.Gazetteer.JointServiceOf(member) is { } joint && scores.ContainsKey(joint.Name) && scores.Remove(member, out var memberScore))
            {
                scores[joint.Name] += memberScore;
            }
        }

        var total = scores.Values.Sum();
        var ranked = scores.OrderByDescending(kv => kv.Value).ToList();
        var best = ranked[0];
        var second = ranked.Count > 1 ? ranked[1].Value : 0;

        // A council paper titled with its council, which compares it with many others, is still that council's: the
        // one area its title names, with twice the weight of any other.
        var titledLead = titled.Count == 1 && titled.Contains(best.Key) && best.Value >= 2 * second;

        // So is a paper whose one council is named again and again, while its neighbours and partners each come up once
        // or twice: a long tail of others does not unseat a clear leader.
        var clearLead = best.Value >= ClearLead && best.Value >= 2 * second;
        if ((best.Value / total >= DominantShare || titledLead || clearLead) && best.Value >= 3)
        {
            context.MainArea = best.Key;
        }
    }

    /// <summary>The start of the word holding <paramref name="at"/> (0 where it is before the text), so that a window begins on a word.</summary>
    private static int WordStartBefore(string text, int at) => at <= 0 ? 0 : text.LastIndexOf(' ', at) + 1;

    /// <summary>What names the place inspected just before it: "the inspection of ", "inspection of youth justice services in ".</summary>
    [GeneratedRegex(@"\binspection\s+of\s+(?:the\s+)?(?:(?:youth|probation|children['’]s|local\s+authority)\b[\w\s'’]{0,40}?\s+(?:in|at|of)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex InspectionOf();

    /// <summary>A UK postcode ("M3 3FX", "CF39 8XX").</summary>
    [GeneratedRegex(@"\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b")]
    private static partial Regex Postcode();

    /// <summary>The end of a press release's own text: "ENDS", "Notes to editors".</summary>
    [GeneratedRegex(@"^\s*(?:ENDS\b|-\s*ends\s*-|Notes?\s+(?:to|for)\s+editors?\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ReleaseEnd();

    /// <summary>Words that follow an area's name when it names the inspected service or authority.</summary>
    [GeneratedRegex(@"^\s*(?:\(?(?:YOT|YOS|YJS|YJT|PDU)\b|Youth\s+(?:Offending|Justice)|Council\b|Borough\b|City\s+Council|County\s+Council|children'?s\s+services|Children'?s\s+Services|Probation\s+Delivery\s+Unit|Police\b|Constabulary\b|local\s+authority|Local\s+Authority|CRC\b|Community\s+Rehabilitation\s+Company|(?:NPS\s+|probation\s+)?[Dd]ivision\b)")]
    internal static partial Regex ServiceSuffix();
}
