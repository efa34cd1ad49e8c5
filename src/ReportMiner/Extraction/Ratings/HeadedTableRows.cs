using System.Globalization;
using System.Text.RegularExpressions;
using ReportMiner.Documents;
using ReportMiner.Extraction.Areas;
using ReportMiner.Extraction.Frameworks;
using ReportMiner.Frameworks;
using ReportMiner.Records;

namespace ReportMiner.Extraction.Ratings;

/// <summary>
/// Reads the rows of tables whose grade columns are named by their header: a table of several areas ("Barnet |
/// April 2022 | Good | 24/36") and a table of past inspections ("2 February 2015 | Section 5 | Requires improvement").
/// </summary>
internal sealed partial class HeadedTableRows
{
    private readonly GradeMatcher _grades;
    private readonly FrameworkResolver _resolver;

    /// <summary>Creates a reader that knows grades by <paramref name="grades"/> and frameworks by <paramref name="resolver"/>.</summary>
    public HeadedTableRows(GradeMatcher grades, FrameworkResolver resolver)
    {
        _grades = grades;
        _resolver = resolver;
    }

    /// <summary>
    /// Reads a row of a table of several areas ("Barnet | April 2022 | Good | 24/36"): a cell that names an area and
    /// a cell holding a grade, the grade's column header naming the standard (overall where it names none).
    /// </summary>
    public bool TryReadAreaRow(ExtractionContext context, Block block, IReadOnlyList<string>? header, Block? next = null)
    {
        var cells = block.Cells;
        // "Telford and Wrekin | West Mercia YJS (covers four councils) | Requires improvement": the service named is what
        // was rated, before the council whose row it is.
        var places = cells.Where(c => c.Length > 0).Select(c => (Unbracketed: Bracketed().Replace(c, string.Empty), Name: PlainName(c)))
            .Where(p => IsPlaceName(context, p.Name)).ToList();
        if (places.Count == 0)
        {
            return false;
        }

        var plainCell = places.FirstOrDefault(p => ServiceSuffix().IsMatch(p.Unbracketed)).Name ?? places[0].Name;
        var area = context.Gazetteer.Find(plainCell)?.Name ?? plainCell;
        var read = false;
        for (var c = 0; c < cells.Count; c++)
        {
            // "Requires improvement (2016)", "Good (January 2019)", or "Requires improvement (March" with "2019)" wrapped
            // onto the next line: the grade, in the year the brackets give.
            var cell = cells[c];
            int? year = null;
            if (DatedGrade().Match(cell) is { Success: true } dated)
            {
                cell = dated.Groups["grade"].Value;
                var yearText = dated.Groups["year"].Success ? dated.Groups["year"].Value
                    : next is not null && WrappedYear().Match(next.Text) is { Success: true } wrapped ? wrapped.Groups["year"].Value : null;
                year = yearText is null ? null : int.Parse(yearText, CultureInfo.InvariantCulture);
            }

            if (_grades.ReadCell(cell) is not { } grade)
            {
                continue;
            }

            // "Staffordshire | Requires improvement to be good | 2022" under "Authority | Latest judgement | Year".
            year ??= YearColumn(header, cells);
            // The document's framework, unless the row names another inspectorate's service ("Southwark Youth Justice
            // Service | 17 Oct | 29/36 | Good" in a round-up on Ofsted's findings).
            var rowFramework = _resolver.Resolve(context, block.Text, grade, year, block.Text);
            var framework = context.DocumentFramework is { } df && df.Graded && df.HasGrade(grade) && (year is null || df.CoversDate(new DateOnly(year.Value, 7, 1)))
                && (rowFramework is null || rowFramework.Inspectorate == df.Inspectorate)
                ? df
                : rowFramework;
            if (framework is null)
            {
                continue;
            }

            var column = header is not null && c < header.Count ? header[c] : null;
            var standard = TableStandardResolver.ColumnStandard(framework, column);
            if (standard is null)
            {
                continue;
            }

            AddRating(context, block, area, framework, standard, grade, column ?? cells[c], year);
            read = true;
        }

        return read;
    }

