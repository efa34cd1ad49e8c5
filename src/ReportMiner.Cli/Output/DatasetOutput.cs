using System.Text;
using ReportMiner.Export.Csv;
using ReportMiner.Export.JsonLines;

namespace ReportMiner.Cli.Output;

/// <summary>
/// Where and how <c>extract</c> writes, streaming: every result goes out as it arrives, one open writer per table.
/// <list type="bullet">
/// <item>no <c>--out</c>: JSON Lines records on standard output (failures on standard error), or with
/// <c>--format csv</c> the ratings table;</item>
/// <item><c>--out NAME.jsonl</c>: records there, failures in <c>NAME.errors.jsonl</c>;</item>
/// <item><c>--out NAME.csv</c>: the ratings table there, the others beside it as <c>NAME.&lt;table&gt;.csv</c>;</item>
/// <item><c>--out DIR</c> (anything else): <c>DIR/&lt;table&gt;.csv</c> (csv), <c>DIR/records.jsonl</c> and
/// <c>DIR/errors.jsonl</c> (jsonl), or all of them (<c>--format all</c>).</item>
/// </list>
/// <c>ratings_wide</c> is written last, in a second pass over the ratings table just written (its columns are known
/// only at the end), so memory stays bounded whatever the number of documents.
/// </summary>
internal sealed class DatasetOutput : IDisposable
{
    /// <summary>The JSON Lines file of records in an output folder.</summary>
    public const string RecordsFile = "records.jsonl";

    /// <summary>The JSON Lines file of failures in an output folder.</summary>
    public const string ErrorsFile = "errors.jsonl";

    private readonly Encoding _csvEncoding;
    private readonly Func<string, string>? _tablePath;
    private CsvTablesWriter? _csv;
    private JsonLinesWriter? _records;
    private JsonLinesWriter? _errors;

    private DatasetOutput(Encoding csvEncoding, Func<string, string>? tablePath, string? folder)
    {
        _csvEncoding = csvEncoding;
        _tablePath = tablePath;
        Folder = folder;
    }

    /// <summary>The output folder, when <c>--out</c> names one.</summary>
    public string? Folder { get; }

    /// <summary>Whether failures have no file of their own and should be printed on standard error.</summary>
    public bool FailuresToStandardError => _errors is null && !(_csv?.Tables.Contains("errors") ?? false);

    /// <summary>Whether <paramref name="outPath"/> names a folder (anything not ending in <c>.csv</c> or <c>.jsonl</c>).</summary>
    public static bool IsFolder(string? outPath) =>
        outPath is not null && !outPath.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && !outPath.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);

    /// <summary>The format when <c>--format</c> is not given: jsonl to standard output or a <c>.jsonl</c> file, csv otherwise.</summary>
    public static string DefaultFormat(string? outPath) =>
        outPath is null || outPath.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) ? "jsonl" : "csv";

    /// <summary>Opens the destinations.</summary>
    /// <exception cref="ArgumentException">The format and destination do not go together (<c>--format all</c> needs a folder).</exception>
    public static DatasetOutput Open(string format, string? outPath, TextWriter stdout, bool spans, bool excel)
    {
        var csvEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: excel);
        var folder = IsFolder(outPath) ? outPath : null;
        if (format == "all" && folder is null)
        {
            throw new ArgumentException("--format all writes CSV tables and JSON Lines side by side: give a folder with --out");
        }

        var csv = format is "csv" or "all";
        var jsonl = format is "jsonl" or "all";
        Func<string, string>? tablePath = null;
        if (csv && outPath is not null)
        {
            tablePath = folder is not null
                ? table => Path.Combine(folder, table + ".csv")
                : outPath.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
                    ? table => table == "ratings" ? outPath : outPath[..^4] + "." + table + ".csv"
                    : table => outPath + "." + table + ".csv";
        }

        var output = new DatasetOutput(csvEncoding, tablePath, folder);
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        if (csv)
        {
            output._csv = outPath is null
                ? new CsvTablesWriter(table => table == "ratings" ? new NonClosingWriter(stdout) : null)
                : new CsvTablesWriter(table => Create(tablePath!(table), csvEncoding));
        }

        if (jsonl)
        {
            if (outPath is null)
            {
                output._records = new JsonLinesWriter(stdout, spans, leaveOpen: true);
            }
            else
            {
                var records = folder is not null ? Path.Combine(folder, RecordsFile) : outPath;
                var errors = folder is not null ? Path.Combine(folder, ErrorsFile)
                    : outPath.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) ? outPath[..^".jsonl".Length] + ".errors.jsonl"
                    : outPath + ".errors.jsonl";
                output._records = new JsonLinesWriter(CreateStream(records), spans);
                output._errors = new JsonLinesWriter(CreateStream(errors), spans);
            }
        }

        return output;
    }

    /// <summary>Writes one result to every destination.</summary>
    public void Write(ExtractionResult result)
    {
        _csv?.Write(result);
        if (result.Record is { } record)
        {
            _records?.WriteRecord(record);
        }
        else
        {
            _errors?.WriteFailure(result.Source, result.Failure!);
        }
    }

    /// <summary>Closes the tables and builds <c>ratings_wide</c> from the ratings table.</summary>
    public void Complete()
    {
        _csv?.Dispose();
        _records?.Dispose();
        _errors?.Dispose();
        if (_csv is not null && _tablePath is not null)
        {
            var ratings = _tablePath("ratings");
            using var wide = Create(_tablePath("ratings_wide"), _csvEncoding);
            CsvTables.WriteWideFromRatings(() => new StreamReader(ratings, Encoding.UTF8, detectEncodingFromByteOrderMarks: true), wide);
        }

        _csv = null;
        _records = null;
        _errors = null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _csv?.Dispose();
        _records?.Dispose();
        _errors?.Dispose();
    }

    /// <summary>A UTF-8 text file, its folder created.</summary>
    internal static StreamWriter Create(string path, Encoding encoding) => new(CreateStream(path), encoding, 65536);

    private static FileStream CreateStream(string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null)
        {
            Directory.CreateDirectory(dir);
        }

        return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 65536);
    }

    /// <summary>Standard output, left open when a table writer is disposed.</summary>
    private sealed class NonClosingWriter(TextWriter inner) : TextWriter
    {
        public override Encoding Encoding => inner.Encoding;

        public override void Write(char value) => inner.Write(value);

        public override void Write(char[] buffer, int index, int count) => inner.Write(buffer, index, count);

        public override void Write(ReadOnlySpan<char> buffer) => inner.Write(buffer);

        public override void Write(string? value) => inner.Write(value);

        public override void Flush() => inner.Flush();

        protected override void Dispose(bool disposing)
        {
            inner.Flush();
            base.Dispose(disposing);
        }
    }
}
