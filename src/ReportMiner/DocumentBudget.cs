using System.Globalization;

namespace ReportMiner;

/// <summary>
/// What reading one document may spend: a cancellation token (the per-document timeout, or the caller's) and an
/// allowance of allocated bytes, counted on the thread that reads the document from the moment the budget is
/// started. Loaders and extractors call <see cref="ThrowIfExceeded"/> in their long loops (the PDF reader checks its
/// own share every few thousand operators), so a document over its budget stops within moments instead of running
/// on in the background. Counting allocation rather than memory held makes the check cheap and independent of when
/// the garbage collector runs; a 40-page report allocates about 20 MB.
/// </summary>
/// <remarks>Use a budget on the thread that started it; the document is read synchronously, so it stays there.</remarks>
public sealed class DocumentBudget
{
    private readonly long _start;

    private DocumentBudget(string? source, long maxAllocatedBytes, CancellationToken cancellationToken)
    {
        Source = source;
        MaxAllocatedBytes = maxAllocatedBytes;
        CancellationToken = cancellationToken;
        _start = GC.GetAllocatedBytesForCurrentThread();
    }

    /// <summary>No limit and no cancellation.</summary>
    public static DocumentBudget Unlimited { get; } = new(null, long.MaxValue, CancellationToken.None);

    /// <summary>The document the budget is for (named in the error), if known.</summary>
    public string? Source { get; }

    /// <summary>The most bytes reading the document may allocate.</summary>
    public long MaxAllocatedBytes { get; }

    /// <summary>Cancels the reading of the document.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The bytes allocated on this thread since the budget was started.</summary>
    public long AllocatedBytes => GC.GetAllocatedBytesForCurrentThread() - _start;

    /// <summary>The bytes still allowed (never negative; <see cref="long.MaxValue"/> without a limit).</summary>
    public long RemainingBytes => MaxAllocatedBytes == long.MaxValue ? long.MaxValue : Math.Max(0, MaxAllocatedBytes - AllocatedBytes);

    /// <summary>Starts a budget for <paramref name="source"/> on the calling thread.</summary>
    /// <param name="source">The document, named in the error.</param>
    /// <param name="maxAllocatedBytes">The most bytes reading it may allocate.</param>
    /// <param name="cancellationToken">Cancels the reading (a timeout, or the caller giving up).</param>
    public static DocumentBudget Start(string? source, long maxAllocatedBytes, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxAllocatedBytes);
        return new DocumentBudget(source, maxAllocatedBytes, cancellationToken);
    }

    /// <summary>Throws when the reading is cancelled or has allocated more than it may; otherwise returns at once.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="DocumentLimitException">More than <see cref="MaxAllocatedBytes"/> were allocated.</exception>
    public void ThrowIfExceeded()
    {
        CancellationToken.ThrowIfCancellationRequested();
        if (MaxAllocatedBytes != long.MaxValue && AllocatedBytes > MaxAllocatedBytes)
        {
            throw OverLimit();
        }
    }

    /// <summary>The error for a document that allocated more than <see cref="MaxAllocatedBytes"/>.</summary>
    public DocumentLimitException OverLimit(Exception? innerException = null) => new(
        string.Create(CultureInfo.InvariantCulture, $"reading the document allocated more than {MaxAllocatedBytes / (1024 * 1024):N0} MiB (ReportExtractorOptions.MaxMemoryPerDocument, --max-memory-mb); it was stopped there"),
        Source,
        innerException);
}
