using System.Text.RegularExpressions;
using ReportMiner.Documents;
using ReportMiner.Frameworks;

namespace ReportMiner.Extraction.Ratings;

/// <summary>
/// Reads a table whose header row is the grade scale and whose columns list the standards given each grade (the
/// PEEL summary: "Outstanding | Good | Adequate | Requires improvement | Inadequate" over the areas of policing).
/// Items in a column are told apart by their capitals ("Preventing crime and anti-social behaviour Treatment of the
/// public"), and a column's lines are joined first, so items wrapped over two lines stay whole.
/// </summary>
internal static partial class GradeColumnTable
{
    /// <summary>The fewest grades a header must hold.</summary>
    private const int MinGrades = 3;

    /// <summary>Whether <paramref name="block"/> is a header of grades only.</summary>
    public static bool IsGradeHeader(Block block, GradeMatcher grades)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (block.Kind != BlockKind.TableRow)
        {
            return false;
        }

        var cells = block.Cells.Where(c => c.Trim().Length > 0).ToList();
        return cells.Count >= MinGrades && cells.All(c => grades.ReadCell(c) is not null);
    }

    /// <summary>
    /// The (grade, item) pairs of the table whose header is block <paramref name="headerIndex"/> of <paramref name="document"/>,
    /// and the index of the last block it covers.
    /// </summary>
    public static (List<(string Grade, string Item)> Items, int LastBlock) Read(ReportDocument document, int headerIndex, GradeMatcher grades)
    {
        ArgumentNullException.ThrowIfNull(document);
        var blocks = document.Blocks;
        var header = blocks[headerIndex];
        var headerStarts = CellColumns.Starts(document, header);
        var columns = header.Cells.Select(_ => new List<string>()).ToList();
        var last = headerIndex;
        for (var i = headerIndex + 1; i < blocks.Count && blocks[i].Kind is BlockKind.TableRow or BlockKind.Furniture; i++)
        {
            var row = blocks[i];
            if (row.Kind == BlockKind.Furniture)
            {
                continue;
            }

            if (IsGradeHeader(row, grades) || row.Cells.Any(c => grades.ReadCell(c) is not null))
            {
                break;
            }

            last = i;
            var starts = row.Cells.Count == header.Cells.Count ? null : CellColumns.Starts(document, row);
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var text = row.Cells[c].Trim();
                if (text.Length == 0)
                {
                    continue;
                }

                var column = starts is null ? c : CellColumns.ColumnAt(headerStarts, starts[c]);
                columns[column].Add(text);
            }
        }

        var items = new List<(string, string)>();
        for (var c = 0; c < columns.Count; c++)
        {
            var grade = grades.ReadCell(header.Cells[c]);
            if (grade is null || columns[c].Count == 0)
            {
                continue;
            }

            foreach (var item in ItemStart().Split(string.Join(' ', columns[c])))
            {
                var name = item.Trim().TrimEnd('.', ';', ',');
                if (name.Length > 2 && !NoItems().IsMatch(name))
                {
                    items.Add((grade, name));
                }
            }
        }

        return (items, last);
    }

    /// <summary>Whether a label says that no standard has the grade ("No areas").</summary>
    public static bool IsNoItems(string label) => NoItems().IsMatch(label.Trim());

    /// <summary>A capital after a lower-case word starts the next item: "… behaviour Treatment of the public".</summary>
    [GeneratedRegex(@"(?<=\p{Ll})\s+(?=\p{Lu})")]
    private static partial Regex ItemStart();

    [GeneratedRegex(@"^(?:no\s+(?:areas?|standards?|judgements?)|none|n/?a|-+|–)$", RegexOptions.IgnoreCase)]
    private static partial Regex NoItems();
}
