using System.Globalization;
using ReportMiner.Documents;
using ReportMiner.Extraction.Areas;
using ReportMiner.Extraction.Metadata;
using ReportMiner.Frameworks;
using static ReportMiner.Extraction.Ratings.ProseGrammar;

namespace ReportMiner.Extraction.Ratings;

/// <summary>
/// What stands around a rating sentence that its reading depends on: the text its inspectorate is read from, the
/// framework of ratings already read in its paragraph, the areas its subject lists, the list a list item belongs to.
/// </summary>
internal static class ProseSurroundings
{
    /// <summary>
    /// The text around a rating that its inspectorate is read from: its paragraph, and where that names none, the
    /// paragraph before it too ("a separate inspection … by HM Inspectorate of Probation … found it requires
    /// improvement." / "Inspectors rated its out-of-court disposal policy and provision as inadequate").
    /// </summary>
    internal static string LocalText(ExtractionContext context, Sentence sentence)
    {
        var text = sentence.Block.Text;
        if (sentence.BlockIndex == 0 || InspectorateExtractor.Mentioned(text).Any())
        {
            return text;
        }

        var previous = context.Document.Blocks[sentence.BlockIndex - 1];
        return previous.Kind is BlockKind.Paragraph or BlockKind.ListItem ? previous.Text + "\n" + text : text;
    }

    /// <summary>The framework of the last current rating (one with no year of its own) read from the sentence's paragraph, if any.</summary>
    internal static Framework? FrameworkReadInBlock(ExtractionContext context, Sentence sentence)
    {
        var block = sentence.Block.Span;
        for (var i = context.Ratings.Count - 1; i >= 0; i--)
        {
            if (context.Ratings[i] is { Year: null, Evidence.Span: var span } && span.Start >= block.Start && span.Start < block.Start + block.Length)
            {
                return context.Frameworks.Find(context.Ratings[i].Framework);
            }
        }

        return null;
    }

    /// <summary>
    /// The areas a subject lists ("Cornwall and North Yorkshire were both rated", "Leeds, Bradford and Wakefield
    /// were"), when it is two or more areas joined by commas and "and", at the start of the clause; null otherwise.
    /// </summary>
    internal static List<string>? SubjectAreas(ExtractionContext context, Sentence sentence, string before)
    {
        var mentions = context.Analysis.MentionsIn(sentence).Where(m => context.IsCandidate(m) && m.Start + m.Length <= before.Length).ToList();
        if (mentions.Count < 2)
        {
            return null;
        }

        var chain = new List<AreaMention> { mentions[0] };
        for (var k = 1; k < mentions.Count; k++)
        {
            var gap = before[(mentions[k - 1].Start + mentions[k - 1].Length)..mentions[k].Start];
            if (!ListSeparator().IsMatch(gap))
            {
                break;
            }

            chain.Add(mentions[k]);
        }

        var lead = before[..chain[0].Start];
        var rest = before[(chain[^1].Start + chain[^1].Length)..];
        return chain.Count >= 2 && SubjectLead().IsMatch(lead) && AreasVerb().IsMatch(rest)
            ? chain.Select(m => m.Entry.Name).Distinct().ToList()
            : null;
    }

    /// <summary>Whether the list a block belongs to is introduced by a rating verb and a colon ("inspectors judged:").</summary>
    internal static bool IntroducedByRatingVerb(ExtractionContext context, int blockIndex)
    {
        var blocks = context.Document.Blocks;
        var b = blockIndex - 1;
        while (b >= 0 && blocks[b].Kind == BlockKind.ListItem)
        {
            b--;
        }

        return b >= 0 && RatingIntro().IsMatch(blocks[b].Text);
    }

    internal static int? YearIn(string text)
    {
        var m = Year().Match(text);
        return m.Success ? int.Parse(m.Value, CultureInfo.InvariantCulture) : null;
    }
}
