using System.Text.RegularExpressions;
using ReportMiner.Documents;
using ReportMiner.Frameworks;

namespace ReportMiner.Extraction.Ratings;

/// <summary>
/// Reads a ratings grid laid out in columns, one domain per column, each standard's number and label above its
/// grade ("1.1 Governance and leadership    2.1 Assessment    3.1 Assessment" over "Requires improvement    Good
/// Good"), as early 2018-framework reports print it. Each column is read on its own, top to bottom: a numbered
/// label, its wrapped lines, then its grade (which may itself wrap).
/// </summary>
internal static partial class StandardGrid
{
    /// <summary>Whether <paramref name="block"/> starts a grid: a row of two or more numbered labels.</summary>
    public static bool IsGridRow(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return block.Kind == BlockKind.TableRow && block.Cells.Count(c => NumberedLabel().IsMatch(c.Trim())) >= 2;
    }

    /// <summary>
    /// The (number, label, grade, block index) of every standard in the grid that starts at block
    /// <paramref name="start"/> of <paramref name="document"/>, and the index of the last block it covers.
    /// </summary>
    public static (List<(string Number, string Label, string Grade, string GradeText, int Block)> Standards, int LastBlock) Read(
        ReportDocument document, int start, GradeMatcher grades)
    {
        ArgumentNullException.ThrowIfNull(document);
        var blocks = document.Blocks;
        var first = blocks[start];
        var columnStarts = CellColumns.Starts(document, first);
        var columns = first.Cells.Select(_ => new List<(string Text, int Block)>()).ToList();
        var last = start;
        for (var i = start; i < blocks.Count; i++)
        {
            var row = blocks[i];
            if (row.Kind == BlockKind.Furniture)
            {
                continue;
            }

            if (row.Kind != BlockKind.TableRow)
            {
                break;
            }

            last = i;
            var starts = row.Cells.Count == first.Cells.Count ? null : CellColumns.Starts(document, row);
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var text = row.Cells[c].Trim();
                if (text.Length > 0)
                {
                    columns[starts is null ? c : CellColumns.ColumnAt(columnStarts, starts[c])].Add((text, i));
                }
            }
        }

        var standards = new List<(string, string, string, string, int)>();
        foreach (var column in columns)
        {
            string? number = null, label = null, partial = null;
            foreach (var (text, block) in column)
            {
                var numbered = NumberedLabel().Match(text);
                if (numbered.Success)
                {
                    (number, label, partial) = (numbered.Groups["num"].Value, numbered.Groups["label"].Value.Trim(), null);
                    continue;
                }

                var gradeText = partial is null ? text : partial + " " + text;
                if (number is not null && label is not null && grades.ReadCell(gradeText) is { } grade)
                {
                    standards.Add((number, label, grade, gradeText, block));
                    (number, label, partial) = (null, null, null);
                }
                else if (number is not null && partial is null && grades.ReadCell(text + " improvement") is not null)
                {
                    // "Requires" now, "improvement" on the next line.
                    partial = text;
                }
                else if (label is not null && partial is null)
                {
                    label += " " + text;
                }
            }
        }

        return (standards, last);
    }

    [GeneratedRegex(@"^(?<num>\d\.\d)\.?\s+(?<label>\S.*)$")]
    private static partial Regex NumberedLabel();
}
