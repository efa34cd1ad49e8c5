using ReportMiner.Extraction.Frameworks;

namespace ReportMiner.Classification;

/// <summary>
/// What the standard-attribution model reads of a finding: as its text, the clause that holds the case ratio (a
/// sentence often states several findings, each of its own standard: "assessment was sufficient in 12 of the 20
/// cases, and reviewing in only 8"); as its context, the whole sentence. Training (<see cref="CorpusTrainingData"/>)
/// and extraction (<c>StandardAttributor</c>) both build the input here, so the model reads a finding the same way in
/// both.
/// </summary>
internal static partial class FindingInput
{
    /// <summary>Fewer words than this (besides "in", "and", "was" and the like) before the ratio in its clause, and the clause takes in its neighbours.</summary>
    private const int MinimumLeadWords = 1;

    private static readonly string[] LeadFillers = ["in", "and", "but", "only", "just", "of", "the", "with", "for", "while", "whereas", "yet", "so", "also", "a", "an", "was", "were", "is", "are", "had", "been", "be"];

    /// <summary>The input for the finding at <paramref name="offset"/> in <paramref name="sentence"/> (its start where the offset is unknown).</summary>
    /// <remarks>
    /// The context is the sentence followed by cue words that say which kind of case the sentence and its heading are
    /// about (<c>cueoutofcourt</c>, <c>cuecourt</c>) and which domain the heading numbers (<c>cuedomaintwo</c>),
    /// so that "planning" in out-of-court work (3.2) and in court work (2.2) read apart even where the clause does not say.
    /// </remarks>
    /// <param name="sentence">The sentence that states the finding.</param>
    /// <param name="offset">Where the finding's ratio stands in it.</param>
    /// <param name="heading">Its section heading, where there is one.</param>
    /// <param name="kind">The kind of its block.</param>
    /// <param name="manyServices">Whether its document reports on many services (see <see cref="ReportsOnManyServices"/>), where known.</param>
    /// <param name="surroundings">What stands around the sentence in its document (see <see cref="Surroundings"/>), where known.</param>
    public static ClassifierInput For(string sentence, int offset, string? heading, string? kind, bool manyServices = false, FindingSurroundings surroundings = default)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var clause = Clause(sentence, Math.Clamp(offset, 0, sentence.Length));
        var cues = (Cues(sentence, heading) + " " + TopicCues(sentence, offset, clause)).Trim();
        if (manyServices)
        {
            cues = (cues + " cuemanyservices").TrimStart();
        }

        // The paragraph's opening ("Out-of-court disposals. We inspected 18 cases. Assessment was …") and the numbered
        // standard a table's rows stand under ("2.2. Planning   Requires improvement", then its key questions).
        if (surroundings.Before is { } before && CourtWording.DomainOf(before) is { } beforeDomain)
        {
            cues = (cues + (beforeDomain == CourtWording.OutOfCourtDomain ? " cuebeforeoutofcourt" : " cuebeforecourt")).TrimStart();
        }

        if (surroundings.NumberAbove is { Length: > 0 } above)
        {
            cues = (cues + " cueabove" + Spelt(above[0]) + " " + above).TrimStart();
        }

        // A table's column of ratios under a standard's name ("Area   Safeguarding   Risk of Harm …"): its topic, as
        // the topic named nearest the ratio where its own sentence names none.
        if (surroundings.Column is { Length: > 0 } column)
        {
            var topics = Topics.Where(t => t.Pattern.IsMatch(column)).Select(t => t.Topic).ToList();
            cues = (cues + string.Concat(topics.Select(t => " cuecol" + t))).TrimStart();
            if (topics.Count > 0 && !cues.Contains(" cuen", StringComparison.Ordinal) && !cues.StartsWith("cuen", StringComparison.Ordinal))
            {
                cues += " cuen" + topics[0];
            }
        }

        var context = clause.Length == sentence.Trim().Length ? cues : sentence + " " + cues;

