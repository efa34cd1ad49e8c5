using CsvHelper;

namespace ReportMiner.Export.Csv;

/// <summary>
/// Writes the tidy CSV tables (<see cref="CsvTables.TidyNames"/>) row by row as results arrive, one open writer
/// per table, so a bulk run never holds its records. The bytes are those of <see cref="CsvTables.Write"/> over
/// the same results. <c>ratings_wide</c> is not written here: its columns are known only at the end, so build it
/// afterwards from the ratings table with <see cref="CsvTables.WriteWideFromRatings"/>. Not thread-safe.
/// </summary>
public sealed class CsvTablesWriter : IDisposable
{
    private readonly List<(string Table, TextWriter Writer, CsvWriter Csv)> _tables = [];

    /// <summary>Creates a writer and writes each table's header.</summary>
    /// <param name="open">Opens the destination of a table, or returns null to leave that table out. The writers are disposed with this one.</param>
    public CsvTablesWriter(Func<string, TextWriter?> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        foreach (var table in CsvTables.TidyNames)
        {
            if (open(table) is not { } writer)
            {
                continue;
            }

            var csv = CsvWriter.Create(writer, CsvTables.WriterOptions, true);
            csv.WriteHeader(CsvTables.Headers[table]);
            _tables.Add((table, writer, csv));
        }
    }

    /// <summary>The tables written.</summary>
    public IEnumerable<string> Tables => _tables.Select(t => t.Table);

    /// <summary>Writes the rows of <paramref name="result"/> to every table.</summary>
    public void Write(ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var (table, _, csv) in _tables)
        {
            CsvTables.WriteRows(table, result, csv);
        }
    }

    /// <summary>Flushes every table to its destination.</summary>
    public void Flush()
    {
        foreach (var (_, writer, csv) in _tables)
        {
            csv.Flush();
            writer.Flush();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var (_, writer, csv) in _tables)
        {
            csv.Flush();
            csv.Dispose();
            writer.Dispose();
        }

        _tables.Clear();
    }
}
