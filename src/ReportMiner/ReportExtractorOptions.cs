using ReportMiner.Classification;

namespace ReportMiner;

/// <summary>Options of a <see cref="ReportExtractor"/>. Immutable; change with <c>with</c>.</summary>
/// <example><code>var options = ReportExtractorOptions.Default with { MaxDegreeOfParallelism = 4 };</code></example>
public sealed record ReportExtractorOptions
{
    /// <summary>The defaults: all cores, the shipped classifiers, no password, 256 MiB file limit.</summary>
    public static ReportExtractorOptions Default { get; } = new();

    /// <summary>How many documents <see cref="ReportExtractor.ExtractAllAsync"/> reads at once. Default: the number of cores.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Whether the trained classifiers assist the rules. Default: true. False runs the rules alone.</summary>
    public bool UseClassifiers { get; init; } = true;

    /// <summary>Classifiers to use instead of the shipped ones (null: the shipped ones).</summary>
    public ClassifierSet? Classifiers { get; init; }

    /// <summary>The password for encrypted PDFs. Default: none (the empty user password is always tried).</summary>
    public string? PdfPassword { get; init; }

    /// <summary>Files larger than this are refused with an error rather than read. Default: 256 MiB.</summary>
    public long MaxFileBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>The longest one document may take before it becomes an error. Default: 60 seconds.</summary>
    public TimeSpan PerDocumentTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
