using System.Text.RegularExpressions;
using ReportMiner.Documents;

namespace ReportMiner.Loading.Text;

/// <summary>
/// Splits a ratings table that a scraper ran into one line ("Score29/36Overall ratingGood1.Organisational
/// delivery1.1Governance and leadershipGood1.2StaffOutstanding…") back into its rows: a row starts at a standard
/// number glued to its label, a domain number glued to its name, "Score" or "Overall rating", and ends after the
/// first grade glued to the word before it. Only a paragraph with at least <see cref="MinimumRows"/> glued standard
/// numbers is split, so prose that cites "2.1 Assessment" is never touched. The text itself is not altered: each
/// piece is a block whose span indexes into it.
/// </summary>
internal static partial class RunTogetherTableSplitter
{
    /// <summary>How many glued standard numbers make a paragraph a run-together table.</summary>
    private const int MinimumRows = 4;

    /// <summary>The blocks with every run-together table paragraph split into its rows.</summary>
    public static List<Block> Split(List<Block> blocks)
    {
        List<Block>? result = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var pieces = blocks[i].Kind == BlockKind.Paragraph ? SplitBlock(blocks[i]) : null;
            if (pieces is null)
            {
                result?.Add(blocks[i]);
                continue;
            }

            result ??= blocks.Take(i).ToList();
            result.AddRange(pieces);
        }

        return result ?? blocks;
    }

    private static List<Block>? SplitBlock(Block block)
    {
        var text = block.Text;
        if (GluedStandard().Count(text) < MinimumRows)
        {
            return null;
        }

        var starts = RowStart().Matches(text).Select(m => m.Index).Where(s => s > 0).Prepend(0).Distinct().Order().ToList();
        var pieces = new List<Block>();
        for (var k = 0; k < starts.Count; k++)
        {
            var from = starts[k];
            var to = k + 1 < starts.Count ? starts[k + 1] : text.Length;

            // "4.1Resettlement policy and provisionGood1The rating … does not contribute": the row ends at its grade.
            if (k > 0 && GluedGrade().Match(text, from, to - from) is { Success: true } grade && grade.Index + grade.Length < to)
            {
                pieces.Add(Piece(block, from, grade.Index + grade.Length, BlockKind.TableRow));
                pieces.Add(Piece(block, grade.Index + grade.Length, to, BlockKind.Paragraph));
                continue;
            }

            pieces.Add(Piece(block, from, to, k > 0 ? BlockKind.TableRow : BlockKind.Paragraph));
        }

        return pieces.Where(p => p.Text.Trim().Length > 0).ToList();
    }

    /// <summary>A piece of <paramref name="block"/>: a row (read by its text, having no cells) or the prose around the table.</summary>
    private static Block Piece(Block block, int from, int to, BlockKind kind) => block with
    {
        Kind = kind,
        Text = block.Text[from..to],
        Span = new SourceSpan(block.Span.Start + from, to - from, block.Span.Page),
    };

    /// <summary>A standard number glued to its label: "1.1Governance", "2.3Implementation".</summary>
    [GeneratedRegex(@"(?<!\d)\d\.\d{1,2}(?=\p{Lu})")]
    private static partial Regex GluedStandard();

    /// <summary>Where a row of a run-together table starts: a glued standard or domain number, "Score", "Overall rating".</summary>
    [GeneratedRegex(@"(?<!\d)\d\.\d{1,2}(?=\p{Lu})|(?<![\d.])\d\.(?=\p{Lu}\p{Ll})|(?<=\p{Ll})Score(?=\s*\d)|(?<=[\p{Ll}\d])Overall\s+rating")]
    private static partial Regex RowStart();

    /// <summary>A grade glued to the word before it: "leadershipGood", "StaffRequires improvement".</summary>
    [GeneratedRegex(@"(?<=\p{Ll})(?:Requires\s+improvement|Outstanding|Good|Inadequate)")]
    private static partial Regex GluedGrade();
}
