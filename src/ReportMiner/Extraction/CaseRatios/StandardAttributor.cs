using System.Text.RegularExpressions;
using ReportMiner.Classification;
using ReportMiner.Documents;
using ReportMiner.Extraction.Frameworks;
using ReportMiner.Frameworks;

namespace ReportMiner.Extraction.CaseRatios;

/// <summary>
/// Decides which standard a finding (a case ratio) evidences: the standard its section heading names ("2.1
/// Assessment", "1. Reducing the likelihood of reoffending"), else the section number of its list item
/// ("1.3."), else the number of the standard a table row stands under, else, where a trained model is present and
/// confident, the model's answer.
/// </summary>
public sealed partial class StandardAttributor
{
    private const double MinimumProbability = 0.6;

    /// <summary>The standard id for a finding at <paramref name="offset"/> in <paramref name="sentence"/>, or null.</summary>
    public string? ForFinding(ExtractionContext context, Sentence sentence, int offset = 0)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sentence);
        var framework = context.DocumentFramework;
        if (framework is null)
        {
            return null;
        }

        if (sentence.HeadingIndex >= 0)
        {
            var heading = context.Document.Blocks[sentence.HeadingIndex].Text;
            var fromHeading = FromHeading(framework, heading, sentence.Text);
            if (fromHeading is not null)
            {
                return fromHeading.Id;
            }
        }

        var number = SectionNumber().Match(sentence.Block.Text);
        if (number.Success && FromNumber(framework, number.Groups["major"].Value, number.Groups["minor"].Value) is { } byNumber)
        {
            return byNumber.Id;
        }

        // A table's row under its standard's numbered line ("2.2. Planning   Requires improvement", then its key questions).
        if (sentence.Block.Kind == BlockKind.TableRow
            && FindingInput.Surroundings(context.Document.Blocks, sentence.BlockIndex, sentence.LocalStart).NumberAbove is { } above
            && FromNumber(framework, above[..above.IndexOf('.', StringComparison.Ordinal)], above[(above.IndexOf('.', StringComparison.Ordinal) + 1)..]) is { } byRow)
        {
            return byRow.Id;
        }

        // Only a document about one inspection names its standards in passing; articles and annual reports
        // quote findings across services, whose standard their authors rarely pin down.
        if (framework.Graded && context.MainArea is not null && FromSentence(framework, sentence.Text, offset, CourtWording.SectionDomain(context, sentence)) is { } bySentence)
        {
            return AsPrinted(context, framework, bySentence);
        }

        if (context.Classifiers.StandardAttribution is { } model)
        {
            var heading = sentence.HeadingIndex >= 0 ? context.Document.Blocks[sentence.HeadingIndex].Text : null;
            // Only the document's own framework's standards are candidates (the same sentence is 2.1 in one
            // framework and 2.2 in another, and the model does not see which framework the document is in), where
            // the model knows them; else those of its framework family. "No particular standard" is always one.
            var own = model.Labels.Any(l => FrameworkOf(l) == framework.Id);
            var family = framework.Family;
            var input = FindingInput.For(sentence.Text, offset, heading, sentence.Block.Kind.ToString(), FindingInput.ReportsOnManyServices(context),
                FindingInput.Surroundings(context.Document.Blocks, sentence.BlockIndex, sentence.LocalStart, offset));
            var prediction = model.PredictAmong(
                input,
                label => label == CorpusTrainingData.NoStandard
                    || (own ? FrameworkOf(label) == framework.Id : context.Frameworks.FamilyOf(FrameworkOf(label)) == family));
            if (!prediction.Abstained && prediction.Probability >= MinimumProbability)
            {
                var parts = prediction.Label!.Split('/', 2);
                if (StandardLabels.PrintedAnswer(prediction.Label, StandardLabels.PrintedAnswers(context.Ratings, context.Frameworks), context.Frameworks) is { } printed)
                {
                    // A standard taken as printed: the id the document prints beside its name, none where it prints others but not it.
                    return printed == CorpusTrainingData.NoStandard ? null : printed.Split('/', 2)[1];
                }

                if (parts.Length == 2 && prediction.Label != CorpusTrainingData.NoStandard)
                {
                    // A label naming court and out-of-court twins ("assessment") leaves the domain to the wording, as above.
                    var labelled = parts[0] == framework.Id ? framework : context.Frameworks.Find(parts[0]);
                    var domain = StandardLabels.DomainOf(input.Text, input.Context ?? sentence.Text, CourtWording.SectionDomain(context, sentence));
                    return labelled is not null && StandardLabels.Resolve(labelled, parts[1], domain) is { } standard ? standard.Id : parts[1];
                }
            }
        }

        return null;
    }

    private static string FrameworkOf(string label) => label.Split('/', 2)[0];

    /// <summary>
    /// The id the document prints for a standard named in words, where its framework's standards are taken as printed
    /// (a PDU report of 2024 rates "2.1 Assessment", the catalogue's 2.1 being court work): the id of the document's own
    /// rating of that name, else the catalogue's.
    /// </summary>
    private static string AsPrinted(ExtractionContext context, Framework framework, Standard standard) =>
        StandardLabels.ConceptLabel(framework, standard.Id, null) is { } concept
        && StandardLabels.PrintedAnswers(context.Ratings, context.Frameworks).TryGetValue(concept, out var printed)
            ? printed.Split('/', 2)[1]
            : standard.Id;

    /// <summary>
    /// The standard the sentence itself names ("Planning was sufficient in 9 of the 20 court disposal cases"): the
    /// phrase nearest before the finding, else the first after it; court or out-of-court wording, else the section's
    /// domain, decides between standards that share a label.
    /// </summary>
    private static Standard? FromSentence(Framework framework, string sentence, int offset, int? sectionDomain)
    {
        var mentions = StandardMatcher.For(framework).Find(sentence).ToList();
        if (mentions.Count == 0)
        {
            return null;
        }

        var before = mentions.Where(m => m.Start < offset).ToList();
        var chosen = before.Count > 0 ? before[^1] : mentions[0];
        var standards = chosen.Standards;
        if (standards.Count == 1)
        {
            return standards[0];
        }

        var domain = CourtWording.DomainOf(sentence) ?? sectionDomain ?? CourtWording.CourtDomain;
        return standards.FirstOrDefault(s => s.Domain == domain) ?? standards[0];
    }


    private static Standard? FromHeading(Framework framework, string heading, string sentence)
    {
        var number = HeadingNumber().Match(heading);
        if (number.Success && number.Groups["minor"].Success
            && FromNumber(framework, number.Groups["major"].Value, number.Groups["minor"].Value) is { } byNumber)
        {
            return byNumber;
        }

        var rest = number.Success ? heading[number.Length..] : heading;
        foreach (var mention in StandardMatcher.For(framework).Find(rest))
        {
            if (mention.Standards.Count == 1)
            {
                return mention.Standards[0];
            }

            var domain = number.Success ? int.Parse(number.Groups["major"].Value, System.Globalization.CultureInfo.InvariantCulture)
                : CourtWording.DomainOf(sentence) ?? CourtWording.CourtDomain;
            return mention.Standards.FirstOrDefault(s => s.Domain == domain) ?? mention.Standards[0];
        }

        return null;
    }

    private static Standard? FromNumber(Framework framework, string major, string minor)
    {
        var numbered = framework.Standards.FirstOrDefault(s => s.Id == $"{major}.{minor}");
        if (numbered is not null)
        {
            return numbered;
        }

        // Frameworks whose standards are slugs number their sections in order (SQS: 1 reducing reoffending …).
        if (framework.SectionsInOrder && int.TryParse(major, System.Globalization.CultureInfo.InvariantCulture, out var index))
        {
            var sections = framework.Standards.Where(s => s.Id != "overall").ToList();
            return index >= 1 && index <= sections.Count ? sections[index - 1] : null;
        }

        return null;
    }

    [GeneratedRegex(@"^\s*(?<major>\d)(?:\.(?<minor>\d{1,2}))?\.?\s")]
    private static partial Regex HeadingNumber();

    [GeneratedRegex(@"^\s*(?:[-•*]\s*)?(?<major>\d)\.(?<minor>\d{1,2})\.?\s")]
    private static partial Regex SectionNumber();


}
