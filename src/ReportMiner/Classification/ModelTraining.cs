using ReportMiner.Frameworks;

namespace ReportMiner.Classification;

/// <summary>
/// How the shipped models are made: which examples each is trained on (its hand-labelled file
/// <c>Training/NAME.tsv</c> plus what <see cref="CorpusTrainingData"/> recovers from a corpus) and with which
/// options. <c>reportminer train</c> and the benchmarks go through here.
/// </summary>
public static class ModelTraining
{
    /// <summary>The examples for model <paramref name="name"/>: the hand-labelled file in <paramref name="trainingFolder"/>, then the corpus's.</summary>
    /// <exception cref="ModelException">The hand-labelled file is malformed.</exception>
    /// <exception cref="FileNotFoundException">The hand-labelled file is missing.</exception>
    public static IReadOnlyList<LabelledExample> ExamplesFor(string name, string trainingFolder, IEnumerable<CorpusExamples>? corpora = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(trainingFolder);
        var examples = new List<LabelledExample>(TrainingData.ReadTsv(Path.Combine(trainingFolder, name + ".tsv")));
        if (name == ClassifierModels.StandardAttribution)
        {
            // A hand-labelled finding is read as the extractor reads one: its clause (the one with its first count), the sentence and its cues.
            examples = examples.ConvertAll(e => e.Input.Context is not null ? e : e with
            {
                Input = FindingInput.For(e.Input.Text, FindingInput.FirstCount(e.Input.Text), e.Input.Heading, e.Input.BlockKind),
            });
        }

        if (name == ClassifierModels.QuotationScope)
        {
            // A hand-labelled quotation is read as the extractor reads one: its paragraph, and the words leading into it.
            examples = examples.ConvertAll(e => e with { Input = QuotationInput.For(e.Input.Text, e.Input.Context) });
        }

        foreach (var corpus in corpora ?? [])
        {
            examples.AddRange(corpus.For(name));
        }

        examples = GroupParaphrases(examples);

        if (name == ClassifierModels.StandardAttribution)
        {
            // The court and out-of-court twins are one label; the answer is the standard (see StandardLabels).
            examples = examples.ConvertAll(e => StandardLabels.TrainingLabel(e.Label) is var label && label != e.Label ? e with { Label = label, Answer = e.Label } : e);
        }

        return examples;
    }

    /// <summary>The trainer options for model <paramref name="name"/>.</summary>
    public static TrainerOptions OptionsFor(string name) => name switch
    {
        // Many labels and few examples of each: abstain sooner than the two small models. The standards of every
        // framework that speak of one topic (assessment, planning, delivery, reviewing, risk of harm, the child's
        // safety …) share weights, so that what marks planning is learnt from every framework's planning findings
        // (5-fold, mean of 3 shuffles: 0.905 grouped by the standards' names, 0.910 by their topics).
        // The sentence around the clause and the spelling of its words (assess-, plan-, review-) count for more than
        // the defaults give them (5-fold: 0.776 with the defaults, 0.787 so). Batches of 16 over 60 epochs, chosen by
        // 5-fold cross-validation over 3 shuffles (mean 0.914 with batches of 8 over 40 epochs, 0.919 with 16, 0.918
        // with 60 epochs, 0.921 with both; L2 1e-5 to 1e-3, step 0.2 to 0.8 and the feature weights gave no more).
        ClassifierModels.StandardAttribution => TrainerOptions.Default with
        {
            AbstainThreshold = 0.4, LabelGroup = StandardConcept, BatchSize = 16, Epochs = 60,
            Features = FeatureOptions.Default with { ContextWeight = 1f, CharWeight = 1.5f },
        },
        // Whose words a quotation is shows more in the words around it ("said the council") than in its own; the few
        // attribution words that decide it need a lighter penalty to weigh enough (5-fold: 0.890 at 1e-4, 0.918 at 1e-5).
        ClassifierModels.QuotationScope => TrainerOptions.Default with { L2 = 1e-5, Features = FeatureOptions.Default with { ContextWeight = 1.5f, CharWeight = 0.5f } },
        _ => TrainerOptions.Default,
    };

    /// <summary>
    /// For model <paramref name="name"/>, which labels an example may be given where the model is used, for
    /// cross-validation to score as the extractors ask (null: every label). The standard-attribution model is asked
    /// only among the standards of the document's framework and <c>any/none</c> (see <c>StandardAttributor</c>), and
    /// an example's label names its document's framework; one labelled <c>any/none</c> names none, so every label is
    /// open to it.
    /// </summary>
    /// <param name="name">The model.</param>
    /// <param name="labels">The model's labels, where known: an <c>any/none</c> example whose <see cref="LabelledExample.Scope"/> names a
    /// framework none of them belongs to is asked among its framework family's, as <c>StandardAttributor</c> asks.</param>
    public static Func<LabelledExample, string, bool>? AllowedLabelsFor(string name, IEnumerable<string>? labels = null)
    {
        if (name != ClassifierModels.StandardAttribution)
        {
            return null;
        }

        var known = new HashSet<string>((labels ?? []).Select(FrameworkOfLabel).OfType<string>(), StringComparer.Ordinal);
        return (example, label) =>
        {
            if (label == CorpusTrainingData.NoStandard)
            {
                return true;
            }

            if (FrameworkOfLabel(example.Answer ?? example.Label) is { } framework)
            {
                return FrameworkOfLabel(label) == framework;
            }

            // An example of no particular standard: its document's framework, where known, as the extractor asks.
            return example.Scope switch
            {
                null => true,
                "" => false,
                var scope when known.Contains(scope) => FrameworkOfLabel(label) == scope,
                var scope => FamilyOf(FrameworkOfLabel(label)) is { } family && family == FamilyOf(scope),
            };
        };
    }