        // A ratio in a table's column is read under its header, as a reader reads it ("Safeguarding: Greenwich 78% …"):
        // the row alone holds every column's figure.
        var text = surroundings.Column is { Length: > 0 } header ? header + ": " + clause : clause;
        return new ClassifierInput(text, heading, kind, context.Trim() is { Length: > 0 } c ? c : null);
    }

    /// <summary>
    /// What stands around the sentence at <paramref name="localStart"/> in block <paramref name="blockIndex"/> of
    /// <paramref name="blocks"/>: the block's text before it, and the standard number ("2.2") that opens the nearest block
    /// above it in its section (a table's rows stand under their standard's line), unless its own block opens with one.
    /// </summary>
    internal static FindingSurroundings Surroundings(IReadOnlyList<Documents.Block> blocks, int blockIndex, int localStart, int? ratioAt = null)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var own = blocks[blockIndex].Text;
        var before = localStart > 0 ? own[..Math.Min(localStart, own.Length)].Trim() : null;
        var column = ratioAt is { } at ? ColumnHeader(blocks, blockIndex, localStart + at) : null;
        if (NumberedLine().IsMatch(own))
        {
            return new(before, null, column);
        }

        for (var i = blockIndex - 1; i >= 0 && i >= blockIndex - 8; i--)
        {
            var block = blocks[i];
            if (block.Kind == Documents.BlockKind.Heading)
            {
                break;
            }

            if (block.Kind != Documents.BlockKind.Furniture && NumberedLine().Match(block.Text) is { Success: true } m)
            {
                return new(before, m.Groups[1].Value + "." + m.Groups[2].Value, column);
            }
        }

        return new(before, null, column);
    }

    /// <summary>
    /// The header of the column a ratio at <paramref name="at"/> in table row <paramref name="blockIndex"/> stands in: the
    /// cell in the same place of the nearest row above with as many cells, else (a table set out in plain text, its
    /// columns lined up by spaces, whose rows may run two cells together) the cell of a row above that stands over the
    /// ratio; a header has letters and no number. Null where the block is no row of three cells or more, or no such
    /// header stands above it.
    /// </summary>
    private static string? ColumnHeader(IReadOnlyList<Documents.Block> blocks, int blockIndex, int at)
    {
        var row = blocks[blockIndex];
        if (row.Kind != Documents.BlockKind.TableRow || row.Cells.Count < 3 || CellSpans(row) is not { } spans)
        {
            return null;
        }

        var column = Array.FindIndex(spans, s => at >= s.Start && at < s.End);
        for (var i = blockIndex - 1; column >= 0 && i >= 0 && i >= blockIndex - 6; i--)
        {
            var above = blocks[i];
            if (above.Kind == Documents.BlockKind.Heading)
            {
                break;
            }

            if (above.Kind != Documents.BlockKind.TableRow)
            {
                continue;
            }

            var c = column > 0 && above.Cells.Count == row.Cells.Count ? column
                : CellSpans(above) is { } over ? Array.FindIndex(over, s => at >= s.Start - Slack && at < s.End + Slack) : -1;
            if (c > 0 && above.Cells[c] is { Length: > 0 } header && header.Any(char.IsLetter) && !header.Any(char.IsDigit))
            {
                return header;
            }
        }

        return null;
    }

    /// <summary>How far a header may stand to the side of the ratio below it, in characters (numbers set right or left under it).</summary>
    private const int Slack = 2;

    /// <summary>Where each cell of a table row stands in its text, or null where a cell is not found in order.</summary>
    private static (int Start, int End)[]? CellSpans(Documents.Block row)
    {
        var spans = new (int Start, int End)[row.Cells.Count];
        var from = 0;
        for (var c = 0; c < row.Cells.Count; c++)
        {
            var start = row.Text.IndexOf(row.Cells[c], from, StringComparison.Ordinal);
            if (start < 0)
            {
                return null;
            }

            from = start + row.Cells[c].Length;
            spans[c] = (start, from);
        }

        return spans;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:[-•*·]\s*)?([1-9])\.(\d{1,2})\.?\s+\p{L}")]
    private static partial System.Text.RegularExpressions.Regex NumberedLine();

    /// <summary>A digit spelt out, for a cue word (the tokeniser reads a digit inside a word as 0: <c>cuedomain2</c> would be <c>cuedomain3</c>).</summary>
    private static string Spelt(char digit) => digit switch
    {
        '0' => "zero", '1' => "one", '2' => "two", '3' => "three", '4' => "four",
        '5' => "five", '6' => "six", '7' => "seven", '8' => "eight", _ => "nine",
    };

    /// <summary>
    /// Whether the document of <paramref name="context"/> reports on many services rather than one inspection: an annual
    /// report, a news article, or a document with no main area. Its findings are quoted across services, and their
    /// authors rarely pin a standard down (the cue <c>cuemanyservices</c>).
    /// </summary>
    internal static bool ReportsOnManyServices(ReportMiner.Extraction.ExtractionContext context) =>
        context.MainArea is null || context.Kind is Records.DocumentKinds.AnnualReport or Records.DocumentKinds.NewsArticle;

    /// <summary>The cue words of a finding's sentence and heading (space-separated; empty where there are none).</summary>
    internal static string Cues(string sentence, string? heading)
    {
        var cues = new List<string>();
        var text = (sentence + " | " + heading).ToLowerInvariant().Replace('-', ' ').Replace('\u2011', ' ');
        var outOfCourt = OutOfCourtWords.Any(text.Contains);
        if (outOfCourt)
        {
            cues.Add("cueoutofcourt");
        }

        if (CourtWords.Any(w => text.Replace("out of court", string.Empty, StringComparison.Ordinal).Contains(w, StringComparison.Ordinal)))
        {
            cues.Add("cuecourt");
        }

        var h = heading?.TrimStart() ?? string.Empty;
        if (h.Length >= 2 && char.IsDigit(h[0]) && (h[1] is '.' or ' ' || (h.Length > 2 && h[1] == ')')))
        {
            cues.Add("cuedomain" + Spelt(h[0]));
        }

        // A finding printed under its section's number ("1.2. PSRs had been written …"): the number's domain.
        if (SectionStart.Match(sentence) is { Success: true } section)
        {
            cues.Add("cuesection" + Spelt(section.Groups[1].Value[0]));
        }

        return string.Join(' ', cues);
    }

    /// <summary>
    /// The topics of a finding (<see cref="Topics"/>, the words of the standards' own names and what they cover), as cue
    /// words: <c>cuet</c>+topic for each topic its clause names, and <c>cuen</c>+topic for the topic named nearest before
    /// its ratio in the sentence (else first after it), as the rules read a standard named in the sentence.
    /// </summary>
    internal static string TopicCues(string sentence, int offset, string clause)
    {
        var cues = new List<string>();
        foreach (var (topic, pattern) in Topics)
        {
            if (pattern.IsMatch(clause))
            {
                cues.Add("cuet" + topic);
            }
        }

        string? nearest = null, after = null;
        int nearestAt = -1, afterAt = int.MaxValue;
        foreach (var (topic, pattern) in Topics)
        {
            foreach (System.Text.RegularExpressions.Match m in pattern.Matches(sentence))
            {
                if (m.Index < offset && m.Index > nearestAt)
                {
                    (nearest, nearestAt) = (topic, m.Index);
                }
                else if (m.Index >= offset && m.Index < afterAt)
                {
                    (after, afterAt) = (topic, m.Index);
                }
            }
        }

        if ((nearest ?? after) is { } near)
        {
            cues.Add("cuen" + near);
        }

        // What the ratio counts ("12 of the 15 assessments", "11/15 plans"): the finding's own topic, whatever the
        // sentence names before it.
        if (CountedTopic(sentence, offset) is { } counted)
        {
            cues.Add("cueo" + counted);
        }

        return string.Join(' ', cues);
    }

    /// <summary>
    /// The topic of what the count at <paramref name="offset"/> counts, where the words right after it name one ("12 of
    /// the 15 <b>assessments</b>", "11/15 <b>plans</b>", "60 per cent of <b>reviews</b>"), else null ("in 14 of the 17 cases").
    /// </summary>
    internal static string? CountedTopic(string sentence, int offset)
    {
        if (offset < 0 || offset >= sentence.Length || CountedNoun().Match(sentence, offset) is not { Success: true } m || m.Index != offset)
        {
            return null;
        }

        var noun = m.Groups["noun"].Value;
        return Topics.FirstOrDefault(t => t.Pattern.IsMatch(noun)).Topic;
    }

    /// <summary>
    /// The topic a standard's name speaks of (<see cref="Topics"/>): the one named first in it, the more particular of two
    /// named at one place (the last listed: "Victims" is <c>victims</c>, not <c>riskofharm</c>); null where it names none.
    /// </summary>
    internal static string? TopicOfName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string? topic = null;
        var first = int.MaxValue;
        foreach (var (t, pattern) in Topics)
        {
            if (pattern.Match(name) is { Success: true } m && m.Index <= first)
            {
                (topic, first) = (t, m.Index);
            }
        }

        return topic;
    }

    /// <summary>
    /// A count and the (up to three) words after it before any punctuation or word that ends a noun phrase ("15 <i>and</i>
    /// planning in 14" counts no planning): what it counts.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\G(?:" + ReportMiner.Text.NumberWords.Pattern + @")(?:\s*%|\s+per\s*cent)?(?:\s*(?:/|out\s+of|of)\s*(?:the\s+|these\s+|those\s+|all\s+)?(?:" + ReportMiner.Text.NumberWords.Pattern + @"))?(?:\s+of\s+(?:the\s+|these\s+|those\s+|all\s+)?)?\s+(?<noun>" + NounWord + @"(?:\s+" + NounWord + @"){0,2})", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex CountedNoun();

    /// <summary>A word of a noun phrase: not a conjunction, preposition or verb of being that ends one.</summary>
    private const string NounWord = @"(?!(?:and|or|but|in|on|at|to|for|with|by|from|of|was|were|is|are|had|has|have|been|be|did|that|which|where|when)\b)[\p{L}'’\-]+";

    /// <summary>
    /// What the standards' names speak of, each with the words that name it in inspection reports (the names in the
    /// frameworks' catalogue and their everyday forms: "PSRs" for court reports, "safe from" for risk of harm).
    /// </summary>
    private static readonly (string Topic, System.Text.RegularExpressions.Regex Pattern)[] Topics =
    [
        ("assessment", Topic(@"assess\w*|analys\w*|screening|asset|understood|identified|factors linked")),
        ("planning", Topic(@"plan|plans|planning|contingency")),
        ("delivery", Topic(@"implement\w*|deliver\w*|interventions?|programmes?|services? (?:were |was )?(?:provided|offered)|supervision|home visits?")),
        ("reviewing", Topic(@"review\w*|updated|reassess\w*")),
        ("courtwork", Topic(@"court work|court reports?|reports? (?:to|for) (?:the )?court|pre ?sentence|psrs?|proposals?|sentencers?|information (?:given|provided) to the court|before sentence")),
        ("reoffending", Topic(@"reoffend\w*|re offend\w*|desist\w*|offending behaviour|causes of offending")),
        ("riskofharm", Topic(@"risk of (?:serious )?harm|other people safe|others safe|people safe|the public|public protection|mappa|victims?|domestic abuse")),
        ("childsafety", Topic(@"safeguard\w*|protect\w* the (?:child|young person)|vulnerab\w*|child safe|young person safe|child's (?:own )?safety|safety and wellbeing|wellbeing|social care|exploitation")),
        ("sentence", Topic(@"complian\w*|comply|complied|enforcement|breach\w*|engag\w*|barriers|diversity|sentence (?:is|was) served|frequency of contact")),
        ("resettlement", Topic(@"resettle\w*|custody|custodial|release\w*|secure estate|through the gate|prison\w*")),
        ("unpaidwork", Topic(@"unpaid work|community payback")),
        ("outofcourtpolicy", Topic(@"joint (?:working|work|decision\w*)|decision making|panel|police|policy|diversion\w*")),
        ("victims", Topic(@"victims?|restorative")),
    ];

    private static System.Text.RegularExpressions.Regex Topic(string alternatives) =>
        new(@"\b(?:" + alternatives + @")\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled);

    private static readonly System.Text.RegularExpressions.Regex SectionStart = new(@"^\s*(?:[-•*·]\s*)?(\d)\.\d{1,2}\.?\s", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly string[] OutOfCourtWords = ["out of court", "caution", "community resolution", "diversion", "diverted", "triage", "youth conditional", "prevention"];

    private static readonly string[] CourtWords = ["court", "referral order", "youth rehabilitation", "custod", "sentence"];

    /// <summary>
    /// The clause of <paramref name="sentence"/> around <paramref name="offset"/>: from the last comma, semicolon or
    /// colon before it to the next one after it, taking in the clause before and the clause after where the ratio
    /// opens its clause ("In 17 of the 18 cases, the assessment was sufficient"; "poor: only 8 of 20 were").
    /// </summary>
    internal static string Clause(string sentence, int offset)
    {
        var start = BoundaryBefore(sentence, offset);
        var end = BoundaryAfter(sentence, offset);
        if (ContentWords(sentence.AsSpan(start, offset - start)) < MinimumLeadWords)
        {
            start = start > 0 ? BoundaryBefore(sentence, start - 1) : 0;
            end = end < sentence.Length ? BoundaryAfter(sentence, end + 1) : end;
        }

        // A second finding joined on without a comma, after its own topic ("assessment was sufficient in 15 and planning
        // in 14"): the first finding's clause ends before it (the second keeps the whole, whose topic nearest before its
        // ratio the cue cuen… names).
        foreach (System.Text.RegularExpressions.Match joint in Joint().Matches(sentence[..end], offset))
        {
            var after = joint.Index + joint.Length;
            if (joint.Index > offset && NamesATopic(sentence[after..end]) && CountWord().IsMatch(sentence[after..end]))
            {
                end = joint.Index;
                break;
            }
        }

        return sentence[start..end].Trim(' ', ',', ';', ':', '.', '\t', '\n', '\r');
    }

    /// <summary>Where the first count stands in <paramref name="text"/> (a number, or a word such as "half" or "nine"), else 0: a hand-labelled finding's place.</summary>
    internal static int FirstCount(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return CountWord().Match(text) is { Success: true } m ? m.Index : 0;
    }

    /// <summary>Whether <paramref name="text"/> states a count at all (a number, or a word such as "half", "nine" or "every").</summary>
    internal static bool HasCount(string text) => CountWord().IsMatch(text);

    /// <summary>Whether <paramref name="text"/> names a topic of the standards before any number (a finding's own lead).</summary>
    private static bool NamesATopic(string text)
    {
        var number = text.AsSpan().IndexOfAnyInRange('0', '9');
        var lead = number >= 0 ? text[..number] : text;
        return Topics.Any(t => t.Pattern.IsMatch(lead));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|half|quarter|third|thirds|all|every|none)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex CountWord();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s(?:and|but|while|whereas)\s", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Joint();

    private static int BoundaryBefore(string text, int offset)
    {
        var depth = 0;
        for (var i = Math.Min(offset, text.Length) - 1; i >= 0; i--)
        {
            var c = text[i];
            depth += c == ')' ? 1 : c == '(' && depth > 0 ? -1 : 0;
            if (depth == 0 && IsBoundary(text, i))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static int BoundaryAfter(string text, int offset)
    {
        var depth = 0;
        for (var i = offset; i < text.Length; i++)
        {
            var c = text[i];
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
            if (depth == 0 && IsBoundary(text, i))
            {
                return i;
            }
        }

        return text.Length;
    }

    /// <summary>A comma, semicolon or colon that ends a clause (not a thousands separator: "1,200").</summary>
    private static bool IsBoundary(string text, int i) =>
        text[i] is ';' or ':' or ',' && !(i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]));

    private static int ContentWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var range in text.SplitAny(' ', ',', ';', ':', '(', ')', '\n', '\t'))
        {
            var word = text[range].Trim("'\"‘’“”.");
            if (word.Length > 0 && char.IsLetter(word[0]) && !LeadFillers.Contains(word.ToString().ToLowerInvariant()))
            {
                count++;
            }
        }

        return count;
    }
}

/// <summary>What stands around a finding's sentence in its document (see <see cref="FindingInput.Surroundings"/>).</summary>
/// <param name="Before">Its block's text before it.</param>
/// <param name="NumberAbove">The standard number ("2.2") that opens the nearest block above it in its section.</param>
/// <param name="Column">The header of the table column its ratio stands in.</param>
internal readonly record struct FindingSurroundings(string? Before, string? NumberAbove, string? Column);
