using System.Text.RegularExpressions;
using ReportMiner.Documents;
using ReportMiner.Frameworks;

namespace ReportMiner.Extraction.Ratings;

/// <summary>
/// Reads a ratings grid laid out in columns, each standard's label above its grade, read column by column, top to
/// bottom: a label, its wrapped lines, then its grade (which may itself wrap). Two layouts: one domain per column with
/// numbered labels ("1.1 Governance and leadership    2.1 Assessment    3.1 Assessment" over "Requires improvement
/// Good    Good"), as early 2018-framework reports print it; and rating cards side by side ("Leadership and" /
/// "governance" / "Requires" / "improvement" in one card, "Partnerships and" / "services" / "Good" in the next), each
/// row of cards perhaps under a title of its own ("Work with children").
/// </summary>
internal static partial class StandardGrid
{
    /// <summary>The most lines a card's label wraps over.</summary>
    private const int MaxLabelLines = 4;

    /// <summary>Whether <paramref name="block"/> starts a numbered grid: a row of two or more numbered labels.</summary>
    public static bool IsGridRow(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return block.Kind == BlockKind.TableRow && block.Cells.Count(c => NumberedLabel().IsMatch(c.Trim())) >= 2;
    }

    /// <summary>
    /// Whether <paramref name="block"/> may start a grid of cards: a row of two or more cells holding no grade (labels,
    /// or the start of labels). Whether it is one shows only when <see cref="Read"/> finds every column's labels
    /// completed by grades.
    /// </summary>
    public static bool IsCardRow(Block block, GradeMatcher grades)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(grades);
        if (block.Kind != BlockKind.TableRow)
        {
            return false;
        }

        var filled = 0;
        foreach (var cell in block.Cells)
        {
            var text = cell.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (grades.ReadCell(text) is not null || NumberedLabel().IsMatch(text) || !char.IsLetter(text[0]))
            {
                return false;
            }

            filled++;
        }

        return filled >= 2;
    }

    /// <summary>
    /// The standards of the grid that starts at block <paramref name="start"/> of <paramref name="document"/>, each with
    /// the title of its row of cards (null for none), and the index of the last block the grid covers. A grid of cards
    /// (<paramref name="numbered"/> false) is all or nothing: a column holding a label without a grade, or a grade
    /// without a label, means the rows were something else (a table with a header row), and no standard is returned.
    /// </summary>
    public static (List<GridStandard> Standards, int LastBlock) Read(ReportDocument document, int start, GradeMatcher grades, bool numbered)
    {
        ArgumentNullException.ThrowIfNull(document);
        var blocks = document.Blocks;
        var first = blocks[start];
        var columnStarts = CellColumns.Starts(document, first);
        var columns = first.Cells.Select(_ => new ColumnReader(grades, numbered)).ToList();
        var standards = new List<GridStandard>();
        string? title = null;
        var last = start;
        for (var i = start; i < blocks.Count; i++)
        {
            var row = blocks[i];
            if (row.Kind == BlockKind.Furniture)
            {
                continue;
            }

            var cells = row.Cells;
            if (row.Kind != BlockKind.TableRow)
            {
                if (numbered || !IsIndentedPiece(document, row))
                {
                    break;
                }

                // A card's line that holds the only words on its line ("improvement", "diversion work"): a text
                // layer's row with one cell, which the text splitter leaves a paragraph.
                cells = [row.Text];
            }

            last = i;
            var filled = cells.Where(c => c.Trim().Length > 0).ToList();
            if (!numbered && filled.Count == 1 && columns.All(c => c.IsIdle) && grades.ReadCell(filled[0]) is null)
            {
                // A title over the next row of cards ("Work with children").
                title = filled[0].Trim();
                continue;
            }

            var starts = cells.Count == first.Cells.Count ? null : CellColumns.Starts(document, row, cells);
            for (var c = 0; c < cells.Count; c++)
            {
                var text = cells[c].Trim();
                if (text.Length > 0 && columns[starts is null ? c : CellColumns.ColumnAt(columnStarts, starts[c])].Add(text, i) is { } read)
                {
                    standards.Add(read with { Title = title });
                }
            }

            if (!numbered && columns.Any(c => c.Stray))
            {
                // Not a grid of cards: stop at once, so a long table of other rows is not read to its end from each row.
                return ([], last);
            }
        }

        columns.ForEach(c => c.Finish());
        if (!numbered && (standards.Count < 2 || columns.Any(c => c.Stray)))
        {
            standards.Clear();
        }

        return (standards, last);
    }

    /// <summary>Whether <paramref name="block"/> is a short line of its own set in from the margin, as a piece of a card is.</summary>
    private static bool IsIndentedPiece(ReportDocument document, Block block) =>
        block.Kind == BlockKind.Paragraph && block.Text.Length <= 40 && !block.Text.Contains('\n', StringComparison.Ordinal)
        && block.Span.Start > 0 && document.Text[block.Span.Start - 1] == ' ';

    /// <summary>One standard read from a grid: its number (numbered grids), label, grade, the words that gave the grade, the block of the grade, and the title of its row of cards.</summary>
    internal readonly record struct GridStandard(string? Number, string Label, string Grade, string GradeText, int Block, string? Title);

    /// <summary>One column of a grid, read top to bottom.</summary>
    private sealed class ColumnReader(GradeMatcher grades, bool numbered)
    {
        private string? _number;
        private string? _label;
        private string? _partial;
        private int _labelLines;

        /// <summary>Whether no label waits for its grade.</summary>
        public bool IsIdle => _label is null;

        /// <summary>Whether the column held text that fits no label-then-grade reading.</summary>
        public bool Stray { get; private set; }

        /// <summary>Takes the column's next cell; a standard when it completes one.</summary>
        public GridStandard? Add(string text, int block)
        {
            var numberedLabel = NumberedLabel().Match(text);
            if (numberedLabel.Success)
            {
                Stray |= !numbered || _partial is not null;
                (_number, _label, _partial) = (numberedLabel.Groups["num"].Value, numberedLabel.Groups["label"].Value.Trim(), null);
                return null;
            }

            var gradeText = _partial is null ? text : _partial + " " + text;
            if (grades.ReadCell(gradeText) is { } grade)
            {
                if (_label is null)
                {
                    Stray = true;
                    return null;
                }

                var read = new GridStandard(_number, _label, grade, gradeText, block, null);
                (_number, _label, _partial) = (null, null, null);
                return read;
            }

            if (_label is not null && _partial is null && grades.ReadCell(text + " improvement") is not null)
            {
                // "Requires" now, "improvement" on the next line.
                _partial = text;
            }
            else if (_partial is not null)
            {
                Stray = true;
            }
            else if (_label is not null)
            {
                _label += " " + text;
                // A card's label wraps over a few lines; a column of many lines with no grade is no card.
                Stray |= !numbered && ++_labelLines > MaxLabelLines;
            }
            else if (!numbered)
            {
                _label = text;
                _labelLines = 1;
            }

            return null;
        }

        /// <summary>Marks a label left without its grade at the end of the grid.</summary>
        public void Finish() => Stray |= _label is not null;
    }

    [GeneratedRegex(@"^(?<num>\d\.\d)\.?\s+(?<label>\S.*)$")]
    private static partial Regex NumberedLabel();
}
