namespace ReportMiner.Evaluation;

/// <summary>The scores of an extraction against gold over a set of documents, as the dataset format's "Scoring" section defines them.</summary>
public sealed class EvaluationReport
{
    /// <summary>The names of the list fields, in report order.</summary>
    public static IReadOnlyList<string> ListFields { get; } = ["areas", "ratings", "case_ratios", "quotes"];

    /// <summary>The names of the document fields scored by accuracy.</summary>
    public static IReadOnlyList<string> DocumentFields { get; } = ["kind", "inspectorate", "published"];

    /// <summary>The number of documents scored.</summary>
    public int Documents { get; internal set; }

    /// <summary>Documents whose file could not be read (each counts every required gold entry as missed).</summary>
    public int Failures { get; internal set; }

    /// <summary>Gold files that could not be read, so that their documents were not scored (each named in <see cref="Differences"/>).</summary>
    public int InvalidGold { get; internal set; }

    /// <summary>Precision, recall and F1 counts per list field.</summary>
    public IReadOnlyDictionary<string, FieldScore> Fields { get; } = ListFields.ToDictionary(f => f, _ => new FieldScore());

    /// <summary>The share of matched ratings whose exact framework id agrees.</summary>
    public Agreement Framework { get; } = new();

    /// <summary>The share of matched case ratios whose standard agrees.</summary>
    public Agreement RatioStandard { get; } = new();

    /// <summary>The share of matched quotes whose speaker agrees.</summary>
    public Agreement QuoteSpeaker { get; } = new();

    /// <summary>Accuracy of each document field over documents whose gold states it.</summary>
    public IReadOnlyDictionary<string, Agreement> DocumentFieldAccuracy { get; } = DocumentFields.ToDictionary(f => f, _ => new Agreement());

    /// <summary>Gold grade × extracted grade counts over ratings matched on area, framework family and standard.</summary>
    public IDictionary<(string Gold, string Extracted), int> GradeConfusion { get; } = new Dictionary<(string, string), int>();

    /// <summary>Every difference, for verbose output.</summary>
    public IList<EvaluationDifference> Differences { get; } = [];

    /// <summary>Adds another report's counts to this one.</summary>
    public void Add(EvaluationReport other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Documents += other.Documents;
        Failures += other.Failures;
        InvalidGold += other.InvalidGold;
        foreach (var f in ListFields)
        {
            Fields[f].Add(other.Fields[f]);
        }

        Framework.Add(other.Framework);
        RatioStandard.Add(other.RatioStandard);
        QuoteSpeaker.Add(other.QuoteSpeaker);
        foreach (var f in DocumentFields)
        {
            DocumentFieldAccuracy[f].Add(other.DocumentFieldAccuracy[f]);
        }

        foreach (var (k, v) in other.GradeConfusion)
        {
            GradeConfusion[k] = GradeConfusion.TryGetValue(k, out var n) ? n + v : v;
        }

        foreach (var d in other.Differences)
        {
            Differences.Add(d);
        }
    }
}
