using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ReportMiner.Documents;
using ReportMiner.Extraction.Frameworks;
using ReportMiner.Frameworks;
using ReportMiner.Records;
using ReportMiner.Text;

namespace ReportMiner.Extraction.Ratings;

/// <summary>
/// Reads ratings tables in every layout the loaders give: table rows with label and grade cells, one line per
/// standard ("2.1 Assessment  Good"), a label block followed by its grade block, grades wrapped over two blocks
/// ("Requires improvement" / "to be good"), tables continuing on the next page, "Score 24/36" and "Overall rating"
/// lines. Court (2.x) and out-of-court (3.x) standards that share a label are told apart by their number or by
/// the domain heading above them (HMIP 2018 framework).
/// </summary>
public sealed partial class RatingTableExtractor : IRecordExtractor
{
    private readonly GradeMatcher _grades;
    private readonly FrameworkResolver _resolver;
    private readonly TableRowReader _rows;
    private readonly HeadedTableRows _headedRows;

    /// <summary>Creates the extractor over <paramref name="catalog"/>.</summary>
    public RatingTableExtractor(FrameworkCatalog catalog)
    {
        _grades = GradeMatcher.For(catalog);
        _resolver = new FrameworkResolver(catalog);
        _rows = new TableRowReader(_grades);
        _headedRows = new HeadedTableRows(_grades, _resolver);
    }

