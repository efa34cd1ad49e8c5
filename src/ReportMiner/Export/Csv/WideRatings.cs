using CsvHelper;
using ReportMiner.Frameworks;

namespace ReportMiner.Export.Csv;

/// <summary>
/// The <c>ratings_wide</c> table: one row per document, area and year, one column per framework standard
/// (<c>hmip-youth-2018 2.1</c>), so standards that share a label (court and out-of-court "Assessment") never share
/// a column. Columns are ordered by framework, then by standard as the framework lists them.
/// </summary>
internal static class WideRatings
{
    private const string InjectionCharacters = "=@+-\t\r";

    public static void Write(IReadOnlyCollection<ExtractionResult> results, CsvWriter csv)
    {
        var ratings = results.Where(r => r.Record is not null)
            .SelectMany(r => r.Record!.Ratings.Select(x => new WideCell(r.Record!.Source, x.Area, Year(x.Year), x.Framework, x.Standard, x.Value)))
            .Where(x => x.Standard is not null);
        var rows = new RowBuilder(csv);
        rows.Begin(Columns(ratings.Select(x => (x.Framework, x.Standard!))));
        foreach (var cell in ratings)
        {
            rows.Add(cell);
        }

        rows.End();
    }

    /// <summary>The same table from a tidy ratings table, in two passes (columns, then rows), one document in memory.</summary>
    public static void WriteFromTidy(Func<TextReader> openRatings, CsvWriter csv)
    {
        var rows = new RowBuilder(csv);
        rows.Begin(Columns(ReadTidy(openRatings).Select(x => (x.Framework, x.Standard!))));
        foreach (var cell in ReadTidy(openRatings))
        {
            rows.Add(cell);
        }

        rows.End();
    }

    /// <summary>
    /// Undoes CsvHelper's formula escaping (<c>'=x</c> back to <c>=x</c>) so that writing the value again gives
    /// the bytes first written. A value that truly began with an apostrophe and then <c>= + - @</c> would be read
    /// as escaped; areas, frameworks, standards and grades never do.
    /// </summary>
    internal static string Unescape(string value) =>
        value.Length >= 2 && value[0] == '\'' && InjectionCharacters.Contains(value[1], StringComparison.Ordinal) ? value[1..] : value;

    private static IEnumerable<WideCell> ReadTidy(Func<TextReader> openRatings)
    {
        using var text = openRatings();
        using var reader = CsvReader.Create(text, CsvTables.ReaderOptions, false);
        int source = -1, area = -1, framework = -1, standard = -1, rating = -1, year = -1;
        while (reader.Read())
        {
            if (source < 0)
            {
                source = reader.GetFieldIndex("source");
                area = reader.GetFieldIndex("area");
                framework = reader.GetFieldIndex("framework");
                standard = reader.GetFieldIndex("standard");
                rating = reader.GetFieldIndex("rating");
                year = reader.GetFieldIndex("year");
            }

            var std = reader.GetString(standard);
            if (std.Length == 0)
            {
                continue;
            }

            var y = reader.GetString(year);
            yield return new WideCell(
                Unescape(reader.GetString(source)),
                Unescape(reader.GetString(area)),
                y.Length == 0 ? null : Unescape(y),
                Unescape(reader.GetString(framework)),
                Unescape(std),
                Unescape(reader.GetString(rating)));
        }
    }

    private static List<(string Framework, string Standard)> Columns(IEnumerable<(string Framework, string Standard)> pairs)
    {
        var catalog = FrameworkCatalog.Default;
        return pairs.Distinct()
            .OrderBy(c => c.Framework, StringComparer.Ordinal)
            .ThenBy(c => StandardOrder(catalog, c.Framework, c.Standard))
            .ThenBy(c => c.Standard, StringComparer.Ordinal)
            .ToList();
    }

    private static string? Year(int? year) => year?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static int StandardOrder(FrameworkCatalog catalog, string framework, string standard)
    {
        var f = catalog.Find(framework);
        if (f is null)
        {
            return int.MaxValue;
        }

        var index = f.Standards.ToList().FindIndex(s => s.Id == standard);
        return index < 0 ? int.MaxValue : index;
    }

    private sealed record WideCell(string Source, string Area, string? Year, string Framework, string? Standard, string Value);

    /// <summary>
    /// Gathers the cells of one document at a time, in order of first appearance of each (area, year), and writes
    /// its rows when the next document begins: a document's ratings are consecutive in both sources of cells.
    /// </summary>
    private sealed class RowBuilder(CsvWriter csv)
    {
        private readonly List<(string Area, string? Year, List<WideCell> Cells)> _rows = [];
        private List<(string Framework, string Standard)> _columns = [];
        private string? _source;

        public void Begin(List<(string Framework, string Standard)> columns)
        {
            _columns = columns;
            csv.WriteHeader([.. new[] { "source", "area", "year" }.Concat(columns.Select(c => $"{c.Framework} {c.Standard}"))]);
        }

        public void Add(WideCell cell)
        {
            if (cell.Source != _source)
            {
                Emit();
                _source = cell.Source;
            }

            var row = _rows.FindIndex(r => r.Area == cell.Area && r.Year == cell.Year);
            if (row < 0)
            {
                _rows.Add((cell.Area, cell.Year, [cell]));
            }
            else
            {
                _rows[row].Cells.Add(cell);
            }
        }

        public void End()
        {
            Emit();
            csv.Flush();
        }

        private void Emit()
        {
            foreach (var (area, year, cells) in _rows)
            {
                var values = new object?[3 + _columns.Count];
                values[0] = _source;
                values[1] = area;
                values[2] = year;
                for (var i = 0; i < _columns.Count; i++)
                {
                    var (framework, standard) = _columns[i];
                    values[3 + i] = cells.Find(x => x.Framework == framework && x.Standard == standard)?.Value;
                }

                CsvTables.Row(csv, values);
            }

            _rows.Clear();
        }
    }
}
