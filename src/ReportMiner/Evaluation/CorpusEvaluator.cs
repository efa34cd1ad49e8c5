namespace ReportMiner.Evaluation;

/// <summary>
/// Evaluates an extractor over a folder of documents with gold answers: every <c>NAME.gold.json</c> (searched
/// recursively) is paired with the document beside it (<c>NAME.pdf</c>, <c>.html</c>, <c>.htm</c> or
/// <c>.txt</c>), and the scores are kept per split (the first folder below the root: <c>dev</c>, <c>test</c>)
/// and overall.
/// </summary>
public sealed class CorpusEvaluator
{
    private static readonly string[] DocumentExtensions = [".pdf", ".html", ".htm", ".txt"];
    private readonly ReportExtractor _extractor;
    private readonly RecordScorer _scorer;

    /// <summary>Creates an evaluator for <paramref name="extractor"/>.</summary>
    public CorpusEvaluator(ReportExtractor extractor, RecordScorer? scorer = null)
    {
        _extractor = extractor ?? throw new ArgumentNullException(nameof(extractor));
        _scorer = scorer ?? new RecordScorer();
    }

    /// <summary>The (gold file, document file) pairs under <paramref name="root"/>, sorted by path.</summary>
    public static IReadOnlyList<(string Gold, string? Document)> FindPairs(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (File.Exists(root) && root.EndsWith(".gold.json", StringComparison.OrdinalIgnoreCase))
        {
            return [(root, DocumentFor(root))];
        }

        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"{root}: no such folder of gold files");
        }

        return Directory.EnumerateFiles(root, "*.gold.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(g => (g, DocumentFor(g)))
            .ToList();
    }

    /// <summary>Evaluates every document under <paramref name="root"/>.</summary>
    public async Task<CorpusEvaluation> EvaluateAsync(string root, CancellationToken cancellationToken = default)
    {
        var pairs = FindPairs(root);
        var overall = new EvaluationReport();
        var splits = new SortedDictionary<string, EvaluationReport>(StringComparer.Ordinal);
        var documents = pairs.Where(p => p.Document is not null).Select(p => p.Document!).ToList();
        var results = new Dictionary<string, ExtractionResult>(StringComparer.Ordinal);
        await foreach (var r in _extractor.ExtractAllAsync(documents, cancellationToken))
        {
            results[r.Source] = r;
        }

        foreach (var (goldPath, document) in pairs)
        {
            var name = Path.GetRelativePath(Directory.Exists(root) ? root : Path.GetDirectoryName(root) ?? ".", goldPath);
            var report = Score(goldPath, name, document is null ? null : results.GetValueOrDefault(document), document is not null);

            overall.Add(report);
            var split = SplitOf(name);
            if (!splits.TryGetValue(split, out var s))
            {
                splits[split] = s = new EvaluationReport();
            }

            s.Add(report);
        }

        return new CorpusEvaluation(overall, splits);
    }

    /// <summary>
    /// Scores one document against its gold file; a gold file that cannot be read is counted and named, not scored,
    /// so that one bad file does not stop the evaluation of the rest.
    /// </summary>
    private EvaluationReport Score(string goldPath, string name, ExtractionResult? result, bool documentFound)
    {
        GoldRecord gold;
        try
        {
            gold = GoldRecord.Read(goldPath);
        }
        catch (ReportMinerException e)
        {
            var invalid = new EvaluationReport { InvalidGold = 1 };
            invalid.Differences.Add(new EvaluationDifference(name, "gold", "invalid", e.Message));
            return invalid;
        }

        var report = _scorer.Score(gold, result?.Record, name);
        if (!documentFound || result?.Failure is not null)
        {
            report.Differences.Add(new EvaluationDifference(name, "document", "failed", result?.Failure?.Message ?? "no document beside the gold file"));
        }

        return report;
    }

    private static string SplitOf(string relative)
    {
        var parts = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return parts.Length > 1 ? parts[0] : "(root)";
    }

    private static string? DocumentFor(string goldPath)
    {
        var stem = goldPath[..^".gold.json".Length];
        return DocumentExtensions.Select(e => stem + e).FirstOrDefault(File.Exists);
    }
}

/// <summary>The scores of a corpus: overall and per split.</summary>
/// <param name="Overall">All documents together.</param>
/// <param name="Splits">Per split (first folder below the root).</param>
public sealed record CorpusEvaluation(EvaluationReport Overall, IReadOnlyDictionary<string, EvaluationReport> Splits);
