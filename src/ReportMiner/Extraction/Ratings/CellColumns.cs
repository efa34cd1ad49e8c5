using ReportMiner.Documents;

namespace ReportMiner.Extraction.Ratings;

/// <summary>
/// Where the cells of a table row laid out in columns of spaces begin on their line, so that rows with cells
/// missing (an empty cell is only spaces) can be lined up under the right column.
/// </summary>
internal static class CellColumns
{
    /// <summary>The character column where each cell of <paramref name="row"/> begins on its line of <paramref name="document"/>.</summary>
    public static List<int> Starts(ReportDocument document, Block row) => Starts(document, row, row.Cells);

    /// <summary>The character column where each of <paramref name="cells"/>, read from <paramref name="row"/>'s text, begins on its line of <paramref name="document"/>.</summary>
    public static List<int> Starts(ReportDocument document, Block row, IReadOnlyList<string> cells)
    {
        var lineStart = row.Span.Start == 0 ? 0 : document.Text.LastIndexOf('\n', Math.Min(row.Span.Start, document.Text.Length) - 1) + 1;
        var indent = row.Span.Start - lineStart;
        var starts = new List<int>(cells.Count);
        var from = 0;
        foreach (var cell in cells)
        {
            var trimmed = cell.Trim();
            var at = trimmed.Length == 0 ? from : row.Text.IndexOf(trimmed, from, StringComparison.Ordinal);
            at = at < 0 ? from : at;
            starts.Add(indent + at);
            from = at + trimmed.Length;
        }

        return starts;
    }

    /// <summary>The column (of those beginning at <paramref name="columnStarts"/>) that a cell beginning at <paramref name="start"/> falls under.</summary>
    public static int ColumnAt(List<int> columnStarts, int start)
    {
        var column = 0;
        for (var c = 0; c < columnStarts.Count; c++)
        {
            if (columnStarts[c] <= start + 2)
            {
                column = c;
            }
        }

        return column;
    }
}
