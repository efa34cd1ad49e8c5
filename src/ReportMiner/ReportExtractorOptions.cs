using ReportMiner.Classification;

namespace ReportMiner;

/// <summary>Options of a <see cref="ReportExtractor"/>. Immutable; change with <c>with</c>.</summary>
/// <example><code>var options = ReportExtractorOptions.Default with { MaxDegreeOfParallelism = 4 };</code></example>
public sealed record ReportExtractorOptions
{
    /// <summary>The defaults: all cores, the shipped classifiers, no password, a 256 MiB file limit, and 60 seconds and 1 GiB of allocation per document.</summary>
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

    /// <summary>
    /// The most memory reading one document may allocate (counted as allocation on the reading thread, so a decompression
    /// bomb or a page of millions of operators is stopped however soon the garbage collector would free it); past it the
    /// document becomes an error with stage <c>memory</c>. A 40-page report allocates about 20 MB. Default: 1 GiB.
    /// </summary>
    public long MaxMemoryPerDocument { get; init; } = 1024L * 1024 * 1024;
}
