using ReportMiner.Records;

namespace ReportMiner.Export;

/// <summary>Writes records to a destination in one format. Exporters see only records, never documents or files read.</summary>
public interface IRecordExporter
{
    /// <summary>The format's name (<c>jsonl</c>, <c>csv</c>).</summary>
    string Format { get; }

    /// <summary>Writes <paramref name="records"/> to <paramref name="destination"/> as they come.</summary>
    Task WriteAsync(IAsyncEnumerable<ReportRecord> records, Stream destination, CancellationToken cancellationToken = default);
}
