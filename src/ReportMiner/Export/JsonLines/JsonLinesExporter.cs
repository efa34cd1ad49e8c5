using System.Text.Encodings.Web;
using System.Text.Json;
using ReportMiner.Records;

namespace ReportMiner.Export.JsonLines;

/// <summary>Writes one record per line as JSON (JSON Lines), in the dataset format.</summary>
public sealed class JsonLinesExporter : IRecordExporter
{
    private static readonly byte[] NewLine = [(byte)'\n'];

    /// <summary>Creates an exporter; <paramref name="includeSpans"/> adds each item's character span.</summary>
    public JsonLinesExporter(bool includeSpans = false) => IncludeSpans = includeSpans;

    /// <summary>Whether each item's character span is written.</summary>
    public bool IncludeSpans { get; }

    /// <inheritdoc />
    public string Format => "jsonl";

    /// <inheritdoc />
    public async Task WriteAsync(IAsyncEnumerable<ReportRecord> records, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(destination);
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        await foreach (var record in records.WithCancellation(cancellationToken))
        {
            using (var writer = new Utf8JsonWriter(destination, options))
            {
                RecordJson.Write(writer, record, IncludeSpans);
            }

            await destination.WriteAsync(NewLine, cancellationToken);
        }

        await destination.FlushAsync(cancellationToken);
    }
}
