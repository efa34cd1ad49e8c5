using ReportMiner.Records;

namespace ReportMiner;

/// <summary>
/// The outcome of reading one input in a bulk run: its record, or the failure that names why it could not be
/// read. Every input gives exactly one result.
/// </summary>
public sealed record ExtractionResult
{
    /// <summary>The input's path.</summary>
    public required string Source { get; init; }

    /// <summary>The record, when the document was read.</summary>
    public ReportRecord? Record { get; init; }

    /// <summary>The failure, when it was not.</summary>
    public ExtractionFailure? Failure { get; init; }

    /// <summary>Whether the document was read.</summary>
    public bool Succeeded => Record is not null;

    /// <summary>A successful result.</summary>
    public static ExtractionResult Success(ReportRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new() { Source = record.Source, Record = record };
    }

    /// <summary>A failed result.</summary>
    public static ExtractionResult Failed(string source, ExtractionFailure failure) => new() { Source = source, Failure = failure };
}

/// <summary>Why an input could not be read.</summary>
/// <param name="ErrorType">The exception type's name (<c>EncryptedDocumentException</c>).</param>
/// <param name="Message">What went wrong, naming the file.</param>
/// <param name="Stage">The stage that failed: <c>read</c> (the file system), <c>load</c>, <c>extract</c>, <c>timeout</c>.</param>
public sealed record ExtractionFailure(string ErrorType, string Message, string Stage);
