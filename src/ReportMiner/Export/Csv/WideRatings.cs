using CsvHelper;

namespace ReportMiner.Export.Csv;

/// <summary>
/// The <c>ratings_wide</c> table: one row per document, area and year, one column per framework standard
/// (<c>hmip-youth-2018 2.1</c>), so standards that share a label (court and out-of-court "Assessment") never share
/// a column. Columns are ordered by framework, then by standard as the framework lists them.
/// </summary>
internal static class WideRatings
{
    public static void Write(IReadOnlyCollection<ExtractionResult> results, CsvWriter csv)
    {
        var catalog = Frameworks.FrameworkCatalog.Default;
        var ratings = results.Where(r => r.Record is not null)
            .SelectMany(r => r.Record!.Ratings.Select(x => (r.Record!.Source, Rating: x)))
            .Where(x => x.Rating.Standard is not null)
            .ToList();
        var columns = ratings.Select(x => (x.Rating.Framework, Standard: x.Rating.Standard!))
            .Distinct()
            .OrderBy(c => c.Framework, StringComparer.Ordinal)
            .ThenBy(c => StandardOrder(catalog, c.Framework, c.Standard))
            .ThenBy(c => c.Standard, StringComparer.Ordinal)
            .ToList();
        csv.WriteHeader([.. new[] { "source", "area", "year" }.Concat(columns.Select(c => $"{c.Framework} {c.Standard}"))]);
        foreach (var row in ratings.GroupBy(x => (x.Source, x.Rating.Area, x.Rating.Year)))
        {
            var values = new List<object?> { row.Key.Source, row.Key.Area, row.Key.Year };
            foreach (var c in columns)
            {
                values.Add(row.FirstOrDefault(x => x.Rating.Framework == c.Framework && x.Rating.Standard == c.Standard).Rating?.Value);
            }

            CsvTables.Row(csv, [.. values]);
        }

        csv.Flush();
    }

    private static int StandardOrder(Frameworks.FrameworkCatalog catalog, string framework, string standard)
    {
        var f = catalog.Find(framework);
        if (f is null)
        {
            return int.MaxValue;
        }

        var index = f.Standards.ToList().FindIndex(s => s.Id == standard);
        return index < 0 ? int.MaxValue : index;
    }
}