    /// <summary>
    /// Reads a row of a table of past inspections ("2 February 2015 | Section 5 | Requires improvement" under
    /// "Inspection date | Type | Overall effectiveness"): a dated row whose grade stands in a column the header names
    /// as a rating or a standard; the rating is the main area's, for the row's year.
    /// </summary>
    public bool TryReadDatedRow(ExtractionContext context, Block block, int blockIndex, IReadOnlyList<string>? header)
    {
        var cells = block.Cells;
        if (header is null || header.Count != cells.Count || !header.Any(h => DateColumn().IsMatch(h)))
        {
            return false;
        }

        var yearMatch = cells.Select(c => RowYear().Match(c)).FirstOrDefault(m => m.Success);
        if (yearMatch is null)
        {
            return false;
        }

        var year = int.Parse(yearMatch.Value, CultureInfo.InvariantCulture);
        var read = false;
        for (var c = 0; c < cells.Count; c++)
        {
            if (_grades.ReadCell(cells[c]) is not { } grade)
            {
                continue;
            }

            var framework = context.DocumentFramework is { } df && df.Graded && df.HasGrade(grade) ? df : _resolver.Resolve(context, block.Text, grade, year);
            var column = header[c].Trim();
            if (framework is null)
            {
                continue;
            }

            var standard = TableStandardResolver.ColumnStandard(framework, column);
            var sentence = context.Analysis.FirstSentenceOf(blockIndex);
            if (standard is null || context.AreaFor(framework, sentence, 0, preferMainArea: true) is not { } area)
            {
                continue;
            }

            AddRating(context, block, area, framework, standard, grade, column, year);
            read = true;
        }

        return read;
    }

    /// <summary>The year in the row's cell under a header naming a date or year, if there is one.</summary>
    private static int? YearColumn(IReadOnlyList<string>? header, IReadOnlyList<string> cells)
    {
        if (header is null || header.Count != cells.Count)
        {
            return null;
        }

        for (var c = 0; c < cells.Count; c++)
        {
            if (DateColumn().IsMatch(header[c]) && RowYear().Match(cells[c]) is { Success: true } year)
            {
                return int.Parse(year.Value, CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    /// <summary>Adds the rating a row's grade cell gives, with the row as its evidence.</summary>
    private static void AddRating(ExtractionContext context, Block block, string area, Framework framework, string standard, string grade, string label, int? year) =>
        context.Add(new Rating
        {
            Area = area,
            Framework = framework.Id,
            Standard = standard,
            Value = grade,
            Label = label,
            Year = year,
            Evidence = new Evidence(block.Text, block.Span),
        });

    /// <summary>Whether any cell of a table row names an area.</summary>
    public static bool NamesArea(ExtractionContext context, Block row) => row.Cells.Any(c => c.Length > 0 && IsAreaName(context, c));

    /// <summary>
    /// Whether a cell names an area: a known area, one the document's service names give, or known areas joined
    /// into one service ("Ealing and Hillingdon", "Swindon and Wiltshire").
    /// </summary>
    private static bool IsAreaName(ExtractionContext context, string cell) => IsPlaceName(context, PlainName(cell));

    /// <summary>
    /// A cell's place name: without its service's name and words in brackets ("Middlesbrough (South Tees YJS)",
    /// "Hillingdon YOS").
    /// </summary>
    private static string PlainName(string cell) => ServiceSuffix().Replace(Bracketed().Replace(cell, string.Empty), string.Empty).Trim();

    /// <summary>Whether a plain name (<see cref="PlainName"/>) is a known area, a service name's place, or known areas joined.</summary>
    private static bool IsPlaceName(ExtractionContext context, string name)
    {
        if (context.Gazetteer.Find(name) is not null || context.Analysis.ExtraAreas.Any(e => e.Name == name))
        {
            return true;
        }

        var parts = JoinedNames().Split(name);
        return parts.Length > 1 && parts.All(p => context.Gazetteer.Find(p) is not null);
    }

    [GeneratedRegex(@"^\s*(?:(?:inspection|publication|report|visit)\s+)?(?:date|year|published|inspected)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DateColumn();

    [GeneratedRegex(@"\b(?:19|20)\d\d\b")]
    private static partial Regex RowYear();

    /// <summary>A grade with the date of its inspection in brackets, perhaps cut off by the cell's wrap: "Good (January 2019)", "Inadequate (2016)", "Good (March".</summary>
    [GeneratedRegex(@"^\s*(?<grade>[A-Za-z][A-Za-z ]{1,40}?)\s*\((?:\d{1,2}\s+)?(?:[A-Z][a-z]{2,8}\.?\s*)?(?:(?<year>(?:19|20)\d\d)\s*\)?)?\s*$")]
    private static partial Regex DatedGrade();

    /// <summary>The year a wrapped date cell left for the next line: "2019)".</summary>
    [GeneratedRegex(@"^\s*(?<year>(?:19|20)\d\d)\)\s*$")]
    private static partial Regex WrappedYear();

    /// <summary>Words in brackets at the end: "(South Tees YJS)", "(2/27)".</summary>
    [GeneratedRegex(@"\s*\([^)]*\)\s*$")]
    internal static partial Regex Bracketed();

    /// <summary>The service's name after its place: "Hillingdon YOS", "Bolton Youth Justice Service", "Sheffield PDU".</summary>
    [GeneratedRegex(@"\s+" + ServiceNames.Suffix + @"\s*$")]
    private static partial Regex ServiceSuffix();

    [GeneratedRegex(@"\s*(?:,|\band\b|&)\s*")]
    private static partial Regex JoinedNames();
}
