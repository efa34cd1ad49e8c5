using System.Text.RegularExpressions;
using ReportMiner.Documents;
using ReportMiner.Frameworks;
using ReportMiner.Text;

namespace ReportMiner.Extraction.Ratings;

/// <summary>
/// Reads one line or row of a ratings table into its number, label and grade: "2.1 Assessment  Requires improvement",
/// a row whose grade wrapped onto the next block ("Requires" / "improvement"), a label wrapped over two or three
/// lines, a grade on its own ("Requires improvement" / "to be good"), an earlier grade's note ("(previously Good)")
/// left out, and a domain's standards run together ("Court disposals: assessment – Outstanding; planning – Good").
/// </summary>
internal sealed partial class TableRowReader
{
    /// <summary>The end of a line searched for its grade (the longest grade phrase with its note fits well inside).</summary>
    private const int TailLength = 80;

    /// <summary>The last words of <see cref="TrailingGrade"/>'s grades: a line ending with none of them has no trailing grade.</summary>
    private static readonly WordCues GradeEndings = new(
        ["improvement", "good", "outstanding", "adequate", "satisfactory", "poor", "excellent", "exceptional", "standard", "attention", "met"]);

    private readonly GradeMatcher _grades;

    /// <summary>Creates a reader that knows grades by <paramref name="grades"/>.</summary>
    public TableRowReader(GradeMatcher grades) => _grades = grades;

    /// <summary><paramref name="text"/> without the bullet it begins with, if any.</summary>
    public static string StripBullet(string text) => BulletLead().Replace(text, string.Empty);

    /// <summary>Splits a line such as "2.1 Assessment  Requires improvement" into number, label and grade.</summary>
    public IReadOnlyList<string> SplitLine(string text)
    {
        // "Caring   Good   (previously Outstanding)": the earlier grade in brackets is a note on the row.
        // Both patterns end at the end of the text: they are run over its tail only (a grade and its note are short).
        var t = text.Trim();
        if (PreviousNote().Match(t, Math.Max(0, t.Length - TailLength)) is { Success: true } note)
        {
            t = t[..note.Index].Trim();
        }

        var grade = GradeEndings.MayEndWith(t) ? TrailingGrade().Match(t, Math.Max(0, t.Length - TailLength)) : Match.Empty;
        if (grade.Success && _grades.ReadCell(grade.Groups["grade"].Value) is not null && grade.Index > 0)
        {
            return [t[..grade.Index].Trim().TrimEnd(':', '-', '–', '|').Trim(), grade.Groups["grade"].Value];
        }

        // "2.3   Implementation and      Good      delivery": a label's wrapped line joined after its grade's column.
        var between = GradeBetween().Match(t);
        if (between.Success && _grades.ReadCell(between.Groups["grade"].Value) is not null)
        {
            return [between.Groups["label"].Value.Trim() + " " + between.Groups["rest"].Value.Trim(), between.Groups["grade"].Value];
        }

        return [t];
    }

    /// <summary>
    /// The row's cells with its last cell completed by the next block, where the grade wrapped onto a line of its own
    /// ("Requires" then "improvement"); null where it did not.
    /// </summary>
    public IReadOnlyList<string>? JoinWrappedGrade(IReadOnlyList<string> cells, Block next)
    {
        var rest = next.Text.Trim();
        if (next.Kind == BlockKind.Heading || rest.Length == 0 || rest.Length > 25 || cells[^1].Trim().Length == 0 || _grades.ReadCell(cells[^1]) is not null)
        {
            return null;
        }

        // "Outstand-" / "ing": a word broken at the line's end joins without its hyphen.
        var last = cells[^1].Trim();
        var joined = last.EndsWith('-') ? last[..^1] + rest : last + " " + rest;
        return _grades.ReadCell(joined) is null ? null : [.. cells.Take(cells.Count - 1), joined];
    }

