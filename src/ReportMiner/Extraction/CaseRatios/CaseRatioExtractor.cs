using System.Globalization;
using System.Text.RegularExpressions;
using ReportMiner.Documents;
using ReportMiner.Frameworks;
using ReportMiner.Records;
using ReportMiner.Text;

namespace ReportMiner.Extraction.CaseRatios;

/// <summary>
/// Reads proportions of inspected cases: counts ("17 out of the 18 relevant cases", "in 9 of the 14",
/// "all but one of the 12 cases", "in the 12 cases where … every time"), percentages of cases ("80 per cent of
/// cases", "Of the records examined, 80 per cent …") and fractions ("half of the cases", "over two-thirds of
/// cases"). Proportions of staff, services, offences or reoffending rates are not case ratios.
/// </summary>
public sealed partial class CaseRatioExtractor : IRecordExtractor
{
    private const string N = NumberWords.Pattern;

    /// <summary>The Core Case Inspection framework, whose scores are shares of cases.</summary>
    private const string CciFramework = "hmip-youth-cci";

    /// <summary>Nouns that name inspected cases or their documents, after up to three qualifying words.</summary>
    private const string CaseNoun = @"(?:(?!EHC\b|education,?\s|standards?\b|domains?\b|judgements?\b|key\s+questions?\b)[\w’'\-]+\s+){0,3}?(?:cases?|case\s+files|case\s+records|records|files|PSRs|pre-sentence\s+reports|reports|assessments|plans|orders|disposals|interventions)\b";

