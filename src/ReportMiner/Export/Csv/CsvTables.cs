using System.Globalization;
using CsvHelper;
using ReportMiner.Records;

namespace ReportMiner.Export.Csv;

/// <summary>
/// The tidy CSV tables of a bulk run, one row per item keyed by source: <c>documents</c>, <c>ratings</c>,
/// <c>case_ratios</c>, <c>quotes</c>, <c>warnings</c>, <c>errors</c>, and <c>ratings_wide</c> (one row per
/// area and inspection, one column per framework standard). Written with CsvHelper (RFC 4180 quoting), UTF-8,
/// ISO dates, formula-like cells escaped (CsvHelper's injection protection).
/// </summary>
public static class CsvTables
{
    /// <summary>How the tables are written: RFC 4180 with CRLF, and text cells a spreadsheet would run as formulas (<c>= + - @</c>, tab, CR) escaped with an apostrophe.</summary>
    public static CsvWriterOptions WriterOptions { get; } = new() { Injection = CsvInjection.Escape };

    /// <summary>How the tables are read back (for <c>ratings_wide</c> and merging shards): commas, no separator sniffing.</summary>
    public static CsvReaderOptions ReaderOptions { get; } = new() { Separator = ',', DetectSeparatorHint = false };

    /// <summary>The tidy tables: every table but <c>ratings_wide</c>, which is built from <c>ratings</c>.</summary>
    public static IReadOnlyList<string> TidyNames { get; } = ["documents", "ratings", "case_ratios", "quotes", "warnings", "errors"];

    /// <summary>The names of the tables, in the order written.</summary>
    public static IReadOnlyList<string> Names { get; } = ["documents", "ratings", "case_ratios", "quotes", "warnings", "errors", "ratings_wide"];

    /// <summary>The header of each tidy table.</summary>
    public static IReadOnlyDictionary<string, string[]> Headers { get; } = new Dictionary<string, string[]>
    {
        ["documents"] = ["source", "kind", "inspectorate", "published", "areas", "score", "score_max", "ratings", "case_ratios", "quotes", "warnings"],
        ["ratings"] = ["source", "area", "framework", "standard", "label", "rating", "year", "evidence", "page"],
        ["case_ratios"] = ["source", "area", "numerator", "denominator", "percent", "fraction", "standard", "evidence", "page"],
        ["quotes"] = ["source", "speaker", "role", "text", "page"],
        ["warnings"] = ["source", "code", "message", "page"],
        ["errors"] = ["source", "error_type", "message", "stage"],
    };

    /// <summary>Writes the rows of <paramref name="table"/> for <paramref name="results"/> (the header first).</summary>
    public static void Write(string table, IEnumerable<ExtractionResult> results, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(writer);
        var list = results as IReadOnlyCollection<ExtractionResult> ?? results.ToList();
        using var csv = CsvWriter.Create(writer, WriterOptions, true);
        if (table == "ratings_wide")
        {
            WideRatings.Write(list, csv);
            return;
        }

        if (!Headers.TryGetValue(table, out var header))
        {
            throw new ArgumentException($"there is no CSV table named '{table}'; the tables are {string.Join(", ", Names)}", nameof(table));
        }

        csv.WriteHeader(header);
        foreach (var result in list)
        {
            WriteRows(table, result, csv);
        }

        csv.Flush();
    }

    /// <summary>
    /// Builds the <c>ratings_wide</c> table from a tidy <c>ratings</c> table (as <see cref="Write"/> or
    /// <see cref="CsvTablesWriter"/> wrote it) in two passes, holding one document's ratings at a time: the first
    /// pass finds the columns, the second writes the rows. Gives the same bytes as <see cref="Write"/> over the
    /// results themselves.
    /// </summary>
    /// <param name="openRatings">Opens the ratings table; called twice.</param>
    /// <param name="writer">Where to write <c>ratings_wide</c>.</param>
    public static void WriteWideFromRatings(Func<TextReader> openRatings, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(openRatings);
        ArgumentNullException.ThrowIfNull(writer);
        using var csv = CsvWriter.Create(writer, WriterOptions, true);
        WideRatings.WriteFromTidy(openRatings, csv);
    }

    /// <summary>
    /// A cell read back from a table as the value that was written: the apostrophe that formula escaping put before
    /// <c>= + - @</c>, tab or CR is removed. (A value that truly began with an apostrophe and one of those is read
    /// as escaped; sources, areas, frameworks, standards and grades never do.)
    /// </summary>
    public static string UnescapeCell(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return WideRatings.Unescape(cell);
    }

    internal static void WriteRows(string table, ExtractionResult result, CsvWriter csv)
    {
        var r = result.Record;
        switch (table)
        {
            case "documents" when r is not null:
                Row(csv, r.Source, r.Kind, r.Inspectorate, Date(r.Published), string.Join("; ", r.Areas), r.Score, r.ScoreMax,
                    r.Ratings.Count, r.CaseRatios.Count, r.Quotes.Count, r.Warnings.Count);
                break;
            case "ratings" when r is not null:
                foreach (var x in r.Ratings)
                {
                    Row(csv, r.Source, x.Area, x.Framework, x.Standard, x.Label, x.Value, x.Year, x.Evidence?.Text, x.Evidence?.Span.Page);
                }

                break;
            case "case_ratios" when r is not null:
                foreach (var x in r.CaseRatios)
                {
                    Row(csv, r.Source, x.Area, x.Numerator, x.Denominator, x.Percent, x.Fraction, x.Standard, x.Evidence.Text, x.Evidence.Span.Page);
                }

                break;
            case "quotes" when r is not null:
                foreach (var x in r.Quotes)
                {
                    Row(csv, r.Source, x.Speaker, x.Role, x.Text, x.Evidence?.Span.Page);
                }

                break;
            case "warnings" when r is not null:
                foreach (var x in r.Warnings)
                {
                    Row(csv, r.Source, x.Code, x.Message, x.Page);
                }

                break;
            case "errors" when result.Failure is { } f:
                Row(csv, result.Source, f.ErrorType, f.Message, f.Stage);
                break;
        }
    }

    internal static void Row(CsvWriter csv, params object?[] values)
    {
        foreach (var v in values)
        {
            switch (v)
            {
                case null:
                    csv.WriteField(string.Empty);
                    break;
                case string s:
                    csv.WriteField(s);
                    break;
                case double d:
                    csv.WriteField(d.ToString("0.###", CultureInfo.InvariantCulture));
                    break;
                case IFormattable f:
                    csv.WriteField(f.ToString(null, CultureInfo.InvariantCulture));
                    break;
                default:
                    csv.WriteField(v.ToString() ?? string.Empty);
                    break;
            }
        }

        csv.EndRecord();
    }

    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
