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
    /// <summary>The end of a line searched for its grade (the longest grade phrase with its note fits well inside).</summary>
    private const int TailLength = 80;

    private readonly GradeMatcher _grades;
    private readonly FrameworkResolver _resolver;

    /// <summary>Creates the extractor over <paramref name="catalog"/>.</summary>
    public RatingTableExtractor(FrameworkCatalog catalog)
    {
        _grades = GradeMatcher.For(catalog);
        _resolver = new FrameworkResolver(catalog);
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
        var pending = new Queue<(Pending Row, int? Domain)>();
        IReadOnlyList<string>? header = null;
        var wrappedInto = -1;
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

            var cells = block.Kind == BlockKind.TableRow && block.Cells.Count > 1 ? block.Cells : SplitLine(block.Text);
            if (cells.Count > 1 && i + 1 < blocks.Count && JoinWrappedGrade(cells, blocks[i + 1]) is { } joined)
            {
                cells = joined;
                wrappedInto = i + 1;
            }

            if (StandardGrid.IsGridRow(block))
            {
                // One domain per column: each standard's numbered label over its grade.
                var (standards, gridEnd) = StandardGrid.Read(document, i, _grades);
                foreach (var (gridNumber, gridLabel, grade, gradeText, at) in standards)
                {
                    Emit(context, new Pending(gridNumber, gridLabel, grade, gradeText, blocks[at].Text), blocks[at], at, domain);
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
                    Emit(context, new Pending(null, item, grade, grade, block.Text), block, i, domain);
                }

                pending.Clear();
                i = lastBlock;
                continue;
            }

            var domainHere = DomainOf(context, block.Text);
            domain = domainHere ?? domain;

            // A grade on its own, completing the first label waiting.
            var gradeOnly = ReadGrade(block.Text, blocks, i, out var consumed);
            if (gradeOnly is not null && pending.Count == 0 && block.Kind == BlockKind.Heading
                && i + consumed + 1 < blocks.Count && blocks[i + consumed + 1].Kind == BlockKind.ListItem)
            {
                // A grade as a heading over the list of standards that have it ("Good" / • Preventing crime / • …).
                var item = i + consumed + 1;
                for (; item < blocks.Count && blocks[item].Kind == BlockKind.ListItem; item++)
                {
                    var name = BulletLead().Replace(blocks[item].Text, string.Empty).Trim().TrimEnd('.', ';');
                    if (!GradeColumnTable.IsNoItems(name))
                    {
                        Emit(context, new Pending(null, name, gradeOnly.Value.Grade, gradeOnly.Value.Text, blocks[item].Text), blocks[item], item, domain);
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
                if (TryReadAreaRow(context, block, header) || TryReadDatedRow(context, block, i, header))
                {
                    pending.Clear();
                    continue;
                }

                if (block.Cells.All(c => _grades.ReadCell(c) is null))
                {
                    header = block.Cells;
                }
            }

            if (block.Text.Contains(';', StringComparison.Ordinal) && block.Text.Contains(':', StringComparison.Ordinal)
                && DomainPairs().Match(block.Text) is { Success: true } pairs && ReadDomainPairs(context, block, i, pairs))
            {
                pending.Clear();
                continue;
            }

            if (GradeThenList().Match(block.Text) is { Success: true } list && _grades.ReadCell(list.Groups["grade"].Value) is { } listGrade)
            {
                // "Good: Preventing crime; Responding to the public; …": one grade, then the standards that have it.
                var separator = list.Groups["list"].Value.Contains(';', StringComparison.Ordinal) ? ';' : ',';
                foreach (var item in list.Groups["list"].Value.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    Emit(context, new Pending(null, item.TrimEnd('.'), listGrade, list.Groups["grade"].Value, block.Text), block, i, domain);
                }

                pending.Clear();
                continue;
            }

            var row = ReadRow(cells);
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

                var labelled = row.Value with { Number = row.Value.Number ?? number };
                number = null;
                if (IsStandardLabel(context, labelled, domain))
                {
                    pending.Enqueue((labelled, domain));
                }
                else if (WrappedLabel(context, labelled, blocks, i, domain) is { } wrapped)
                {
                    // A label wrapped over two or three lines ("Out-of-court disposal" / "policy and" / "provision").
                    pending.Enqueue((wrapped.Row, domain));
                    i += wrapped.Consumed;
                }
                else if (domainHere is null)
                {
                    pending.Clear();
                }

                continue;
            }

            number = null;

            if (row is not { Grade: not null } complete || !Emit(context, complete, block, i, domain))
            {
                ReadInline(context, block, i);
            }

            pending.Clear();
        }
    }

    /// <summary>
    /// Reads a row of a table of several areas ("Barnet | April 2022 | Good | 24/36"): a cell that names an area and
    /// a cell holding a grade, the grade's column header naming the standard (overall where it names none).
    /// </summary>
    private bool TryReadAreaRow(ExtractionContext context, Block block, IReadOnlyList<string>? header)
    {
        var cells = block.Cells;
        var areaCell = cells.FirstOrDefault(c => c.Length > 0 && IsAreaName(context, c));
        if (areaCell is null)
        {
            return false;
        }

        var area = context.Gazetteer.Find(areaCell)?.Name ?? areaCell.Trim();
        var read = false;
        for (var c = 0; c < cells.Count; c++)
        {
            if (_grades.ReadCell(cells[c]) is not { } grade)
            {
                continue;
            }

            var framework = context.DocumentFramework is { } df && df.Graded && df.HasGrade(grade) ? df : _resolver.Resolve(context, block.Text, grade, null);
            if (framework is null)
            {
                continue;
            }

            var column = header is not null && c < header.Count ? header[c] : null;
            var standard = ColumnStandard(framework, column);
            if (standard is null)
            {
                continue;
            }

            context.Add(new Rating
            {
                Area = area,
                Framework = framework.Id,
                Standard = standard,
                Value = grade,
                Label = column ?? cells[c],
                Evidence = new Evidence(block.Text, block.Span),
            });
            read = true;
        }

        return read;
    }

    /// <summary>
    /// Reads a row of a table of past inspections ("2 February 2015 | Section 5 | Requires improvement" under
    /// "Inspection date | Type | Overall effectiveness"): a dated row whose grade stands in a column the header names
    /// as a rating or a standard; the rating is the main area's, for the row's year.
    /// </summary>
    private bool TryReadDatedRow(ExtractionContext context, Block block, int blockIndex, IReadOnlyList<string>? header)
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

            var standard = ColumnStandard(framework, column);
            var sentence = context.Analysis.Sentences.FirstOrDefault(s => s.BlockIndex == blockIndex);
            if (standard is null || context.AreaFor(framework, sentence, 0, preferMainArea: true) is not { } area)
            {
                continue;
            }

            context.Add(new Rating
            {
                Area = area,
                Framework = framework.Id,
                Standard = standard,
                Value = grade,
                Label = column,
                Year = year,
                Evidence = new Evidence(block.Text, block.Span),
            });
            read = true;
        }

        return read;
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
            Emit(context, new Pending(number, label, grade, m.Groups["grade"].Value, m.Value), block, blockIndex, null);
        }
    }

    /// <summary>
    /// Whether a cell names an area: a known area, one the document's service names give, or known areas joined
    /// into one service ("Ealing and Hillingdon", "Swindon and Wiltshire").
    /// </summary>
    private static bool IsAreaName(ExtractionContext context, string cell)
    {
        var name = cell.Trim();
        if (context.Gazetteer.Find(name) is not null || context.Analysis.ExtraAreas.Any(e => e.Name == name))
        {
            return true;
        }

        var parts = JoinedNames().Split(name);
        return parts.Length > 1 && parts.All(p => context.Gazetteer.Find(p) is not null);
    }

    private static string? FirstStandard(IReadOnlyList<Standard> standards) => standards.Count > 0 ? standards[0].Id : null;

    /// <summary>The standard a grade column's header names: overall where it names only a rating (or there is none).</summary>
    private static string? ColumnStandard(Framework framework, string? column) =>
        column is null || OverallLabel().IsMatch(column.Trim()) || RatingColumn().IsMatch(column.Trim())
            ? (framework.HasOverall ? "overall" : null)
            : FirstStandard(StandardMatcher.For(framework).MatchLabel(column));

    private readonly record struct Pending(string? Number, string? Label, string? Grade, string? GradeText, string Text);

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

    /// <summary>Splits a line such as "2.1 Assessment  Requires improvement" into number, label and grade.</summary>
    private IReadOnlyList<string> SplitLine(string text)
    {
        // "Caring   Good   (previously Outstanding)": the earlier grade in brackets is a note on the row.
        // Both patterns end at the end of the text: they are run over its tail only (a grade and its note are short).
        var t = text.Trim();
        if (PreviousNote().Match(t, Math.Max(0, t.Length - TailLength)) is { Success: true } note)
        {
            t = t[..note.Index].Trim();
        }

        var grade = TrailingGrade().Match(t, Math.Max(0, t.Length - TailLength));
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
    private IReadOnlyList<string>? JoinWrappedGrade(IReadOnlyList<string> cells, Block next)
    {
        var rest = next.Text.Trim();
        if (next.Kind == BlockKind.Heading || rest.Length == 0 || rest.Length > 25 || cells[^1].Trim().Length == 0 || _grades.ReadCell(cells[^1]) is not null)
        {
            return null;
        }

        var joined = cells[^1].Trim() + " " + rest;
        return _grades.ReadCell(joined) is null ? null : [.. cells.Take(cells.Count - 1), joined];
    }

    /// <summary>
    /// Reads "Court disposals: assessment – Outstanding; planning – Good; …": a domain, then its standards' grades
    /// separated by semicolons. True where two or more pairs were read.
    /// </summary>
    private bool ReadDomainPairs(ExtractionContext context, Block block, int blockIndex, Match pairs)
    {
        var domain = DomainOf(context, pairs.Groups["domain"].Value);
        var rows = new List<Pending>();
        foreach (var part in pairs.Groups["pairs"].Value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var cells = SplitLine(part.TrimEnd('.'));
            if (ReadRow(cells) is { Grade: not null, Label: not null } row)
            {
                rows.Add(row);
            }
        }

        if (rows.Count < 2)
        {
            return false;
        }

        foreach (var row in rows)
        {
            Emit(context, row, block, blockIndex, domain);
        }

        return true;
    }

    /// <summary>
    /// The label completed by the next one or two short blocks, where the joined words name a standard and the block
    /// after them is a grade; null otherwise.
    /// </summary>
    private (Pending Row, int Consumed)? WrappedLabel(ExtractionContext context, Pending row, IReadOnlyList<Block> blocks, int index, int? domain)
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
            if (IsStandardLabel(context, joined, domain) && _grades.ReadCell(blocks[index + k + 1].Text.Trim()) is not null)
            {
                return (joined, k);
            }
        }

        return null;
    }

    private Pending? ReadRow(IReadOnlyList<string> cells)
    {
        var nonEmpty = cells.Select(c => PreviousNote().Replace(c.Trim(), string.Empty).Trim()).Where(c => c.Length > 0).ToList();
        if (nonEmpty.Count == 0)
        {
            return null;
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

        return new Pending(num, labelText.Length == 0 ? null : labelText, grade, gradeText, string.Join(" ", cells).Trim());
    }

    private (string Grade, string Text)? ReadGrade(string text, IReadOnlyList<Block> blocks, int index, out int consumed)
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

    private bool IsStandardLabel(ExtractionContext context, Pending row, int? domain)
    {
        var framework = context.DocumentFramework;
        if (row.Label is null)
        {
            return false;
        }

        if (OverallLabel().IsMatch(row.Label))
        {
            return true;
        }

        if (GradeColumnTable.IsNoItems(row.Label))
        {
            return false;
        }

        return framework is not null && ResolveStandard(framework, row, domain) is not null;
    }

    private bool Emit(ExtractionContext context, Pending row, Block block, int blockIndex, int? domain)
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
        if (row.Label is not null && OverallLabel().IsMatch(row.Label) && row.Number is null)
        {
            if (!framework.HasOverall)
            {
                return false;
            }

            standard = "overall";
        }
        else
        {
            standard = ResolveStandard(framework, row, domain, loose: true)?.Id;
            if (framework.OpenStandards && row.Label is not null && (standard is not null || block.Kind == BlockKind.TableRow) && !char.IsDigit((standard ?? "x")[0]))
            {
                // Frameworks taken "as printed" (PEEL, Estyn, HMIP 2025): the id is the printed label's slug.
                standard = row.Number ?? StandardSlug.From(row.Label);
            }
        }

        if (standard is null)
        {
            return false;
        }

        var sentence = context.Analysis.Sentences.FirstOrDefault(s => s.BlockIndex == blockIndex);
        var area = context.AreaFor(framework, sentence, 0, preferMainArea: true);
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

    private static void MarkNotRated(ExtractionContext context, Pending row, int? domain)
    {
        if (context.DocumentFramework is { } f && ResolveStandard(f, row, domain) is { } s)
        {
            context.NotRated.Add((f.Id, s.Id));
        }
    }

    private static Standard? ResolveStandard(Framework framework, Pending row, int? domain, bool loose = false)
    {
        if (row.Number is not null)
        {
            var byNumber = framework.FindStandard(row.Number);
            if (byNumber is not null)
            {
                return byNumber;
            }
        }

        if (row.Label is null)
        {
            return null;
        }

        var matches = StandardMatcher.For(framework).MatchLabel(row.Label);
        if (matches.Count == 0 && loose)
        {
            // Only a row that has its grade is read loosely: a label waiting for one must name its standard exactly.
            matches = LooseMatch(framework, row.Label);
        }

        if (matches.Count == 0)
        {
            return null;
        }

        if (matches.Count == 1)
        {
            return matches[0];
        }

        var wanted = CourtWording.DomainOf(row.Label) == CourtWording.OutOfCourtDomain ? CourtWording.OutOfCourtDomain : domain;
        return matches.FirstOrDefault(s => s.Domain == wanted) ?? matches[0];
    }

    /// <summary>
    /// The standards a label names in other words ("work to protect the child or young person and reduce their
    /// vulnerability", "work to make sure the sentence is served"): every phrase found in it names the same standard,
    /// and the phrases cover at least two fifths of it.
    /// </summary>
    private static IReadOnlyList<Standard> LooseMatch(Framework framework, string label)
    {
        var mentions = StandardMatcher.For(framework).Find(label).ToList();
        if (mentions.Count == 0)
        {
            return [];
        }

        var first = mentions[0].Standards;
        var same = mentions.All(m => m.Standards.Select(x => x.Id).SequenceEqual(first.Select(x => x.Id)));
        var covered = mentions.Sum(m => m.Length);
        return same && covered * 5 >= label.Trim().Length * 2 ? first : [];
    }

    private static int? DomainOf(ExtractionContext context, string text)
    {
        var framework = context.DocumentFramework;
        if (framework is null || framework.Domains.Count == 0 || text.Length > 80)
        {
            return null;
        }

        var t = SpaceFolding.Fold(DomainNumber().Replace(DomainWord().Replace(text.Trim(), string.Empty), string.Empty).Trim().TrimEnd(':').ToLowerInvariant());
        foreach (var d in framework.Domains)
        {
            if (d.Aliases.Any(a => string.Equals(SpaceFolding.Fold(a), t, StringComparison.Ordinal)))
            {
                return d.Number;
            }
        }

        var number = DomainNumber().Match(text);
        return number.Success && framework.Domains.Any(d => d.Number.ToString(CultureInfo.InvariantCulture) == number.Groups["d"].Value)
            && !number.Groups["minor"].Success
            && text.Length < 60
            ? int.Parse(number.Groups["d"].Value, CultureInfo.InvariantCulture)
            : null;
    }


    [GeneratedRegex(@"\bScore\s*:?\s*(?<score>\d{1,2})\s*/\s*(?<max>\d{1,2})\b|\bscored\s+(?<score>\d{1,2})\s+out\s+of\s+(?<max>\d{1,2})\b|\b(?<score>\d{1,2})\s*/\s*(?<max>36|27)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Score();

    [GeneratedRegex(@"(?:(?<![\p{L}\p{N}])|(?<=\p{Ll})(?=\p{Lu}))(?<grade>(?:Requires\s+improvement(?:\s+to\s+be\s+good)?|Outstanding|Good|Inadequate|Adequate|Satisfactory|Unsatisfactory|Poor|Excellent|Very\s+good|Needs\s+improvement|Exceptional|Strong\s+standard|Expected\s+standard|Needs\s+attention|Urgent\s+improvement|Not\s+met|Met))\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingGrade();

    [GeneratedRegex(@"^(?<label>\d(?:\.\d{1,2})?\.?\s+\S.*?)\s{3,}(?<grade>Requires\s+improvement|Outstanding|Good|Inadequate|Adequate|Satisfactory|Unsatisfactory|Poor|Excellent)\s{3,}(?<rest>\p{Ll}[\p{L}\s\-]{0,40})$")]
    private static partial Regex GradeBetween();

    [GeneratedRegex(@"^(?<num>\d(?:\.\d{1,2})?)\.?(?:\s+|(?=\p{Lu}))")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"^(?:overall(?:\s+(?:rating|effectiveness|judgement|grade))?|overall(?:\s+[\w\-]+){0,3}\s+(?:rating|grade|judgement)|overall\s+rating\s+for\s+.*|previous\s+inspection\s+(?:grade|judgement|rating))\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex OverallLabel();

    [GeneratedRegex(@"^(?:(?:overall\s+)?(?:rating|grade|judgement|outcome)s?|inspection\s+(?:rating|outcome)|overall\s+effectiveness)$", RegexOptions.IgnoreCase)]
    private static partial Regex RatingColumn();

    [GeneratedRegex(@"(?:\b(?<num>\d\.\d)\s+(?<label>[A-Z][^.:;?!\d]{1,70}?)|\bOverall\s+(?:rating|effectiveness)\s*:?)(?:\s*(?:\.{2,}|…+))?\s+(?<grade>Requires\s+[Ii]mprovement(?:\s+to\s+be\s+good)?|Outstanding|Good|Inadequate|Adequate|Satisfactory|Unsatisfactory|Poor|Excellent|Needs\s+improvement)(?=\s+\d\.\d?|\s+[A-Z]|\s*$)")]
    private static partial Regex InlineStandard();

    [GeneratedRegex(@"^\s*(?:(?:inspection|publication|report|visit)\s+)?(?:date|year|published|inspected)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DateColumn();

    [GeneratedRegex(@"\b(?:19|20)\d\d\b")]
    private static partial Regex RowYear();

    [GeneratedRegex(@"^\s*(?:[•·▪*\-–]\s*)?(?<domain>[A-Z][^:;]{2,50}):\s*(?<pairs>[^:]+;[^:]+)$")]
    private static partial Regex DomainPairs();

    [GeneratedRegex(@"\s*(?:,|\band\b|&)\s*")]
    private static partial Regex JoinedNames();

    [GeneratedRegex(@"^\s*(?<grade>Requires\s+improvement|Outstanding|Good|Inadequate|Adequate|Satisfactory|Unsatisfactory|Poor|Excellent|Needs\s+improvement)\s*:\s*(?<list>[^:]{3,400})$")]
    private static partial Regex GradeThenList();

    [GeneratedRegex(@"^\s*[•·▪◦‣●○■□➢►✓*\-–]\s+")]
    private static partial Regex BulletLead();

    [GeneratedRegex(@"^to\s+be\s+good\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex ToBeGood();

    [GeneratedRegex(@"\bnot\s+rated\b|\bno\s+rating\b|\bN/?A\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotRatedCell();


    [GeneratedRegex(@"\s*\((?:previously|formerly|was|last\s+time|\d{4})[^)]{0,40}\)\s*$|^\((?:previously|formerly)[^)]{0,40}\)$", RegexOptions.IgnoreCase)]
    private static partial Regex PreviousNote();

    [GeneratedRegex(@"(?<!\bnot\s)\b(?:rated|judged|graded|have\s+been|has\s+been)\b|%|\bper\s*cent\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProseLabel();

    /// <summary>"Domain three: " before a domain's name.</summary>
    [GeneratedRegex(@"^\s*domain\s+(?:one|two|three|four)\s*[:.\-–]?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex DomainWord();

    [GeneratedRegex(@"^\s*(?:domain\s+)?(?<d>\d)(?:\.(?<minor>\d))?\.?\s*")]
    private static partial Regex DomainNumber();
}