    /// <summary>The words of <see cref="MayHoldRatio"/>.</summary>
    private static readonly WordCues NumberWordCues = new(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
         "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
         "eighty", "ninety", "hundred", "half", "third", "thirds", "quarter", "quarters", "none", "both"]);

    /// <summary>The words a case-inspection question opens with.</summary>
    private const string QuestionStart = "(?:Does|Do|Is|Are|Was|Were|Did|Has|Have)";

    private readonly StandardAttributor _standards;

    /// <summary>Creates the extractor.</summary>
    public CaseRatioExtractor(StandardAttributor standards) => _standards = standards;

    /// <inheritdoc />
    public void Extract(ReportDocument document, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        int? statedCases = null;
        var statedBlock = -1;

        ReadQuestionColumns(document, context);

        // A document on one area or one provider: its bare counts and shares are of that subject's cases.
        var oneSubject = (context.MainArea ?? context.MainProvider) is not null;
        foreach (var sentence in context.Analysis.Sentences)
        {
            context.Budget.ThrowIfExceeded();
            if (sentence.Block.Kind is BlockKind.Heading)
            {
                continue;
            }

            if (sentence.BlockIndex != statedBlock)
            {
                statedCases = null;
            }

            if (sentence.Text.TrimEnd().EndsWith('?'))
            {
                // "Does assessment sufficiently analyse …?  78%": the answer follows the question in its row.
                var row = sentence.Block.Text[sentence.LocalStart..];
                var asked = new List<(int Start, int End)>();
                foreach (Match m in QuestionPercent().Matches(row))
                {
                    if (m.Index < sentence.Text.Length)
                    {
                        AddPercent(context, sentence, m, asked);
                    }
                }
            }

            // Most sentences state no number at all: skip them before the costlier patterns run (a digit or a number
            // word is what MayHoldRatio looks for; the cue answers first, and for most sentences).
            if (!(sentence.Text.AsSpan().ContainsAnyInRange('0', '9') || NumberWordCues.MayHold(sentence.Text)) || !MayHoldRatio().IsMatch(sentence.Text))
            {
                continue;
            }

            var taken = new List<(int Start, int End)>();
            if (context.DocumentFramework is { Id: CciFramework } cci)
            {
                ReadCciScores(context, cci, sentence, taken);
            }

            foreach (Match m in AllBut().Matches(sentence.Text))
            {
                if (Num(m, "k") is { } k && Num(m, "den") is { } den && k < den)
                {
                    Add(context, sentence, m, den - k, den, null, null, taken);
                }
            }

            foreach (Match m in EveryOne().Matches(sentence.Text))
            {
                if (Num(m, "den") is { } den)
                {
                    var none = m.Groups["none"].Success;
                    Add(context, sentence, m, none ? 0 : den, den, null, null, taken);
                }
            }

            foreach (Match m in OutOf().Matches(sentence.Text))
            {
                if (Num(m, "num") is { } num && Num(m, "den") is { } den && num <= den && !Overlaps(taken, m)
                    && (m.Groups["noun"].Success || !NotCases().IsMatch(sentence.Text[(m.Index + m.Length)..]))
                    && (m.Groups["noun"].Success || AboutCases().IsMatch(sentence.Text) || oneSubject))
                {
                    Add(context, sentence, m, num, den, null, null, taken);
                }
            }

            foreach (Match m in CasesOutOf().Matches(sentence.Text))
            {
                if (Num(m, "num") is { } num && Num(m, "den") is { } den && num <= den && !Overlaps(taken, m))
                {
                    Add(context, sentence, m, num, den, null, null, taken);
                }
            }

            foreach (Match m in QuestionPercent().Matches(sentence.Text))
            {
                AddPercent(context, sentence, m, taken);
            }

            foreach (Match m in SufficientInSlash().Matches(sentence.Text))
            {
                if (Num(m, "num") is { } num && Num(m, "den") is { } den && num <= den && !Overlaps(taken, m))
                {
                    Add(context, sentence, m, num, den, null, null, taken);
                }
            }

            foreach (Match m in EveryTime().Matches(sentence.Text))
            {
                if (Num(m, "den") is { } den && !Overlaps(taken, m))
                {
                    Add(context, sentence, m, den, den, null, null, taken);
                }
            }

            foreach (Match m in PercentOfCases().Matches(sentence.Text))
            {
                AddPercent(context, sentence, m, taken);
            }

            foreach (Match m in OfCasesPercent().Matches(sentence.Text))
            {
                AddPercent(context, sentence, m, taken);
            }

            foreach (Match m in SlashOfCases().Matches(sentence.Text))
            {
                if (Num(m, "num") is { } num && Num(m, "den") is { } den && num <= den && !Overlaps(taken, m))
                {
                    Add(context, sentence, m, num, den, null, null, taken);
                }
            }

            foreach (Match m in BothCases().Matches(sentence.Text))
            {
                if (!Overlaps(taken, m))
                {
                    Add(context, sentence, m, 2, 2, null, null, taken);
                }
            }

            if (oneSubject && (Sufficiency().IsMatch(sentence.Text) || AboutCases().IsMatch(sentence.Text)))
            {
                // "sufficient in only 44%", "better, at 67 per cent": a share of the report's own cases.
                foreach (Match m in InPercent().Matches(sentence.Text))
                {
                    AddPercent(context, sentence, m, taken);
                }

                foreach (Match m in InAllOfThem().Matches(sentence.Text))
                {
                    if (Num(m, "den") is { } den && !Overlaps(taken, m) && AboutCases().IsMatch(sentence.Text))
                    {
                        Add(context, sentence, m, den, den, null, null, taken);
                    }
                }
            }

            foreach (Match m in FractionOfCases().Matches(sentence.Text))
            {
                if (!Overlaps(taken, m))
                {
                    Add(context, sentence, m, null, null, null, FractionValue(m.Groups["frac"].Value), taken);
                }
            }

            // "We inspected 22 cases. In 17 of them …; in 16 the assessment …": counts whose whole was stated before.
            if (oneSubject)
            {
                ReadCountsOfStatedCases(context, sentence, ref statedCases, taken);
                statedBlock = sentence.BlockIndex;
            }
        }
    }

    private void ReadCountsOfStatedCases(ExtractionContext context, Sentence sentence, ref int? statedCases, List<(int Start, int End)> taken)
    {
        var text = sentence.Text;
        var stated = StatedCases().Matches(text).Where(m => !Overlaps(taken, m)).ToList();
        foreach (Match m in CountOfStated().Matches(text))
        {
            var den = stated.LastOrDefault(s => s.Index < m.Index) is { } before && Num(before, "den") is { } d ? d : statedCases;
            if (den is null || Num(m, "num") is not { } num || num > den || Overlaps(taken, m)
                || stated.Any(st => m.Index < st.Index + st.Length && st.Index < m.Index + m.Length))
            {
                continue;
            }

            if (m.Groups["inN"].Success && !Sufficiency().IsMatch(text))
            {
                continue;
            }

            Add(context, sentence, m, num, den, null, null, taken);
        }

        if (stated.Count > 0 && Num(stated[^1], "den") is { } last)
        {
            statedCases = last;
        }
    }

    /// <summary>
    /// Core Case Inspection scores, each a share of cases done well enough on one of its three areas of work: "scores
    /// were 66% (safeguarding), 63% (risk of harm to others)", "scored sixty-one per cent on safeguarding".
    /// </summary>
    private static void ReadCciScores(ExtractionContext context, Framework cci, Sentence sentence, List<(int Start, int End)> taken)
    {
        foreach (Match m in CciScore().Matches(sentence.Text))
        {
            if (Overlaps(taken, m) || StandardMatcher.For(cci).MatchLabel(m.Groups["area"].Value.Trim()) is not { Count: > 0 } standards)
            {
                continue;
            }

            var pctText = m.Groups["pct"].Value;
            double? pct = double.TryParse(pctText, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) ? p
                : NumberWords.TryParse(pctText, out var words) ? words : null;
            if (pct is not (>= 0 and <= 100))
            {
                continue;
            }

            taken.Add((m.Index, m.Index + m.Length));
            var evidence = m.Value.Trim();
            context.Add(new CaseRatio
            {
                Area = context.AreaOfFinding(sentence, m.Index),
                Percent = pct,
                Standard = standards[0].Id,
                Evidence = new Evidence(evidence, sentence.SpanOf(m.Index + (m.Value.Length - m.Value.TrimStart().Length), evidence.Length)),
            });
        }
    }

    /// <summary>
    /// Reads a table of key questions laid out a column at a time (a text layer's order): a run of questions, each a line
    /// of its own, then as many lines of one percentage each, the first answering the first question and so on.
    /// </summary>
    private void ReadQuestionColumns(ReportDocument document, ExtractionContext context)
    {
        var blocks = document.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            var questions = 0;
            while (i + questions < blocks.Count && QuestionLine().IsMatch(blocks[i + questions].Text))
            {
                questions++;
            }

            var answers = 0;
            while (questions >= 2 && i + questions + answers < blocks.Count && answers < questions && PercentLine().IsMatch(blocks[i + questions + answers].Text))
            {
                answers++;
            }

            if (questions >= 2 && answers == questions)
            {
                for (var a = 0; a < answers; a++)
                {
                    var question = context.Analysis.FirstSentenceOf(i + a);
                    if (context.Analysis.FirstSentenceOf(i + questions + a) is { } sentence && PercentLine().Match(sentence.Text) is { Success: true } m)
                    {
                        // The question names what the share is of ("Does planning focus sufficiently on …?").
                        AddPercent(context, sentence, m, [], question);
                    }
                }
            }

            i += Math.Max(0, questions + answers - 1);
        }
    }

    private void AddPercent(ExtractionContext context, Sentence sentence, Match m, List<(int, int)> taken, Sentence? standardFrom = null)
    {
        if (Overlaps(taken, m) || !double.TryParse(m.Groups["pct"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var pct) || pct > 100)
        {
            return;
        }

        Add(context, sentence, m, null, null, pct, null, taken, standardFrom);
    }

    private void Add(ExtractionContext context, Sentence sentence, Match m, int? num, int? den, double? pct, double? fraction, List<(int Start, int End)> taken, Sentence? standardFrom = null)
    {
        if (den is <= 0 or > 100_000)
        {
            return;
        }

        // "scored 24 out of 36" is a score, "page 1 of 3" page furniture: neither is a share of cases.
        var lead = sentence.Text[..m.Index];
        if (ScoreOrPage().IsMatch(lead) || (den is 36 or 27 && ScoreWord().IsMatch(sentence.Text)))
        {
            return;
        }

        taken.Add((m.Index, m.Index + m.Length));
        var evidence = m.Value.Trim();
        var offset = m.Index + (m.Value.Length - m.Value.TrimStart().Length);
        context.Add(new CaseRatio
        {
            Area = context.AreaOfFinding(sentence, m.Index),
            Numerator = num,
            Denominator = den,
            Percent = pct,
            Fraction = fraction,
            Standard = standardFrom is null ? _standards.ForFinding(context, sentence, NumberAt(sentence.Text, m)) : _standards.ForFinding(context, standardFrom, standardFrom.Text.Length - 1),
            Evidence = new Evidence(evidence, sentence.SpanOf(offset, evidence.Length)),
        });
    }

    /// <summary>
    /// Where the ratio's own number stands in its match ("Of the records examined, <b>80</b> per cent"), else where the
    /// match starts: the finding's place, as training reads it (the clause and the standard named before it are
    /// the number's).
    /// </summary>
    private static int NumberAt(string text, Match m)
    {
        var end = Math.Min(text.Length, m.Index + m.Length);
        var digit = m.Index < end ? text.AsSpan(m.Index, end - m.Index).IndexOfAnyInRange('0', '9') : -1;
        return digit >= 0 ? m.Index + digit : m.Index;
    }

    private static bool Overlaps(List<(int Start, int End)> taken, Match m) =>
        taken.Any(t => m.Index < t.End && m.Index + m.Length > t.Start);

    private static int? Num(Match m, string group) =>
        m.Groups[group].Success && NumberWords.TryParse(m.Groups[group].Value, out var v) ? v : null;

    private static double FractionValue(string text)
    {
        var t = SpaceFolding.Fold(text.ToLowerInvariant());
        return t switch
        {
            "half" => 0.5,
            "a third" or "one third" => 0.33,
            "two thirds" => 0.67,
            "a quarter" or "one quarter" => 0.25,
            "three quarters" => 0.75,
            _ => 0.5,
        };
    }

    [GeneratedRegex(@"(?<!\d\.)\b(?<num>" + N + @")\s+(?:\(\d+%\)\s+)?(?:out\s+)?of\s+(?:the\s+|these\s+|those\s+|all\s+|every\s+)?(?<den>" + N + @")\b(?<noun>\s+" + CaseNoun + @")?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OutOf();

    [GeneratedRegex(@"\b(?:page|p\.|score|scored|scoring|rated|points?)\s*(?:of\s+|was\s+|is\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ScoreOrPage();

    [GeneratedRegex(@"\bscor(?:e|ed|ing)\b|\bpoints\b", RegexOptions.IgnoreCase)]
    private static partial Regex ScoreWord();

    /// <summary>"9/10 cases", "11/15 plans".</summary>
    [GeneratedRegex(@"(?<![\d./])(?<num>\d{1,3})\s*/\s*(?<den>\d{1,3})(?![\d/])\s+" + CaseNoun, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SlashOfCases();

    /// <summary>"in both cases", "in both custodial cases".</summary>
    [GeneratedRegex(@"\b(?:in\s+)?both\s+(?:the\s+|of\s+the\s+)?(?:[\w’'\-]+\s+){0,2}?cases\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BothCases();

    /// <summary>"in only 44%", "at 67 per cent": a percentage not said to be "of" anything.</summary>
    [GeneratedRegex(@"\b(?:in|at)\s+(?:only\s+|just\s+|around\s+|about\s+|over\s+|under\s+)?(?<pct>\d{1,3}(?:\.\d+)?)\s*(?:%|per\s*cent\b|percent\b)(?!\s*of\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InPercent();

    /// <summary>"; in all three": every one of a number of cases stated just before.</summary>
    [GeneratedRegex(@"\bin\s+all\s+(?<den>(?!one\b)" + N + @")\b(?!\s*(?:of\b|per\b|%|[\w’'\-]+\s+(?:areas|standards|services|domains|judgements)))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InAllOfThem();

    /// <summary>A number of cases stated as a whole: "We inspected 22 court cases", "Of the 20 cases in which …".</summary>
    [GeneratedRegex(@"(?:\b(?:inspected|examined|looked\s+at|reviewed|assessed|sampled|read)\s+|\b(?:needed|required|prepared|completed|relevant)\s+in\s+|\b[Oo]f\s+(?:the\s+|these\s+)?)(?<den>" + N + @")\s+(?:[\w’'\-]+\s+){0,3}?(?:cases|case\s+files|records|investigations|children|people|files|orders|disposals)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatedCases();

    /// <summary>A count of the cases stated before: "17 of them", "in twelve", ", 12 were reviewed", ", only 4 had", "of which 30 were".</summary>
    [GeneratedRegex(@"\b(?<num>" + N + @")\s+of\s+them\b|(?<inN>\bin\s+(?:just\s+|only\s+)?(?<num>" + N + @")\b(?!\s*(?:of\b|out\b|per\b|%|cases\s+out|[\.,]\d|years?\b|months?\b|weeks?\b|days?\b|hours?\b|minutes?\b|\w+\s+of\b)))|[,;]\s*(?:only\s+|just\s+)?(?<num>" + N + @")\s+(?:were|was|had|met|showed|received)\b|\bof\s+which\s+(?:only\s+|just\s+)?(?<num>" + N + @")\s+(?:were|was|had|met|showed)\s+(?:[\w’'\-]+\s+){0,3}?(?:sufficient(?:ly)?|good|effective|appropriate|adequate|timely|well)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountOfStated();

    /// <summary>Words of a judgement on cases: where "in twelve" counts cases rather than anything else.</summary>
    [GeneratedRegex(@"\b(?:sufficient(?:ly)?|insufficient|well|good\s+enough|met|effective(?:ly)?|adequate|appropriate(?:ly)?|timely|focused|addressed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Sufficiency();

    [GeneratedRegex(@"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|half|third|thirds|quarter|quarters|none|both)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MayHoldRatio();

    /// <summary>A count as a fraction after a judgement, no noun following: "planning was sufficient in 6/12".</summary>
    [GeneratedRegex(@"\b(?:sufficient|insufficient|effective|good\s+enough|met|appropriate|adequate)\s+in\s+(?:only\s+|just\s+)?(?<num>\d{1,3})\s*/\s*(?<den>\d{1,3})\b(?![\d/])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SufficientInSlash();

    /// <summary>"six cases out of ten".</summary>
    [GeneratedRegex(@"\b(?<num>" + N + @")\s+(?:relevant\s+)?cases\s+out\s+of\s+(?:the\s+)?(?<den>" + N + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CasesOutOf();

    /// <summary>
    /// A case-inspection question with its share of cases ("Does assessment sufficiently analyse how to keep the
    /// child safe? 75%"), or a share "of the time" (Core Case Inspection: "done well enough 77% of the time"), or a
    /// labelled score ("Safeguarding work 68%", "Safeguarding ............ 81%").
    /// </summary>
    [GeneratedRegex(@"(?:^|\t)\s*" + QuestionStart + @"\b[^?\t]{5,200}\?\s*(?<pct>\d{1,3}(?:\.\d)?)\s*%|(?<pct>\d{1,3}(?:\.\d)?)\s*%\s+of\s+the\s+time\b|^\s*(?:[\w’'\-]+\s+){1,6}?work\b[^\d%]{0,20}?(?<pct>\d{1,3}(?:\.\d)?)\s*%\s*$|^\s*(?:[\w’'\-]+\s+){0,5}[\w’'\-]+\s*\.{4,}\s*(?<pct>\d{1,3}(?:\.\d)?)\s*%\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuestionPercent();

    /// <summary>A key question alone on its line: "Does assessment sufficiently analyse how to keep the child safe?".</summary>
    [GeneratedRegex(@"^\s*" + QuestionStart + @"\b[^?]{5,200}\?\s*$")]
    private static partial Regex QuestionLine();

    /// <summary>A percentage alone on its line: "65%".</summary>
    [GeneratedRegex(@"^\s*(?<pct>\d{1,3}(?:\.\d)?)\s*%\s*$")]
    private static partial Regex PercentLine();

    /// <summary>Counts of things that are not cases: staff, services, inspections, time.</summary>
    [GeneratedRegex(@"^\s+(?:[\w’'\-]+\s+){0,3}?(?:staff|services|youth\s+(?:justice|offending)\s+(?:services|teams)|areas|inspections|recommendations|months|years|weeks|days|councils|authorities|forces|schools|providers|members|people|respondents|practitioners|managers|officers|partners|standards|domains|questions|boards|teams|YOTs|PDUs|units|regions|divisions|sessions|meetings|posts|vacancies)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotCases();

    /// <summary>A sentence about cases, where "in 9 of the 14" may leave the noun unsaid.</summary>
    [GeneratedRegex(@"\bcases?\b|\bcase\s+files\b|\brecords\b", RegexOptions.IgnoreCase)]
    private static partial Regex AboutCases();

    [GeneratedRegex(@"\ball\s+but\s+(?<k>" + N + @")\s+(?:of\s+)?(?:the\s+|these\s+)?(?<den>" + N + @")\s+" + CaseNoun, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AllBut();

    [GeneratedRegex(@"\b(?:in\s+)?(?:(?:every|each)\s+(?:one\s+)?of\s+the|all(?:\s+of\s+the)?|(?<none>none\s+of\s+the))\s+(?<den>(?!one\b)" + N + @")\s+" + CaseNoun, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EveryOne();

    [GeneratedRegex(@"\bIn\s+the\s+(?<den>" + N + @")\s+" + CaseNoun + @"[^.;]{0,160}?\b(?:every\s+time|on\s+every\s+occasion|in\s+every\s+case|in\s+each\s+case|in\s+all\s+of\s+them)|\b(?:every\s+time|on\s+every\s+occasion|whenever)\b[^.;\d]{0,80}?\b(?:across|in|over)\s+(?:all\s+)?(?:the\s+|these\s+|those\s+)?(?<den>(?!one\b)" + N + @")\s+(?:relevant\s+|applicable\s+)?cases\b", RegexOptions.CultureInvariant)]
    private static partial Regex EveryTime();

    [GeneratedRegex(@"(?<![\d.])(?<pct>\d{1,3}(?:\.\d+)?)\s*(?:%|per\s*cent\b|percent\b)\s+of\s+(?:the\s+|all\s+|those\s+)?(?:inspected\s+|relevant\s+|sampled\s+)?" + CaseNoun, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PercentOfCases();

    [GeneratedRegex(@"\b(?:Of|In)\s+(?:the\s+)?(?:cases|case\s+files|records|files)\b[^,.;]{0,60},\s*(?:only\s+|just\s+)?(?<pct>\d{1,3}(?:\.\d+)?)\s*(?:%|per\s*cent\b|percent\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfCasesPercent();

    [GeneratedRegex(@"\b(?:(?:only|just|over|under|more\s+than|less\s+than|nearly|almost|around|about|fewer\s+than)\s+)?(?<frac>half|a\s+third|one[\s\-]third|two[\s\-]thirds|a\s+quarter|one[\s\-]quarter|three[\s\-]quarters)\s+of\s+(?:the\s+|all\s+|those\s+)?" + CaseNoun, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FractionOfCases();

    /// <summary>A Core Case Inspection score and the area of work it is for, in brackets after it or after "on".</summary>
    [GeneratedRegex(@"(?<pct>\d{1,3}(?:\.\d)?|" + N + @")\s*(?:%|per\s*cent\b|percent\b)\s*(?:\((?:for\s+)?(?<area>[^()]{4,60})\)|(?:on|for|in)\s+(?:the\s+)?(?<area>safeguarding|risk\s+of\s+harm(?:\s+to\s+others)?|(?:reducing\s+)?(?:the\s+)?likelihood\s+of\s+re-?offending)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CciScore();
}