    private static string? FamilyOf(string? framework) => framework is null ? null : FrameworkCatalog.Default.Find(framework)?.Family;

    /// <summary>
    /// Puts each hand-labelled example that paraphrases a corpus example in that example's <see cref="LabelledExample.Group"/>
    /// (its document), so that cross-validation never tests a sentence on a near-copy of itself: most of its word
    /// pairs (numbers folded) stand in one corpus sentence — at least 80 %, or 60 % with all its numbers there too.
    /// </summary>
    internal static List<LabelledExample> GroupParaphrases(List<LabelledExample> examples)
    {
        var corpus = examples.Where(e => e.Group is not null && !e.HandLabelled)
            .Select(e => (e.Group!, Pairs: WordPairs(e.Input.Text + " " + e.Input.Context), Numbers: Numbers(e.Input.Text + " " + e.Input.Context)))
            .ToList();
        if (corpus.Count == 0)
        {
            return examples;
        }

        return examples.ConvertAll(e =>
        {
            if (e.Group is not null || !e.HandLabelled)
            {
                return e;
            }

            var pairs = WordPairs(e.Input.Text);
            var numbers = Numbers(e.Input.Text);
            if (pairs.Count == 0)
            {
                return e;
            }

            string? best = null;
            var bestShare = 0.0;
            foreach (var (group, corpusPairs, corpusNumbers) in corpus)
            {
                var share = (double)pairs.Count(corpusPairs.Contains) / pairs.Count;
                if ((share >= 0.8 || (share >= 0.6 && numbers.Count > 0 && numbers.IsSubsetOf(corpusNumbers))) && share > bestShare)
                {
                    (best, bestShare) = (group, share);
                }
            }

            return best is null ? e : e with { Group = best };
        });
    }

    private static HashSet<string> WordPairs(string text)
    {
        var words = Words(text).Select(w => char.IsDigit(w[0]) ? "#" : w).ToList();
        return new HashSet<string>(words.Zip(words.Skip(1), (a, b) => a + " " + b), StringComparer.Ordinal);
    }

    private static HashSet<string> Numbers(string text) => new(Words(text).Where(w => char.IsDigit(w[0])), StringComparer.Ordinal);

    private static IEnumerable<string> Words(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text.ToLowerInvariant(), @"[\p{L}]+|\d+")
            .Select(m => m.Value)
            .Where(w => !w.StartsWith("cue", StringComparison.Ordinal));

    /// <summary>
    /// For model <paramref name="name"/>, how a predicted label becomes the answer the extractor gives for an example,
    /// for cross-validation to score that answer (null: the label is the answer). A standard-attribution label naming
    /// court and out-of-court twins resolves by the example's wording and heading, and one naming a standard taken as
    /// printed to the id its document prints for it (none where it prints others but not that one), as
    /// <c>StandardAttributor</c> does.
    /// </summary>
    public static Func<LabelledExample, string, string>? ResolverFor(string name) => name switch
    {
        ClassifierModels.StandardAttribution => (example, label) =>
            example.Printed is { } printed && StandardLabels.PrintedAnswer(label, printed) is { } answer ? answer
                : StandardLabels.Answer(label, example.Input.Text, example.Input.Context, example.Input.Heading),
        _ => null,
    };

    /// <summary>
    /// The group whose weights the standard of a <c>framework/standard</c> label shares: the topic its name in the
    /// catalogue speaks of (<c>hmip-probation-pdu/2.2</c> and <c>hmip-youth-2018/3.1</c>: <c>assessment</c>;
    /// <c>hmip-youth-fji/protecting-the-public</c> and <c>hmip-youth-cci/risk-of-harm</c>: <c>riskofharm</c>), else that
    /// name, lower-cased and without its remarks in brackets, or for a standard whose id is a slug the slug; null for a
    /// label of no known framework's standard.
    /// </summary>
    internal static string? StandardConcept(string label)
    {
        var at = label.IndexOf('/', StringComparison.Ordinal);
        if (at <= 0 || FrameworkCatalog.Default.Find(label[..at]) is not { } framework)
        {
            return null;
        }

        var id = label[(at + 1)..];
        var name = (framework.FindStandard(id) ?? StandardLabels.Resolve(framework, id, 0))?.Label;
        if (name is null)
        {
            // A standard taken as printed under a name of the document's own ("hmip-youth-2025/work-with-victims"): its topic.
            return FindingInput.TopicOfName(id.Replace('-', ' '));
        }

        // What the standard's name speaks of (FindingInput.TopicOfName), so that the standards of frameworks that name
        // one thing differently learn it together: FJI "Protecting the public", the CCI's "Risk of harm to others"; FJI
        // "Interventions to reduce reoffending" and the 2018 frameworks' "Implementation and delivery".
        var bracket = name.IndexOf('(', StringComparison.Ordinal);
        name = (bracket > 0 ? name[..bracket] : name).Trim().ToLowerInvariant();
        return FindingInput.TopicOfName(name) ?? (id.Length > 0 && !char.IsDigit(id[0]) && framework.FindStandard(id) is not null ? id : name);
    }

    /// <summary>The framework of a <c>framework/standard</c> label, or null for <c>any/none</c> and labels without a framework.</summary>
    private static string? FrameworkOfLabel(string label)
    {
        var at = label.IndexOf('/', StringComparison.Ordinal);
        return at <= 0 || label.StartsWith("any/", StringComparison.Ordinal) ? null : label[..at];
    }
}
