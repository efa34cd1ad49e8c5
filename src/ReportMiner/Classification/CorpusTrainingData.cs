using System.Text;
using ReportMiner.Documents;
using ReportMiner.Evaluation;
using ReportMiner.Extraction;
using ReportMiner.Frameworks;
using ReportMiner.Records;
using ReportMiner.Text;

namespace ReportMiner.Classification;

/// <summary>Training examples recovered from a corpus's gold files, one list per model.</summary>
/// <param name="Documents">Gold files read (with a document beside them).</param>
/// <param name="StandardAttribution">Sentences stating a gold case ratio, labelled <c>framework/standard</c> (or <c>any/none</c>).</param>
/// <param name="QuotationScope">Gold quotes, labelled <c>inspectorate</c>.</param>
/// <param name="RatingScope">Sentences giving a gold rating, labelled <c>area-grade</c>.</param>
/// <param name="Unmatched">Gold entries whose text was not found in the document.</param>
public sealed record CorpusExamples(
    int Documents,
    IReadOnlyList<LabelledExample> StandardAttribution,
    IReadOnlyList<LabelledExample> QuotationScope,
    IReadOnlyList<LabelledExample> RatingScope,
    int Unmatched)
{
    /// <summary>The examples for model <paramref name="name"/> (see <see cref="ClassifierModels"/>).</summary>
    public IReadOnlyList<LabelledExample> For(string name) => name switch
    {
        ClassifierModels.StandardAttribution => StandardAttribution,
        ClassifierModels.QuotationScope => QuotationScope,
        ClassifierModels.RatingScope => RatingScope,
        _ => [],
    };
}

/// <summary>
/// Derives training examples from the gold answers of a corpus folder (<c>NAME.gold.json</c> beside its document):
/// each gold case ratio's <c>evidence</c> is found in the document to recover its sentence and heading, and
/// labelled with its framework and standard; each required gold quote is an inspectorate quotation; each sentence
/// that states a required gold rating is an area grade. Never reads a <c>test</c> split: that is held out.
/// </summary>
public static partial class CorpusTrainingData
{
    /// <summary>The label for a sentence whose finding evidences no particular standard.</summary>
    public const string NoStandard = "any/none";

    private static readonly HashSet<string> FjiStandards = new(StringComparer.Ordinal)
    {
        "reducing-reoffending", "protecting-the-public", "protecting-the-child", "sentence-served", "governance-partnerships", "interventions", "court-work",
    };

    private const string SqsFramework = "hmip-youth-sqs";

    private static readonly HashSet<string> CciStandards = new(StringComparer.Ordinal) { "safeguarding", "risk-of-harm", "likelihood-of-reoffending" };

