namespace ReportMiner.Pdf.Parsing;

/// <summary>
/// What reading one file may spend: a cancellation token and an allowance of allocated bytes, counted on the
/// reading thread from the moment the file is opened. The loops that can run long on a hostile file (pages,
/// operators, inflation, object loading, the cross-reference scan) call <see cref="Check"/> every so often, so a
/// cancelled or over-budget read stops within moments instead of running on.
/// </summary>
internal sealed class ReadBudget
{
    private readonly long _start;

    public ReadBudget(long maxAllocatedBytes, CancellationToken cancellationToken)
    {
        MaxAllocatedBytes = maxAllocatedBytes;
        CancellationToken = cancellationToken;
        _start = GC.GetAllocatedBytesForCurrentThread();
    }

    /// <summary>No limit and no cancellation (for parts of the reader used on their own, as in tests).</summary>
    public static ReadBudget Unlimited { get; } = new(long.MaxValue, CancellationToken.None);

    /// <summary>The most bytes the read may allocate.</summary>
    public long MaxAllocatedBytes { get; }

    /// <summary>Cancels the read.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Throws when the read is cancelled or has allocated more than it may; otherwise returns at once.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="PdfLimitExceededException">The read allocated more than <see cref="MaxAllocatedBytes"/> on this thread.</exception>
    public void Check()
    {
        CancellationToken.ThrowIfCancellationRequested();
        if (MaxAllocatedBytes != long.MaxValue && GC.GetAllocatedBytesForCurrentThread() - _start > MaxAllocatedBytes)
        {
            throw new PdfLimitExceededException(
                $"Reading the file allocated more than {MaxAllocatedBytes:N0} bytes (PdfReadOptions.MaxAllocatedBytes); it was stopped there.");
        }
    }
}