    /// <inheritdoc />
    public void Extract(ReportDocument document, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        ReadScore(document, context);
        var blocks = document.Blocks;
        int? domain = null;

        // Labels waiting for their grades: one before its grade, or a whole column of labels before a column of
        // grades (a table read column by column), each with the domain it stood under.
        var pending = new Queue<(RatingRow Row, int? Domain, bool Heading)>();
        IReadOnlyList<string>? header = null;
        var key = ColumnKey.Of(document);
        var wrappedInto = -1;
        var lastLabelBlock = -1;
        string? number = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            context.Budget.ThrowIfExceeded();
            var block = blocks[i];
            if (block.Kind == BlockKind.Furniture)
            {
                continue;
            }

            if (wrappedInto == i)
            {
                // The rest of a grade wrapped out of the row above ("Requires" / "improvement"), already read.
                continue;
            }

            var cells = block.Kind == BlockKind.TableRow && block.Cells.Count > 1 ? block.Cells : _rows.SplitLine(block.Text);
            if (cells.Count > 1 && i + 1 < blocks.Count && _rows.JoinWrappedGrade(cells, blocks[i + 1]) is { } joined)
            {
                cells = joined;
                wrappedInto = i + 1;
            }

            if (StandardGrid.IsGridRow(block) is var numberedGrid && (numberedGrid || StandardGrid.IsCardRow(block, _grades)))
            {
                // One domain per column (each standard's numbered label over its grade), or rating cards side by side.
                var (standards, gridEnd) = StandardGrid.Read(document, i, _grades, numberedGrid);
                foreach (var s in standards)
                {
                    var under = s.Title is null ? domain : TableStandardResolver.DomainOf(context, s.Title) ?? domain;
                    Emit(context, new RatingRow(s.Number, s.Label, s.Grade, s.GradeText, blocks[s.Block].Text), blocks[s.Block], s.Block, under);
                }

                if (standards.Count > 0)
                {
                    pending.Clear();
                    i = gridEnd;
                    continue;
                }
            }

            if (GradeColumnTable.IsGradeHeader(block, _grades))
            {
                // "Outstanding | Good | Adequate | …" over the standards that have each grade.
                var (items, lastBlock) = GradeColumnTable.Read(document, i, _grades);
                foreach (var (grade, item) in items)
                {
                    Emit(context, new RatingRow(null, item, grade, grade, block.Text), block, i, domain);
                }

                pending.Clear();
                i = lastBlock;
                continue;
            }

            var domainHere = TableStandardResolver.DomainOf(context, block.Text);
            domain = domainHere ?? domain;

            // A grade on its own, completing the first label waiting.
            var gradeOnly = _rows.ReadGrade(block.Text, blocks, i, out var consumed);
            if (gradeOnly is not null && pending.Count == 0 && block.Kind == BlockKind.Heading
                && i + consumed + 1 < blocks.Count && blocks[i + consumed + 1].Kind == BlockKind.ListItem)
            {
                // A grade as a heading over the list of standards that have it ("Good" / • Preventing crime / • …).
                var item = i + consumed + 1;
                for (; item < blocks.Count && blocks[item].Kind == BlockKind.ListItem; item++)
                {
                    var name = TableRowReader.StripBullet(blocks[item].Text).Trim().TrimEnd('.', ';');
                    if (!GradeColumnTable.IsNoItems(name))
                    {
                        Emit(context, new RatingRow(null, name, gradeOnly.Value.Grade, gradeOnly.Value.Text, blocks[item].Text), blocks[item], item, domain);
                    }
                }

                i = item - 1;
                continue;
            }

            if (gradeOnly is not null)
            {
                if (pending.TryDequeue(out var waiting))
                {
                    Emit(context, waiting.Row with { Grade = gradeOnly.Value.Grade, GradeText = gradeOnly.Value.Text }, block, i, waiting.Domain);
                }

                i += consumed;
                continue;
            }

            if (NotRatedCell().IsMatch(block.Text) && pending.TryDequeue(out var unrated))
            {
                MarkNotRated(context, unrated.Row, unrated.Domain);
                continue;
            }

            if (block.Kind == BlockKind.TableRow && block.Cells.Count > 1)
            {
                if (_headedRows.TryReadAreaRow(context, block, header, i + 1 < blocks.Count ? blocks[i + 1] : null) || _headedRows.TryReadDatedRow(context, block, i, header))
                {
                    pending.Clear();
                    continue;
                }

                // A row of no grades is the header of the rows below, unless it names an area ("Westmorland and Furness |
                // Not yet inspected | -"): that is a row of the table with no grade to read.
                if (block.Cells.All(c => _grades.ReadCell(c) is null) && !HeadedTableRows.NamesArea(context, block) && !block.Cells.All(c => RuleCell().IsMatch(c)))
                {
                    header = key.Expand(block.Cells);
                }
            }

            if (_rows.ReadDomainPairs(context, block.Text) is { } pairs)
            {
                // "Court disposals: assessment – Outstanding; planning – Good; …": a domain's standards run together.
                foreach (var pair in pairs.Rows)
                {
                    Emit(context, pair, block, i, pairs.Domain);
                }

                pending.Clear();
                continue;
            }

            if (GradeThenList().Match(block.Text) is { Success: true } list && _grades.ReadCell(list.Groups["grade"].Value) is { } listGrade)
            {
                // "Good: Preventing crime; Responding to the public; …": one grade, then the standards that have it.
                var separator = list.Groups["list"].Value.Contains(';', StringComparison.Ordinal) ? ';' : ',';
                foreach (var item in list.Groups["list"].Value.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    Emit(context, new RatingRow(null, item.TrimEnd('.'), listGrade, list.Groups["grade"].Value, block.Text), block, i, domain);
                }

                pending.Clear();
                continue;
            }

            var row = _rows.ReadRow(cells);
            if (row is { Number: { } onlyNumber, Label: null, Grade: null })
            {
                // "3.4" on a line of its own: the number of the label on the next line.
                number = onlyNumber;
                continue;
            }

            if (row is { Grade: null, Label: var label } && label is not null)
            {
                if (NotRatedCell().IsMatch(string.Join(" ", cells)))
                {
                    MarkNotRated(context, row.Value, domain);
                    continue;
                }

                if (row.Value.Number is null && number is null && lastLabelBlock == i - 1 && pending.Count > 0 && char.IsLower(label[0]) && label.Length <= 40)
                {
                    // "Out-of-court disposal" / "policy and" / "provision": the label waiting goes on over the next lines.
                    var waiting = pending.ToArray();
                    waiting[^1] = waiting[^1] with { Row = waiting[^1].Row with { Label = waiting[^1].Row.Label + " " + label } };
                    pending = new Queue<(RatingRow Row, int? Domain, bool Heading)>(waiting);
                    lastLabelBlock = i;
                    continue;
                }

                var labelled = row.Value with { Number = row.Value.Number ?? number };
                number = null;
                if (i + 1 < blocks.Count && _rows.JoinLabelRest(labelled, blocks[i + 1]) is { } rest
                    && TableStandardResolver.IsStandardLabel(context, rest, domain))
                {
                    // "3.4  Out-of-court disposal policy and" / "provision   Good   2": the label's rest beside its grade.
                    Emit(context, rest, blocks[i + 1], i + 1, domain);
                    pending.Clear();
                    i++;
                }
                else if (TableStandardResolver.IsStandardLabel(context, labelled, domain))
                {
                    if (pending.Count == 1 && pending.Peek() is var title && title.Heading
                        && (block.Kind != BlockKind.Heading || SameStandard(context, title.Row, labelled, domain)))
                    {
                        // "Work with victims" as a heading over the card "Victims": the heading was a title.
                        pending.Clear();
                    }

                    pending.Enqueue((labelled, domain, block.Kind == BlockKind.Heading));
                    lastLabelBlock = i;
                }
                else if (_rows.WrappedLabel(context, labelled, blocks, i, domain) is { } wrapped)
                {
                    // A label wrapped over two or three lines ("Out-of-court disposal" / "policy and" / "provision").
                    pending.Enqueue((wrapped.Row, domain, block.Kind == BlockKind.Heading));
                    i += wrapped.Consumed;
                }
                else if (domainHere is null)
                {
                    pending.Clear();
                }

                continue;
            }

            number = null;

            if (row is { Grade: not null, Label: not null } graded && i + 1 < blocks.Count && wrappedInto != i + 1
                && _rows.LabelRestBelow(context, graded, blocks[i + 1], domain) is { } whole)
            {
                // "Effectiveness of leadership and   Good" / "management": the label's last words wrapped below the grade.
                row = whole;
                i++;
            }

            if (row is not { Grade: not null } complete || !Emit(context, complete, block, i, domain))
            {
                ReadInline(context, block, i);
            }

            pending.Clear();
        }
    }


    /// <summary>
    /// Reads standards run together in one block, as a PDF's text layer can give a table it did not see as one
    /// ("1.1 Governance and leadership Good 1.2 Staff Good …", "Overall rating Good"). Grades must be capitalised
    /// and follow a numbered label closely, so prose is not read as a table.
    /// </summary>
    private void ReadInline(ExtractionContext context, Block block, int blockIndex)
    {
        foreach (Match m in InlineStandard().Matches(block.Text))
        {
            var grade = _grades.ReadCell(m.Groups["grade"].Value);
            if (grade is null)
            {
                continue;
            }

            var number = m.Groups["num"].Success ? m.Groups["num"].Value : null;
            var label = m.Groups["label"].Success ? m.Groups["label"].Value.Trim() : "Overall rating";
            Emit(context, new RatingRow(number, label, grade, m.Groups["grade"].Value, m.Value), block, blockIndex, null);
        }
    }

    private static void ReadScore(ReportDocument document, ExtractionContext context)
    {
        foreach (var block in document.Blocks)
        {
            var m = Score().Match(block.Text);
            if (m.Success)
            {
                context.Score = int.Parse(m.Groups["score"].Value, CultureInfo.InvariantCulture);
                context.ScoreMax = int.Parse(m.Groups["max"].Value, CultureInfo.InvariantCulture);
                return;
            }
        }
    }

    private bool Emit(ExtractionContext context, RatingRow row, Block block, int blockIndex, int? domain)
    {
        if (row.Grade is null || row.Label is null && row.Number is null)
        {
            return false;
        }

        var framework = context.DocumentFramework is { } df && df.Graded && df.HasGrade(row.Grade)
            ? df
            : _resolver.Resolve(context, block.Text, row.Grade, null);
        if (framework is null)
        {
            return false;
        }

        string? standard;
        if (row.Label is not null && TableStandardResolver.IsOverallLabel(row.Label) && row.Number is null)
        {
            if (!framework.HasOverall)
            {
                return false;
            }

            standard = "overall";
        }
        else
        {
            standard = TableStandardResolver.ResolveStandard(framework, row, domain, loose: true)?.Id;
            if (framework.OpenStandards && row.Label is not null
                && (standard is not null || block.Kind == BlockKind.TableRow || (PlainLabel().IsMatch(row.Label) && !GradeColumnTable.IsNoItems(row.Label) && InRunOfGradedLines(context, blockIndex)))
                && !char.IsDigit((standard ?? "x")[0]))
            {
                // Frameworks taken "as printed" (PEEL, Estyn, HMIP 2025): the id is the printed label's slug.
                standard = row.Number ?? StandardSlug.From(row.Label);
            }
        }

        string? namedProvider = null;
        if (standard is null && framework.HasOverall && row.Label is not null && row.Number is null
            && NamedLabel().Match(row.Label) is { Success: true } named && context.Providers.Contains(named.Groups["name"].Value))
        {
            // "Bentley Park Infant School – still Good": a heading or row giving a provider named in the story its grade.
            standard = "overall";
            namedProvider = named.Groups["name"].Value;
        }

        if (standard is null)
        {
            return false;
        }

        var sentence = context.Analysis.FirstSentenceOf(blockIndex);
        var area = namedProvider ?? context.AreaFor(framework, sentence, 0, preferMainArea: true);
        if (area is null)
        {
            return false;
        }

        context.Add(new Rating
        {
            Area = area,
            Framework = framework.Id,
            Standard = standard,
            Value = row.Grade,
            Label = row.Label ?? row.Number,
            Evidence = new Evidence(block.Text, block.Span),
        });

        return true;
    }

    /// <summary>
    /// Whether the line at <paramref name="blockIndex"/> stands beside another "label – grade" line ("Work with children
    /// in court – Good" / "Resettlement – Requires improvement"): a list of ratings, whose labels are standards as printed.
    /// </summary>
    private bool InRunOfGradedLines(ExtractionContext context, int blockIndex)
    {
        var blocks = context.Document.Blocks;
        bool Graded(int i) => i >= 0 && i < blocks.Count && blocks[i].Kind != BlockKind.TableRow
            && _rows.ReadRow(_rows.SplitLine(blocks[i].Text)) is { Grade: not null, Label: not null };
        return Graded(blockIndex - 1) || Graded(blockIndex + 1);
    }

    private static bool SameStandard(ExtractionContext context, RatingRow a, RatingRow b, int? domain) =>
        context.DocumentFramework is { } f && TableStandardResolver.ResolveStandard(f, a, domain) is { } s && s == TableStandardResolver.ResolveStandard(f, b, domain);

    private static void MarkNotRated(ExtractionContext context, RatingRow row, int? domain)
    {
        if (context.DocumentFramework is { } f && TableStandardResolver.ResolveStandard(f, row, domain) is { } s)
        {
            context.NotRated.Add((f.Id, s.Id));
        }
    }

    /// <summary>A name and a dash before a grade, with "still", "now" or "remains" ("Bentley Park Infant School – still").</summary>
    [GeneratedRegex(@"^(?<name>.+?)\s*(?:[–—:-]\s*)?(?:(?:still|now|remains|rated|is)\s*)?$")]
    private static partial Regex NamedLabel();

    [GeneratedRegex(@"\bScore\s*:?\s*(?<score>\d{1,2})\s*/\s*(?<max>\d{1,2})(?!\d)|\bscored\s+(?<score>\d{1,2})\s+out\s+of\s+(?<max>\d{1,2})\b|\b(?<score>\d{1,2})\s*/\s*(?<max>36|27)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Score();

    [GeneratedRegex(@"(?:\b(?<num>\d\.\d)\s+(?<label>[A-Z][^.:;?!\d]{1,70}?)|\bOverall\s+(?:rating|effectiveness)\s*:?)(?:\s*(?:\.{2,}|…+))?\s+(?<grade>Requires\s+[Ii]mprovement(?:\s+to\s+be\s+good)?|Outstanding|Good|Inadequate|Adequate|Satisfactory|Unsatisfactory|Poor|Excellent|Needs\s+improvement)(?=\s+\d\.\d?|\s+[A-Z]|\s*$)")]
    private static partial Regex InlineStandard();

    [GeneratedRegex(@"^\s*(?<grade>Requires\s+improvement|Outstanding|Good|Inadequate|Adequate|Satisfactory|Unsatisfactory|Poor|Excellent|Needs\s+improvement)\s*:\s*(?<list>[^:]{3,400})$")]
    private static partial Regex GradeThenList();

    /// <summary>A label that is only a standard's name: words, with no dash, colon or "overall" joining it to another name.</summary>
    [GeneratedRegex(@"^(?!.*\boverall\b)(?!.*\s-\s)[^:–—]*$", RegexOptions.IgnoreCase)]
    private static partial Regex PlainLabel();

    /// <summary>A cell drawn as a rule under a header: "-------", "=====".</summary>
    [GeneratedRegex(@"^[\s\-=_—–:|+]*$")]
    private static partial Regex RuleCell();

    [GeneratedRegex(@"\bnot\s+rated\b|\bno\s+rating\b|\bN/?A\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotRatedCell();
}