    /// <summary>
    /// Reads "Court disposals: assessment – Outstanding; planning – Good; …": a domain, then its standards' grades
    /// separated by semicolons. The domain and the rows where two or more pairs were read; null otherwise.
    /// </summary>
    public (int? Domain, List<RatingRow> Rows)? ReadDomainPairs(ExtractionContext context, string text)
    {
        if (!text.Contains(';', StringComparison.Ordinal) || !text.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        if (DomainPairs().Match(text) is not { Success: true } pairs)
        {
            return ReadLabelColonPairs(context, text);
        }

        var domain = TableStandardResolver.DomainOf(context, pairs.Groups["domain"].Value);
        var rows = new List<RatingRow>();
        foreach (var part in pairs.Groups["pairs"].Value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var cells = SplitLine(part.TrimEnd('.'));
            if (ReadRow(cells) is { Grade: not null, Label: not null } row)
            {
                rows.Add(row);
            }
        }

        return rows.Count < 2 ? null : (domain, rows);
    }

    /// <summary>
    /// The row completed by the next line where the label wrapped and its last words stand beside the grade
    /// ("3.4  Out-of-court disposal policy and" / "provision   Good   2"); null where the next line is no such rest.
    /// </summary>
    public RatingRow? JoinLabelRest(RatingRow row, Block next)
    {
        var cells = next.Kind == BlockKind.TableRow && next.Cells.Count > 1 ? next.Cells : SplitLine(next.Text);
        return ReadRow(cells) is { Number: null, Grade: not null, Label: { Length: <= 40 } rest } restRow && char.IsLower(rest[0])
            ? row with { Label = row.Label + " " + rest, Grade = restRow.Grade, GradeText = restRow.GradeText, Text = row.Text + " " + next.Text.Trim() }
            : null;
    }

    /// <summary>
    /// The row with its label completed by <paramref name="next"/>, where the label wrapped and its last words stand
    /// alone on the line below the grade ("Effectiveness of leadership and   Good" / "management"): a short line in
    /// lower case, after a label that ends in a joining word or whose joined words name a standard. Null otherwise.
    /// </summary>
    public RatingRow? LabelRestBelow(ExtractionContext context, RatingRow row, Block next, int? domain)
    {
        // The grade may have wrapped beside the label's rest: "… children in care and   Requires improvement" /
        // "care leavers   to be good".
        var gradeRest = next.Kind == BlockKind.TableRow && next.Cells.Count == 2 && row.GradeText is { } gradeText
            && _grades.ReadCell(gradeText + " " + next.Cells[1].Trim()) is not null;
        var rest = gradeRest ? next.Cells[0].Trim() : next.Text.Trim();
        if (!(gradeRest || next.Kind == BlockKind.Paragraph) || rest.Length is 0 or > 40 || !char.IsLower(rest[0]) || rest.Contains('\n', StringComparison.Ordinal)
            || rest.EndsWith('.') || _grades.ReadCell(rest) is not null)
        {
            return null;
        }

        var joined = row with { Label = row.Label + " " + rest, Text = row.Text + " " + rest };
        return JoiningWordAtEnd().IsMatch(row.Label!) || TableStandardResolver.IsStandardLabel(context, joined, domain) ? joined : null;
    }

    /// <summary>
    /// Reads "Wigan – overall effectiveness: good; impact of leaders: outstanding; help and protection: good": three or
    /// more "label: grade" pairs separated by semicolons, after an optional name and dash. Null where it is no such line.
    /// </summary>
    private (int? Domain, List<RatingRow> Rows)? ReadLabelColonPairs(ExtractionContext context, string text)
    {
        if (LabelColonPairs().Match(text) is not { Success: true } line)
        {
            return null;
        }

        var rows = new List<RatingRow>();
        foreach (var part in line.Groups["pairs"].Value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = part.LastIndexOf(':');
            if (ReadRow([part[..colon], part[(colon + 1)..].TrimEnd('.')]) is { Grade: not null, Label: not null } row)
            {
                rows.Add(row);
            }
        }

        // "Out-of-court disposals - assessment: Good; planning: …": the name before the dash may be the pairs' domain.
        var domain = line.Groups["name"].Success ? TableStandardResolver.DomainOf(context, line.Groups["name"].Value) : null;
        return rows.Count < 3 ? null : (domain, rows);
    }

    /// <summary>
    /// The label completed by the next one or two short blocks, where the joined words name a standard and the block
    /// after them is a grade; null otherwise.
    /// </summary>
    public (RatingRow Row, int Consumed)? WrappedLabel(ExtractionContext context, RatingRow row, IReadOnlyList<Block> blocks, int index, int? domain)
    {
        var label = row.Label!;
        for (var k = 1; k <= 2 && index + k + 1 < blocks.Count; k++)
        {
            var next = blocks[index + k].Text.Trim();
            if (next.Length == 0 || next.Length > 40 || _grades.ReadCell(next) is not null || LeadingNumber().IsMatch(next))
            {
                return null;
            }

            label += " " + next;
            var joined = row with { Label = label, Text = row.Text + " " + next };
            if (TableStandardResolver.IsStandardLabel(context, joined, domain) && _grades.ReadCell(blocks[index + k + 1].Text.Trim()) is not null)
            {
                return (joined, k);
            }
        }

        return null;
    }

    /// <summary>
    /// The number, label and grade of a row's cells (the grade from its last cell); null where the row is empty or
    /// its label reads as a sentence.
    /// </summary>
    public RatingRow? ReadRow(IReadOnlyList<string> cells)
    {
        var nonEmpty = cells.Select(c => PreviousNote().Replace(c.Trim(), string.Empty).Trim()).Where(c => c.Length > 0).ToList();
        if (nonEmpty.Count == 0)
        {
            return null;
        }

        // "2.1  Assessment (court)   Good   2": a points column after the grade is no part of the row's reading.
        if (nonEmpty.Count > 2 && Points().IsMatch(nonEmpty[^1]) && _grades.ReadCell(nonEmpty[^2]) is not null)
        {
            nonEmpty.RemoveAt(nonEmpty.Count - 1);
        }

        // "3 | 3.2 Planning | Outstanding" under "Domain | Standard | Rating": the domain's number is not the standard's.
        if (nonEmpty.Count > 2 && Points().IsMatch(nonEmpty[0]) && DottedNumber().Match(nonEmpty[1]) is { Success: true } dotted
            && dotted.Groups["domain"].Value == nonEmpty[0])
        {
            nonEmpty.RemoveAt(0);
        }

        // "1.1 Governance and leadership | Llywodraethu ac arweinyddiaeth | Requires improvement | Angen gwella": in a
        // bilingual table the one grade the row gives is not its last cell; what follows it is its translation.
        if (nonEmpty.Count > 2 && _grades.ReadCell(nonEmpty[^1]) is null
            && nonEmpty.Select((c, i) => (c, i)).Where(x => x.i > 0 && _grades.ReadCell(x.c) is not null).ToList() is [var only])
        {
            nonEmpty.RemoveRange(only.i + 1, nonEmpty.Count - only.i - 1);
            if (nonEmpty.Count > 2 && LeadingNumber().IsMatch(nonEmpty[0]))
            {
                // The standard's own number and words come first; the translation of its name between is no part of it.
                nonEmpty.RemoveRange(1, nonEmpty.Count - 2);
            }
        }

        string? grade = null, gradeText = null;
        if (nonEmpty.Count > 1 && _grades.ReadCell(nonEmpty[^1]) is { } g)
        {
            grade = g;
            gradeText = nonEmpty[^1];
            nonEmpty.RemoveAt(nonEmpty.Count - 1);
        }

        var labelText = BulletLead().Replace(string.Join(" ", nonEmpty), string.Empty);
        var number = LeadingNumber().Match(labelText);
        string? num = null;
        if (number.Success)
        {
            num = number.Groups["num"].Value;
            labelText = labelText[number.Length..].Trim();
        }

        if (labelText.Length > 160 || ProseLabel().IsMatch(labelText))
        {
            // A sentence ("3.2 Nationally, 62% of services … have been rated good or outstanding") is no table row.
            return null;
        }

        return new RatingRow(num, labelText.Length == 0 ? null : labelText, grade, gradeText, string.Join(" ", cells).Trim());
    }

    /// <summary>
    /// The grade that block <paramref name="index"/> (<paramref name="text"/>) holds on its own, with its words, where
    /// need be joined with the next block (<paramref name="consumed"/> says whether it was); null where it holds none.
    /// </summary>
    public (string Grade, string Text)? ReadGrade(string text, IReadOnlyList<Block> blocks, int index, out int consumed)
    {
        consumed = 0;
        var t = text.Trim();
        if (_grades.ReadCell(t) is { } g)
        {
            // "Requires improvement" may continue as "to be good" in the next block.
            if (index + 1 < blocks.Count && ToBeGood().IsMatch(blocks[index + 1].Text.Trim()))
            {
                consumed = 1;
                return (g, t + " " + blocks[index + 1].Text.Trim());
            }

            return (g, t);
        }

        if (t.Length <= 20 && index + 1 < blocks.Count && _grades.ReadCell(t + " " + blocks[index + 1].Text.Trim()) is { } joined)
        {
            consumed = 1;
            return (joined, t + " " + blocks[index + 1].Text.Trim());
        }

        return null;
    }

    /// <summary>A cell of points (0–3) or a score, printed beside a grade.</summary>
    [GeneratedRegex(@"(?:\b(?:and|of|for|to|the|in|with|on)|,)$", RegexOptions.IgnoreCase)]
    private static partial Regex JoiningWordAtEnd();

    [GeneratedRegex(@"^\d{1,2}$")]
    private static partial Regex Points();

    [GeneratedRegex(@"(?:(?<![\p{L}\p{N}])|(?<=\p{Ll})(?=\p{Lu}))(?<grade>(?:Requires\s+improvement(?:\s+to\s+be\s+good)?|Outstanding|Good|Inadequate|Adequate|Satisfactory|Unsatisfactory|Poor|Excellent|Very\s+good|Needs\s+improvement|Exceptional|Strong\s+standard|Expected\s+standard|Needs\s+attention|Urgent\s+improvement|Not\s+met|Met))\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingGrade();

    [GeneratedRegex(@"^(?<label>\d(?:\.\d{1,2})?\.?\s+\S.*?)\s{3,}(?<grade>Requires\s+improvement|Outstanding|Good|Inadequate|Adequate|Satisfactory|Unsatisfactory|Poor|Excellent)\s{3,}(?<rest>\p{Ll}[\p{L}\s\-]{0,40})$")]
    private static partial Regex GradeBetween();

    [GeneratedRegex(@"^(?<num>\d(?:\.\d{1,2})?)\.?(?:\s+|(?=\p{Lu})|$)")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"^(?<domain>\d{1,2})\.\d{1,2}\b")]
    private static partial Regex DottedNumber();

    [GeneratedRegex(@"^\s*(?:[•·▪*\-–]\s*)?(?<domain>[A-Z][^:;]{2,50}):\s*(?<pairs>[^:]+;[^:]+)$")]
    private static partial Regex DomainPairs();

    [GeneratedRegex(@"^\s*(?:(?<name>[^:;–—]{2,60})\s+[–—-]\s+)?(?<pairs>[^;:]{2,80}:\s*[^;:]{2,40}(?:;\s*[^;:]{2,80}:\s*[^;:]{2,40}){2,})\s*\.?$")]
    private static partial Regex LabelColonPairs();

    [GeneratedRegex(@"^\s*[•·▪◦‣●○■□➢►✓*\-–]\s+")]
    private static partial Regex BulletLead();

    [GeneratedRegex(@"^to\s+be\s+good\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex ToBeGood();

    [GeneratedRegex(@"\s*\((?:previously|formerly|was|last\s+time|\d{4}|not\s+scored|unscored|not\s+counted)[^)]{0,40}\)\s*$|^\((?:previously|formerly)[^)]{0,40}\)$", RegexOptions.IgnoreCase)]
    private static partial Regex PreviousNote();

    [GeneratedRegex(@"(?<!\bnot\s)\b(?:rated|judged|graded|have\s+been|has\s+been)\b|%|\bper\s*cent\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProseLabel();
}
