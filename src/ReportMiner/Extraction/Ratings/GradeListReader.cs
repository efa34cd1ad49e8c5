using System.Text.RegularExpressions;
using ReportMiner.Documents;
using ReportMiner.Extraction.Frameworks;
using ReportMiner.Frameworks;
using ReportMiner.Records;
using static ReportMiner.Extraction.Ratings.ProseGrammar;
using static ReportMiner.Extraction.Ratings.ProseStandards;
using static ReportMiner.Extraction.Ratings.ProseSurroundings;

namespace ReportMiner.Extraction.Ratings;

/// <summary>
/// Reads one grade given to a list of standards: "‘Good’ for governance and leadership, for staff, and for
/// information and facilities", "The two standards rated ‘Inadequate’ were assessment and planning …", and the
/// standards named after "as was" in "…, as was the experiences and progress of children in care".
/// </summary>
internal sealed class GradeListReader
{
    private readonly FrameworkResolver _resolver;

    /// <summary>Creates the reader, resolving frameworks with <paramref name="resolver"/>.</summary>
    public GradeListReader(FrameworkResolver resolver) => _resolver = resolver;

    /// <summary>
    /// Reads "‘Good’ for governance and leadership, for staff, and for information and facilities": one grade given
    /// to a list of standards, in a rating sentence or a list of ratings.
    /// </summary>
    public bool TryRead(ExtractionContext context, Sentence sentence, Match gradeMatch, string grade, string before, string after)
    {
        // "good in most respects" is an adjective; "unsatisfactory in four of the six areas – …" lists standards.
        // "judged good at reducing reoffending" names what was graded; "good at engaging children" after no rating verb does not.
        var gradedAt = AtList().IsMatch(after) && (RatingCue().IsMatch(before) || SecondGradeAt().IsMatch(before));
        var list = Adjectival().IsMatch(after) && !CountOfAreas().IsMatch(after) && !gradedAt ? Match.Empty : ForList().Match(after);
        var quoted = gradeMatch.Groups["open"].Length > 0 || gradeMatch.Groups["close"].Length > 0;
        if (!list.Success && StandardsRated().IsMatch(before))
        {
            // "The two standards rated 'Inadequate' were assessment and planning for court disposals."
            list = ReverseList().Match(after);
        }

        if (!list.Success || !(quoted || RatingCue().IsMatch(before) || RatedAbove().IsMatch(before) || sentence.Block.Kind == BlockKind.ListItem)
            || Hoped().IsMatch(before.AsSpan(Math.Max(0, before.Length - 60))) || TargetStated().IsMatch(before) || ManyServices().IsMatch(before))
        {
            // "aims to achieve an 'Excellent' rating for leadership": a wish lists no ratings; "Nationally, fewer than
            // one in five of the areas inspected … graded good for governance": nor does a count of services.
            return false;
        }

        var framework = _resolver.Resolve(context, LocalText(context, sentence), grade, YearIn(sentence.Text), sentence.Text, FrameworkReadInBlock(context, sentence));
        if (framework is null)
        {
            return false;
        }

        var listText = list.Groups["list"].Value;
        var listStart = gradeMatch.Index + gradeMatch.Length + list.Groups["list"].Index;
        var area = context.AreaFor(framework, sentence, gradeMatch.Index);
        if (area is null)
        {
            return false;
        }

        if (DomainGroup().Match(listText) is { Success: true } group && DomainStandards(framework, group) is { Count: > 0 } inDomain)
        {
            // "'Inadequate' for all four out-of-court disposal standards": every standard of that domain, of every
            // area the subject lists ("Cornwall and North Yorkshire were both rated …").
            foreach (var each in SubjectAreas(context, sentence, before) ?? [area])
            {
                AddWholeDomain(context, inDomain, each, framework, grade, group.Value, YearIn(sentence.Text), sentence, gradeMatch.Index, listStart + group.Index + group.Length);
            }

            return true;
        }

        var found = false;
        foreach (var mention in StandardMatcher.For(framework).Find(listText))
        {
            var standard = ChooseStandard(mention.Standards, listText, sentence.Text);
            if (standard is null)
            {
                continue;
            }

            found = true;
            var evidenceStart = gradeMatch.Index;
            var evidenceEnd = listStart + mention.Start + mention.Length;
            context.Add(new Rating
            {
                Area = area,
                Framework = framework.Id,
                Standard = PrintedId(context, framework, standard, listText.Substring(mention.Start, mention.Length)),
                Value = grade,
                Label = listText.Substring(mention.Start, mention.Length),
                Year = YearIn(sentence.Text),
                Evidence = new Evidence(sentence.Text[evidenceStart..evidenceEnd], sentence.SpanOf(evidenceStart, evidenceEnd - evidenceStart)),
            });
        }

        return found;
    }

    /// <summary>
    /// Reads "…, as was the experiences and progress of children in care": the same grade given to the standards
    /// named after "as was" or "as were".
    /// </summary>
    public static void ReadAsWas(ExtractionContext context, Sentence sentence, Framework framework, Rating read, int afterStart, string after)
    {
        var asWas = AsWas().Match(after);
        if (!asWas.Success)
        {
            return;
        }

        var listText = asWas.Groups["list"].Value;
        var listStart = afterStart + asWas.Groups["list"].Index;
        foreach (var mention in StandardMatcher.For(framework).Find(listText))
        {
            var standard = ChooseStandard(mention.Standards, listText, sentence.Text);
            if (standard is null || standard.Id == read.Standard)
            {
                continue;
            }

            var start = listStart + mention.Start;
            context.Add(read with
            {
                Standard = PrintedId(context, framework, standard, listText.Substring(mention.Start, mention.Length)),
                Label = listText.Substring(mention.Start, mention.Length),
                Evidence = new Evidence(sentence.Text.Substring(start, mention.Length), sentence.SpanOf(start, mention.Length)),
            });
        }
    }
}