    /// <summary>Reads every gold file under <paramref name="root"/> (recursively) with its document.</summary>
    /// <exception cref="ArgumentException"><paramref name="root"/> lies in a <c>test</c> folder (the held-out split).</exception>
    /// <exception cref="DirectoryNotFoundException"><paramref name="root"/> does not exist.</exception>
    public static CorpusExamples Read(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var full = Path.GetFullPath(root);
        if (full.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(s => s.Equals("test", StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"{root} is in a 'test' folder: the test split is held out and never used for training", nameof(root));
        }

        // The rules run over each document as in extraction (the trained models only listen), so that a finding is read
        // from the sentences the extractor reads, with the document's framework and scope as the extractor sees them.
        var capture = new ContextCapture();
        var pipeline = new ReportPipelineBuilder().UseDefaults().Use(capture).Build();
        var extractor = ReportExtractor.Create(pipeline, ReportExtractorOptions.Default with { UseClassifiers = false });
        var standards = new List<LabelledExample>();
        var quotes = new List<LabelledExample>();
        var ratings = new List<LabelledExample>();
        int documents = 0, unmatched = 0;
        foreach (var (goldPath, documentPath) in CorpusEvaluator.FindPairs(root))
        {
            if (documentPath is null)
            {
                continue;
            }

            var gold = GoldRecord.Read(goldPath);
            extractor.Extract(File.ReadAllBytes(documentPath), documentPath);
            var context = capture.Context!;
            var sentences = SentencesOf(context);
            documents++;
            var youth = IsYouth(gold, context.Document);
            var many = FindingInput.ReportsOnManyServices(context);
            var used = new Dictionary<string, int>(StringComparer.Ordinal);
            var printed = StandardLabels.PrintedAnswers(context.Ratings);

            for (var i = 0; i < gold.Record.CaseRatios.Count; i++)
            {
                var ratio = gold.Record.CaseRatios[i];
                var evidence = ratio.Evidence?.Text;
                var label = LabelFor(ratio.Standard, gold, youth, context.DocumentFramework);
                if (string.IsNullOrWhiteSpace(evidence) || label is null)
                {
                    continue;
                }

                // The same evidence twice ("89%" in two rows of a table) is the next place it stands, in the gold's order.
                var key = Fold(evidence);
                var at = FindFrom(sentences, evidence, used.TryGetValue(key, out var last) ? last + 1 : 0);
                if (at < 0)
                {
                    unmatched++;
                    continue;
                }

                used[key] = at;
                var s = sentences[at];
                var offset = RatioOffset(s.Text, OffsetOf(s, evidence), evidence.Trim().Length, ratio);
                if (AskedQuestion(sentences, at, offset) is { } question)
                {
                    // "Does planning focus on …?  78%": the extractor reads the answer with its question.
                    (s, offset) = (question, question.Text.Length);
                }

                var input = FindingInput.For(s.Text, offset, s.Heading, s.Kind.ToString(), many, FindingInput.Surroundings(context.Document.Blocks, s.Block, s.LocalStart, offset));
                var concept = ConceptLabelFor(label, gold);
                standards.Add(new LabelledExample(input, concept ?? label)
                {
                    Group = goldPath,
                    Scope = label == NoStandard ? context.DocumentFramework?.Id ?? string.Empty : null,
                    Answer = concept is null ? null : label,
                    Printed = printed.Count > 0 ? printed : null,
                });
            }

            for (var i = 0; i < gold.Record.Quotes.Count; i++)
            {
                if (gold.OptionalQuotes.Contains(i))
                {
                    continue;
                }

                var text = gold.Record.Quotes[i].Text;
                var first = text.Split("\n\n")[0];
                var opening = first.Length > 60 ? first[..60] : first;
                if (Find(sentences, opening) is { } s)
                {
                    quotes.Add(new LabelledExample(QuotationInput.For(text, s.BlockText), "inspectorate") { Group = goldPath });
                }
                else
                {
                    unmatched++;
                }
            }

            for (var i = 0; i < gold.Record.Ratings.Count; i++)
            {
                var rating = gold.Record.Ratings[i];
                if (gold.OptionalRatings.Contains(i))
                {
                    continue;
                }

                var match = sentences.FirstOrDefault(s => s.Kind is not (BlockKind.TableRow or BlockKind.Heading)
                    && Contains(s.Text, rating.Value)
                    && (rating.Label is { Length: > 0 } l ? Contains(s.Text, l) : Contains(s.Text, rating.Area)));
                if (match is not null)
                {
                    ratings.Add(new LabelledExample(new ClassifierInput(match.Text, match.Heading, match.Kind.ToString()), "area-grade") { Group = goldPath });
                }
            }
        }

        return new CorpusExamples(documents, Distinct(standards), Distinct(quotes), Distinct(ratings), unmatched);
    }

    /// <summary>Keeps the context of the last document extracted (the last stage of a pipeline read for training).</summary>
    private sealed class ContextCapture : IRecordExtractor
    {
        public ExtractionContext? Context { get; private set; }

        public void Extract(ReportDocument document, ExtractionContext context) => Context = context;
    }

    /// <summary>
    /// The label a finding of a standard taken as printed is trained on: what the standard is, by the name the gold's
    /// own rating of it prints (a PDU report of 2024 prints "2.1 Assessment"; the catalogue's 2.1 is court work), else by
    /// the catalogue's name for its id; null for any other label.
    /// </summary>
    private static string? ConceptLabelFor(string label, GoldRecord gold)
    {
        var at = label.IndexOf('/', StringComparison.Ordinal);
        if (at <= 0 || FrameworkCatalog.Default.Find(label[..at]) is not { } framework)
        {
            return null;
        }

        var id = label[(at + 1)..];
        var printed = gold.Record.Ratings.FirstOrDefault(r => r.Framework == framework.Id && r.Standard == id && r.Label is { Length: > 0 })?.Label;
        return StandardLabels.ConceptLabel(framework, id, printed);
    }

    private static string? LabelFor(string? standard, GoldRecord gold, bool youth, Framework? documentFramework)
    {
        if (string.IsNullOrWhiteSpace(standard))
        {
            return NoStandard;
        }

        // A Short Quality Screening letter has four sections, each evidenced by the FJI standard of that slug: the
        // extractor asks such a document among those four alone.
        if (documentFramework?.Id == SqsFramework && documentFramework.FindStandard(standard) is not null)
        {
            return SqsFramework + "/" + standard;
        }

        if (FjiStandards.Contains(standard))
        {
            return "hmip-youth-fji/" + standard;
        }

        if (CciStandards.Contains(standard))
        {
            return "hmip-youth-cci/" + standard;
        }

        if (standard.Length is 3 && char.IsDigit(standard[0]) && standard[1] == '.' && char.IsDigit(standard[2]))
        {
            // The numbering is the framework's: the document's own rated HMIP framework where it has one (PDU reports number differently).
            var framework = gold.Record.Ratings.Select(r => r.Framework)
                .FirstOrDefault(f => f.StartsWith("hmip-youth-20", StringComparison.Ordinal) || f.StartsWith("hmip-probation-", StringComparison.Ordinal));
            return (framework ?? (youth ? "hmip-youth-2018" : "hmip-probation-2018")) + "/" + standard;
        }

        // A slug of another HMIP framework (the 2025 youth standards, taken as printed): the document's own.
        var own = gold.Record.Ratings.Select(r => r.Framework).FirstOrDefault(f => f.StartsWith("hmip-", StringComparison.Ordinal));
        return own is null ? null : own + "/" + standard;
    }

    private static bool IsYouth(GoldRecord gold, ReportDocument document)
    {
        if (gold.Record.Ratings.Any(r => r.Framework.StartsWith("hmip-youth", StringComparison.Ordinal)))
        {
            return true;
        }

        return document.Text.Contains("youth", StringComparison.OrdinalIgnoreCase) || document.Text.Contains("young people", StringComparison.OrdinalIgnoreCase);
    }

    private sealed record Located(string Text, string? Heading, BlockKind Kind, string BlockText, string Folded, int Block, int LocalStart);

    /// <summary>The extractor's sentences of the document, each with its section heading (none for a heading itself).</summary>
    private static List<Located> SentencesOf(ExtractionContext context) =>
        context.Analysis.Sentences.Select(s => new Located(
            s.Text,
            s.Block.Kind == BlockKind.Heading || s.HeadingIndex < 0 ? null : context.Document.Blocks[s.HeadingIndex].Text,
            s.Block.Kind,
            s.Block.Text,
            Fold(s.Text),
            s.BlockIndex,
            s.LocalStart)).ToList();

    /// <summary>The first sentence holding <paramref name="evidence"/>, else the first holding its opening words.</summary>
    private static Located? Find(List<Located> sentences, string evidence) => FindFrom(sentences, evidence, 0) is var at and >= 0 ? sentences[at] : null;

    /// <summary>
    /// The index of the first sentence from <paramref name="from"/> on (else from the start) holding
    /// <paramref name="evidence"/>, else holding its opening words; −1 where none does.
    /// </summary>
    private static int FindFrom(List<Located> sentences, string evidence, int from)
    {
        var folded = Fold(evidence);
        if (folded.Length == 0)
        {
            return -1;
        }

        var words = folded.Split(' ');
        var opening = string.Join(' ', words.Take(Math.Min(words.Length, 6)));
        foreach (var (needle, ok) in new[] { (folded, true), (opening, words.Length >= 3) })
        {
            if (!ok)
            {
                continue;
            }

            foreach (var start in from > 0 ? new[] { from, 0 } : [0])
            {
                for (var i = start; i < sentences.Count; i++)
                {
                    if (sentences[i].Folded.Contains(needle, StringComparison.Ordinal))
                    {
                        return i;
                    }
                }
            }
        }

        return -1;
    }

    /// <summary>
    /// The question a table row's answer stands after ("Does assessment … safe?    89%"), where the finding at
    /// <paramref name="offset"/> is that answer alone (no word before it in its sentence) and the sentence before it in
    /// the same block asks a question: the extractor reads the answer with its question. Else null.
    /// </summary>
    private static Located? AskedQuestion(List<Located> sentences, int at, int offset)
    {
        var s = sentences[at];
        if (at == 0 || s.Text[..Math.Min(offset, s.Text.Length)].Any(char.IsLetter))
        {
            return null;
        }

        var before = sentences[at - 1];
        return before.Block == s.Block && before.Text.TrimEnd().EndsWith('?') ? before : null;
    }

    /// <summary>Where <paramref name="evidence"/> starts in the sentence (as the extractor's offset of a finding), else where its opening words do, else 0.</summary>
    private static int OffsetOf(Located sentence, string evidence)
    {
        var trimmed = evidence.Trim();
        var at = sentence.Text.IndexOf(trimmed, StringComparison.OrdinalIgnoreCase);
        if (at >= 0)
        {
            return at;
        }

        // Quotation marks and white space differ: the folded text's offset is near enough (folding only removes).
        var folded = Fold(trimmed);
        at = sentence.Folded.IndexOf(folded, StringComparison.Ordinal);
        if (at < 0)
        {
            var words = folded.Split(' ');
            at = sentence.Folded.IndexOf(string.Join(' ', words.Take(Math.Min(words.Length, 6))), StringComparison.Ordinal);
        }

        return Math.Max(at, 0);
    }

    /// <summary>
    /// Where the ratio itself stands in the evidence at <paramref name="start"/> (<paramref name="length"/> long): an
    /// evidence sentence often states several findings ("assessment was sufficient in 15 and planning in 14; delivery
    /// was good in 14 of the 18"), and the extractor reads each at its own number. Its counts ("14 of the 18"), else its
    /// percentage ("62%", "62 per cent"), else its numerator where that stands once, in digits or else in words ("thirteen
    /// of the fifteen"); else <paramref name="start"/>.
    /// </summary>
    private static int RatioOffset(string sentence, int start, int length, CaseRatio ratio)
    {
        var span = sentence[start..Math.Min(sentence.Length, start + length)];
        var c = System.Globalization.CultureInfo.InvariantCulture;
        var patterns = new List<string>();
        if (ratio is { Numerator: { } n, Denominator: { } d })
        {
            patterns.Add(string.Format(c, @"\b{0}\s*(?:/|(?:out\s+)?of\s+(?:the\s+|these\s+|all\s+)?(?:[a-z\-]+\s+){{0,3}}?){1}\b", n, d));
        }

        if (ratio.Percent is { } p)
        {
            patterns.Add(string.Format(c, @"\b{0}(?:\s*%|\s+per\s*cent)", System.Text.RegularExpressions.Regex.Escape(p.ToString(c))));
        }

        foreach (var pattern in patterns)
        {
            var m = System.Text.RegularExpressions.Regex.Match(span, pattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase);
            if (m.Success)
            {
                return start + m.Index;
            }
        }

        if (ratio.Numerator is { } only)
        {
            var all = System.Text.RegularExpressions.Regex.Matches(span, string.Format(c, @"(?<![\d.,]){0}(?![\d.,]\d)", only));
            if (all.Count == 1)
            {
                return start + all[0].Index;
            }

            // Counts in words ("thirteen of the fifteen cases and planning in twelve", "six cases out of ten"): the
            // numerator followed closely by its denominator, else the numerator where it stands once.
            var numbers = SpelledNumbers().Matches(span)
                .Select(m => (m.Index, Value: NumberWords.TryParse(m.Value, out var v) ? v : -1))
                .ToList();
            var counted = numbers.Where(x => x.Value == only).ToList();
            foreach (var (at, _) in counted)
            {
                if (ratio.Denominator is { } of && numbers.Any(x => x.Value == of && x.Index > at && x.Index - at <= 40))
                {
                    return start + at;
                }
            }

            if (counted.Count == 1)
            {
                return start + counted[0].Index;
            }
        }

        return start;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b" + NumberWords.Pattern + @"\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SpelledNumbers();

    private static bool Contains(string text, string part) => Fold(text).Contains(Fold(part), StringComparison.Ordinal);

    /// <summary>Lower case, quotation marks and asterisks dropped, white space folded.</summary>
    private static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (c is '"' or '“' or '”' or '‘' or '*')
            {
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c == '’' ? '\'' : char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    private static List<LabelledExample> Distinct(List<LabelledExample> examples) =>
        examples.DistinctBy(e => (e.Label, e.Input.Text, e.Input.Heading, e.Input.Context)).ToList();
}
