using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportMiner.Records;

namespace ReportMiner.Export.JsonLines;

/// <summary>
/// Writes JSON Lines one line at a time as results arrive, so a bulk run never holds its records: a record per
/// line in the dataset format (<see cref="RecordJson"/>), or an error object per line
/// (<c>{"source", "error_type", "message", "stage"}</c>, the columns of the <c>errors</c> table). Not thread-safe.
/// </summary>
public sealed class JsonLinesWriter : IDisposable
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Stream? _stream;
    private readonly TextWriter? _text;
    private readonly bool _leaveOpen;
    private readonly MemoryStream _line = new();
    private readonly Utf8JsonWriter _json;

    /// <summary>Creates a writer to a stream of UTF-8 bytes.</summary>
    /// <param name="destination">The stream.</param>
    /// <param name="includeSpans">Whether records carry each item's character span.</param>
    /// <param name="leaveOpen">Whether <paramref name="destination"/> stays open when the writer is disposed.</param>
    public JsonLinesWriter(Stream destination, bool includeSpans = false, bool leaveOpen = false)
        : this(includeSpans, leaveOpen)
    {
        ArgumentNullException.ThrowIfNull(destination);
        _stream = destination;
    }

    /// <summary>Creates a writer to a text writer (standard output).</summary>
    /// <param name="destination">The text writer.</param>
    /// <param name="includeSpans">Whether records carry each item's character span.</param>
    /// <param name="leaveOpen">Whether <paramref name="destination"/> stays open when the writer is disposed.</param>
    public JsonLinesWriter(TextWriter destination, bool includeSpans = false, bool leaveOpen = false)
        : this(includeSpans, leaveOpen)
    {
        ArgumentNullException.ThrowIfNull(destination);
        _text = destination;
    }

    private JsonLinesWriter(bool includeSpans, bool leaveOpen)
    {
        IncludeSpans = includeSpans;
        _leaveOpen = leaveOpen;
        _json = new Utf8JsonWriter(_line, WriterOptions);
    }

    /// <summary>Whether records carry each item's character span.</summary>
    public bool IncludeSpans { get; }

    /// <summary>How many lines have been written.</summary>
    public long Count { get; private set; }

    /// <summary>Writes <paramref name="record"/> as one line.</summary>
    public void WriteRecord(ReportRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        RecordJson.Write(_json, record, IncludeSpans);
        EndLine();
    }

    /// <summary>Writes the failure of <paramref name="source"/> as one line.</summary>
    public void WriteFailure(string source, ExtractionFailure failure)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(failure);
        _json.WriteStartObject();
        _json.WriteString("source", source);
        _json.WriteString("error_type", failure.ErrorType);
        _json.WriteString("message", failure.Message);
        _json.WriteString("stage", failure.Stage);
        _json.WriteEndObject();
        EndLine();
    }

    /// <summary>Flushes the destination.</summary>
    public void Flush()
    {
        _stream?.Flush();
        _text?.Flush();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Flush();
        _json.Dispose();
        _line.Dispose();
        if (!_leaveOpen)
        {
            _stream?.Dispose();
            _text?.Dispose();
        }
    }

    private void EndLine()
    {
        _json.Flush();
        _line.WriteByte((byte)'\n');
        var bytes = new ReadOnlySpan<byte>(_line.GetBuffer(), 0, (int)_line.Length);
        if (_stream is not null)
        {
            _stream.Write(bytes);
        }
        else
        {
            _text!.Write(Encoding.UTF8.GetString(bytes));
        }

        _line.SetLength(0);
        _json.Reset();
        Count++;
    }
}
