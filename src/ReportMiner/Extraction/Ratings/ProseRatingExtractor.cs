using System.Globalization;
using System.Text.RegularExpressions;
using ReportMiner.Classification;
using ReportMiner.Documents;
using ReportMiner.Extraction.Areas;
using ReportMiner.Extraction.Frameworks;
using ReportMiner.Extraction.Metadata;
using ReportMiner.Frameworks;
using ReportMiner.Records;
using static ReportMiner.Extraction.Ratings.ProseGrammar;

namespace ReportMiner.Extraction.Ratings;

/// <summary>
/// Reads ratings stated in sentences: "work to protect the public … was unsatisfactory" (HMIP 2012–17),
/// "received an overall rating of ‘Good’", "was rated ‘inadequate’ overall", "its rating jumped to ‘good’",
/// "Services were rated ‘requires improvement’ in all areas". A grade counts only where a rating verb
/// attaches it to a standard or to an area; grades used as adjectives ("good quality", "good enough") and
/// aggregates ("70 per cent were rated good") are not ratings.
/// </summary>
public sealed class ProseRatingExtractor : IRecordExtractor
{
    private const double AggregateProbability = 0.85;

    /// <summary>How far before a grade an active verb and its object may stand ("rated governance and leadership as").</summary>
    private const int ActiveReach = 240;
    private readonly GradeMatcher _grades;
    private readonly FrameworkResolver _resolver;

    /// <summary>Creates the extractor over <paramref name="catalog"/>.</summary>
    public ProseRatingExtractor(FrameworkCatalog catalog)
    {
        _grades = GradeMatcher.For(catalog);
        _resolver = new FrameworkResolver(catalog);
    }

    /// <inheritdoc />
    public void Extract(ReportDocument document, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        foreach (var sentence in context.Analysis.Sentences)
        {
            context.Budget.ThrowIfExceeded();
            if (sentence.Block.Kind is BlockKind.TableRow or BlockKind.Heading)
            {
                continue;
            }

            Rating? previous = null;
            foreach (var g in _grades.FindInProse(sentence.Text))
            {
                previous = TryRead(context, sentence, g, previous) ?? previous;
            }
        }
    }

    private Rating? TryRead(ExtractionContext context, Sentence sentence, Match gradeMatch, Rating? previous)
    {
        var text = sentence.Text;
        var grade = _grades.Normalise(gradeMatch.Groups["grade"].Value);
        if (grade is null)
        {
            return null;
        }

        var before = text[..gradeMatch.Index];
        var after = text[(gradeMatch.Index + gradeMatch.Length)..];
        if (TryReadGradeForList(context, sentence, gradeMatch, grade, before, after))
        {
            return null;
        }

        if (previous is not null && Continuation().IsMatch(before) && YearAfter().Match(after) is { Success: true } laterYear
            && context.Frameworks.Find(previous.Framework) is { } previousFramework && previousFramework.HasGrade(grade))
        {
            // "rated inadequate in 2018, and good in 2021": the same standard of the same area, graded again.
            var again = previous with
            {
                Value = grade,
                Year = int.Parse(laterYear.Groups["year"].Value, CultureInfo.InvariantCulture),
                Evidence = new Evidence(gradeMatch.Value + laterYear.Value, sentence.SpanOf(gradeMatch.Index, gradeMatch.Length + laterYear.Length)),
            };
            context.Add(again);
            return again;
        }

        var cue = RatingCue().Match(before);
        var activeObject = default(Group);
        if (!cue.Success && HasActiveVerb(before) && ActiveCue().Match(before, Math.Max(0, before.Length - ActiveReach)) is { Success: true } active
            && (active.Groups["link"].Success || gradeMatch.Groups["open"].Length > 0 || char.IsUpper(gradeMatch.Groups["grade"].Value[0])))
        {
            // "Inspectors rated governance and leadership as 'Inadequate'": the grade's subject is the verb's object.
            cue = active;
            activeObject = active.Groups["object"];
        }

        if (!cue.Success && SemicolonObject().Match(before) is { Success: true } segment
            && ActiveVerb().IsMatch(before.AsSpan(0, segment.Index)))
        {
            // "Inspectors rated … as good; work to protect the public … as satisfactory; and the governance … as
            // unsatisfactory": each part after a semicolon is the verb's next object and grade.
            cue = segment;
            activeObject = segment.Groups["object"];
        }

        if (!cue.Success && AreaColon().Match(before) is { Success: true } colon
            && context.Analysis.MentionsIn(sentence).Any(m => m.Start < colon.Index && context.IsCandidate(m)))
        {
            // A list of results: "Ealing and Hillingdon PDU (January 2023): Requires improvement, 10/27".
            cue = colon;
        }

        if (!cue.Success && sentence.Block.Kind == BlockKind.ListItem && AsBeforeGrade().Match(before) is { Success: true } asCue
            && IntroducedByRatingVerb(context, sentence.BlockIndex))
        {
            // "Inspectors judged:" / "- Staff, … and Assessment of out-of-court disposals as 'Good';"
            cue = asCue;
        }

        if (!cue.Success && IsOutcomeStatement(grade) && OutcomeStatementAnywhere().Count(text) == 1)
        {
            // "The local area partnership's SEND arrangements lead to inconsistent experiences and outcomes": an area
            // SEND inspection states its outcome as what the arrangements lead to (a sentence naming two outcomes lists the
            // scale).
            cue = LeadsTo().Match(before);
        }

        if (!cue.Success && VerbGrade().IsMatch(gradeMatch.Groups["grade"].Value))
        {
            // "assessment, planning and reviewing all require improvement": the grade is itself the verb.
            cue = BeforeVerbGrade().Match(before);
        }

        if (Hoped().IsMatch(before.AsSpan(Math.Max(0, before.Length - 60))) || TargetStated().IsMatch(before) || ScaleListed().IsMatch(after))
        {
            // "hopes its service will be rated outstanding": a wish, not a rating.
            return null;
        }

        if (((cue.Success && FromCue().IsMatch(cue.Value)) || (FromCue().IsMatch(before) && ToAfter().IsMatch(after))) && !YearAfter().IsMatch(after))
        {
            // "dropped from requires improvement to inadequate": the grade left behind, with no year, is not recorded.
            return null;
        }

        if (activeObject is not null && PronounObject().IsMatch(activeObject.Value))
        {
            // "we rated it as requiring improvement": what "it" stands for is not read here.
            return null;
        }

        if (!cue.Success || (Adjectival().IsMatch(after) && !OverallAfter().IsMatch(after)) || InsideQuotation(text, gradeMatch.Index))
        {
            return null;
        }

        var clauseStart = ClauseStart(before[..cue.Index]);
        var previousClause = EarlierClause().Matches(before[clauseStart..cue.Index]);
        if (previousClause.Count > 0 && before[(clauseStart + previousClause[^1].Index + previousClause[^1].Length)..cue.Index].Trim().Length > 0)
        {
            // "… was done well and joint work with social care was good": the grade's subject is the last clause ("was
            // inspected in 2023 and rated 'Good'", with nothing between "and" and the verb, shares the first clause's).
            var last = previousClause[^1];
            clauseStart += last.Index + last.Length;
        }

        var subjectEnd = cue.Index;
        if (activeObject is not null)
        {
            clauseStart = activeObject.Index;
            subjectEnd = activeObject.Index + activeObject.Length;
        }
        else if (LeadingGroup().Match(LeadingSectionNumber().Replace(before[clauseStart..cue.Index], string.Empty)) is { Success: true } lead)
        {
            // "Of the four case supervision standards, assessment was rated …": the count belongs to the lead-in.
            clauseStart += (cue.Index - clauseStart) - (LeadingSectionNumber().Replace(before[clauseStart..cue.Index], string.Empty).Length - lead.Length);
        }
        else if (WhoseSubject().Match(before[clauseStart..cue.Index]) is { Success: true } whose)
        {
            // "… a council whose children's services were rated …": the subject is what "whose" names.
            clauseStart += whose.Groups["subject"].Index;
        }

        var subject = before[clauseStart..subjectEnd];
        var mentions = context.Analysis.MentionsIn(sentence).Where(m => context.IsCandidate(m, policing: true)).ToList();
        var subjectHasArea = mentions.Any(m => m.Start >= clauseStart && m.Start < subjectEnd);
        // "help and protection and care leavers both": a quantifier after the subject's nouns counts them, not services.
        var counted = FloatingQuantifier().Replace(subject, string.Empty);
        if ((!subjectHasArea && !DomainGroup().IsMatch(subject) && Aggregate().IsMatch(Score().Replace(LeadingSectionNumber().Replace(counted, string.Empty), string.Empty)))
            || ShareOf().IsMatch(subject) || ModelSaysAggregate(context, sentence))
        {
            return null;
        }

        var year = YearAfter().Match(after) is { Success: true } yearAfter
            ? int.Parse(yearAfter.Groups["year"].Value, CultureInfo.InvariantCulture)
            : NotThatYear().IsMatch(before[clauseStart..]) ? null : YearIn(before[clauseStart..]);
        var framework = _resolver.Resolve(context, LocalText(context, sentence), grade, year, sentence.Text, FrameworkReadInBlock(context, sentence));
        if (framework is null)
        {
            return null;
        }

        // An area SEND outcome is the partnership's only rating.
        var overallCue = OverallCue().IsMatch(cue.Value) || OverallAfter().IsMatch(after) || OverallCue().IsMatch(subject)
            || IsOutcomeStatement(grade);
        string? standardId = null;
        string label;
        var labelStart = clauseStart;
        if (!overallCue && SubjectList(context, framework, subject, sentence) is { Count: > 1 } several)
        {
            // "assessment, planning and reviewing were inadequate": one grade for each standard named.
            var listArea = context.AreaFor(framework, sentence, gradeMatch.Index);
            if (listArea is null)
            {
                return null;
            }

            foreach (var (id, start, length) in several)
            {
                var from = clauseStart + start;
                var end = gradeMatch.Index + gradeMatch.Length;
                context.Add(new Rating
                {
                    Area = listArea,
                    Framework = framework.Id,
                    Standard = id,
                    Value = grade,
                    Label = subject.Substring(start, length),
                    Year = year,
                    Evidence = new Evidence(text[from..end], sentence.SpanOf(from, end - from)),
                });
            }

            return null;
        }

        if (!overallCue && DomainGroup().Match(subject) is { Success: true } subjectGroup && DomainStandards(framework, subjectGroup) is { Count: > 0 } groupStandards
            && context.AreaFor(framework, sentence, gradeMatch.Index) is { } groupArea)
        {
            // "In Sandwell, all four out-of-court disposal standards were rated 'Inadequate'".
            AddWholeDomain(context, groupStandards, groupArea, framework, grade, subjectGroup.Value, year, sentence, clauseStart + subjectGroup.Index, gradeMatch.Index + gradeMatch.Length);
            return null;
        }

        if (!overallCue && AcrossStandards().Match(after) is { Success: true } across && CourtWording.DomainOf(subject) is { } wholeDomain
            && framework.Standards.Where(st => st.Domain == wholeDomain).ToList() is { Count: > 0 } domainStandards
            && context.AreaFor(framework, sentence, gradeMatch.Index) is { } domainArea)
        {
            // "Its court work was rated good across all four standards": every standard of that domain.
            AddWholeDomain(context, domainStandards, domainArea, framework, grade, subject.Trim(), year, sentence, clauseStart, gradeMatch.Index + gradeMatch.Length + across.Length);
            return null;
        }

        var sectionDomain = CourtWording.SectionDomain(context, sentence);
        if (!overallCue && FindStandard(context, framework, subject, sentence, sectionDomain) is { } found)
        {
            standardId = found.Id;
            labelStart = clauseStart + found.Start;
            label = subject[found.Start..].TrimEnd();
        }
        else if (!overallCue && PronounSubject().IsMatch(subject) && before[..clauseStart].TrimEnd() is { Length: > 0 } prior && prior[^1] is ':' or ';'
            && FindStandard(context, framework, prior, sentence, sectionDomain) is { } named)
        {
            // "Reviewing is the weakest area of casework: it was rated 'Inadequate'": "it" is the standard just named.
            standardId = named.Id;
            labelStart = named.Start;
            label = prior[named.Start..].TrimEnd();
        }
        else if (framework.HasOverall && (overallCue || subjectHasArea || ServiceSubject().IsMatch(subject)
            || context.Providers.Any(p => subject.Contains(p, StringComparison.Ordinal))))
        {
            standardId = "overall";
            label = text[clauseStart..(gradeMatch.Index + gradeMatch.Length)].Trim();
            var overallAfter = OverallAfter().Match(after);
            if (overallAfter.Success)
            {
                label = text[clauseStart..(gradeMatch.Index + gradeMatch.Length + overallAfter.Length)].Trim();
            }
        }
        else
        {
            return null;
        }

        // "We have rated the service as 'Good'": the object stands for the document's own service.
        var area = context.AreaFor(framework, sentence, gradeMatch.Index, preferMainArea: activeObject is not null && !subjectHasArea);
        if (area is null)
        {
            return null;
        }

        if (year is null && PastInspection().IsMatch(before) && context.Ratings.Any(r => r.Area == area && r.Standard == standardId
            && r.Value == grade && r.Year < context.EffectiveDate?.Year))
        {
            // "since the last inspection, when services were found to be inadequate": that earlier grade, already read
            // with its year (from a table of previous inspections).
            return null;
        }

        var evidenceEnd = gradeMatch.Index + gradeMatch.Length;
        var evidenceText = text[labelStart..evidenceEnd].Trim();
        var evidenceOffset = labelStart + (text[labelStart..evidenceEnd].Length - text[labelStart..evidenceEnd].TrimStart().Length);
        var read = new Rating
        {
            Area = area,
            Framework = framework.Id,
            Standard = standardId,
            Value = grade,
            Label = label.Length == 0 ? null : label,
            Year = year,
            Evidence = new Evidence(evidenceText, sentence.SpanOf(evidenceOffset, evidenceText.Length)),
        };
        context.Add(read);
        foreach (var other in SubjectAreas(context, sentence, before[..subjectEnd]) ?? [])
        {
            if (other != area)
            {
                // "Cornwall and North Yorkshire were both rated 'Outstanding'": each area listed has the grade.
                context.Add(read with { Area = other });
            }
        }

        ReadAsWas(context, sentence, framework, read, gradeMatch.Index + gradeMatch.Length, after);
        if (AsItWasIn().Match(after) is { Success: true } earlier)
        {
            // "remains satisfactory, as it was in 2013": the earlier inspection's grade too.
            context.Add(read with { Year = int.Parse(earlier.Groups["year"].Value, CultureInfo.InvariantCulture) });
        }

        return read;
    }

    /// <summary>
    /// Reads "…, as was the experiences and progress of children in care": the same grade given to the standards
    /// named after "as was" or "as were".
    /// </summary>
    private static void ReadAsWas(ExtractionContext context, Sentence sentence, Framework framework, Rating read, int afterStart, string after)
    {
        var asWas = AsWas().Match(after);
        if (!asWas.Success)
        {
            return;
        }

        var listText = asWas.Groups["list"].Value;
        var listStart = afterStart + asWas.Groups["list"].Index;
        foreach (var mention in StandardMatcher.For(framework).Find(listText))
        {
            var standard = ChooseStandard(mention.Standards, listText, sentence.Text);
            if (standard is null || standard.Id == read.Standard)
            {
                continue;
            }

            var start = listStart + mention.Start;
            context.Add(read with
            {
                Standard = PrintedId(context, framework, standard, listText.Substring(mention.Start, mention.Length)),
                Label = listText.Substring(mention.Start, mention.Length),
                Evidence = new Evidence(sentence.Text.Substring(start, mention.Length), sentence.SpanOf(start, mention.Length)),
            });
        }
    }

    /// <summary>
    /// Reads "‘Good’ for governance and leadership, for staff, and for information and facilities": one grade given
    /// to a list of standards, in a rating sentence or a list of ratings.
    /// </summary>
    private bool TryReadGradeForList(ExtractionContext context, Sentence sentence, Match gradeMatch, string grade, string before, string after)
    {
        // "good in most respects" is an adjective; "unsatisfactory in four of the six areas – …" lists standards.
        // "judged good at reducing reoffending" names what was graded; "good at engaging children" after no rating verb does not.
        var gradedAt = AtList().IsMatch(after) && (RatingCue().IsMatch(before) || SecondGradeAt().IsMatch(before));
        var list = Adjectival().IsMatch(after) && !CountOfAreas().IsMatch(after) && !gradedAt ? Match.Empty : ForList().Match(after);
        var quoted = gradeMatch.Groups["open"].Length > 0 || gradeMatch.Groups["close"].Length > 0;
        if (!list.Success && StandardsRated().IsMatch(before))
        {
            // "The two standards rated 'Inadequate' were assessment and planning for court disposals."
            list = ReverseList().Match(after);
        }

        if (!list.Success || !(quoted || RatingCue().IsMatch(before) || RatedAbove().IsMatch(before) || sentence.Block.Kind == BlockKind.ListItem)
            || Hoped().IsMatch(before.AsSpan(Math.Max(0, before.Length - 60))) || TargetStated().IsMatch(before) || ManyServices().IsMatch(before))
        {
            // "aims to achieve an 'Excellent' rating for leadership": a wish lists no ratings; "Nationally, fewer than
            // one in five of the areas inspected … graded good for governance": nor does a count of services.
            return false;
        }

        var framework = _resolver.Resolve(context, LocalText(context, sentence), grade, YearIn(sentence.Text), sentence.Text, FrameworkReadInBlock(context, sentence));
        if (framework is null)
        {
            return false;
        }

        var listText = list.Groups["list"].Value;
        var listStart = gradeMatch.Index + gradeMatch.Length + list.Groups["list"].Index;
        var area = context.AreaFor(framework, sentence, gradeMatch.Index);
        if (area is null)
        {
            return false;
        }

        if (DomainGroup().Match(listText) is { Success: true } group && DomainStandards(framework, group) is { Count: > 0 } inDomain)
        {
            // "'Inadequate' for all four out-of-court disposal standards": every standard of that domain, of every
            // area the subject lists ("Cornwall and North Yorkshire were both rated …").
            foreach (var each in SubjectAreas(context, sentence, before) ?? [area])
            {
                AddWholeDomain(context, inDomain, each, framework, grade, group.Value, YearIn(sentence.Text), sentence, gradeMatch.Index, listStart + group.Index + group.Length);
            }

            return true;
        }

        var found = false;
        foreach (var mention in StandardMatcher.For(framework).Find(listText))
        {
            var standard = ChooseStandard(mention.Standards, listText, sentence.Text);
            if (standard is null)
            {
                continue;
            }

            found = true;
            var evidenceStart = gradeMatch.Index;
            var evidenceEnd = listStart + mention.Start + mention.Length;
            context.Add(new Rating
            {
                Area = area,
                Framework = framework.Id,
                Standard = PrintedId(context, framework, standard, listText.Substring(mention.Start, mention.Length)),
                Value = grade,
                Label = listText.Substring(mention.Start, mention.Length),
                Year = YearIn(sentence.Text),
                Evidence = new Evidence(sentence.Text[evidenceStart..evidenceEnd], sentence.SpanOf(evidenceStart, evidenceEnd - evidenceStart)),
            });
        }

        return found;
    }

    /// <summary>
    /// The id a standard takes where it is named: its own id, or for frameworks taken "as printed" (PEEL, Estyn, HMIP
    /// 2025) the slug of the words printed ("treatment of the public", not the later framework's name for it) — unless
    /// the document's own ratings table already printed the standard under its id, so that prose naming it in short
    /// ("its diversion work", beside a card "Out-of-court and diversion work") means the same standard.
    /// </summary>
    private static string PrintedId(ExtractionContext context, Framework framework, Standard standard, string printed) =>
        !framework.OpenStandards || char.IsDigit(standard.Id[0]) || standard.Id == "overall"
        || context.Ratings.Any(r => r.Framework == framework.Id && r.Standard == standard.Id)
            ? standard.Id
            : StandardSlug.From(printed);

    /// <summary>A cheap test that an active rating verb stands shortly before the grade, before the costlier pattern runs.</summary>
    private static bool HasActiveVerb(string before)
    {
        var tail = before.AsSpan(Math.Max(0, before.Length - ActiveReach));
        foreach (var verb in (ReadOnlySpan<string>)["rated", "graded", "judged", "assessed", "found", "considered", "deemed", "rating", "grading", "judging"])
        {
            if (tail.Contains(verb, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The areas a subject lists ("Cornwall and North Yorkshire were both rated", "Leeds, Bradford and Wakefield
    /// were"), when it is two or more areas joined by commas and "and", at the start of the clause; null otherwise.
    /// </summary>
    private static List<string>? SubjectAreas(ExtractionContext context, Sentence sentence, string before)
    {
        var mentions = context.Analysis.MentionsIn(sentence).Where(m => context.IsCandidate(m) && m.Start + m.Length <= before.Length).ToList();
        if (mentions.Count < 2)
        {
            return null;
        }

        var chain = new List<AreaMention> { mentions[0] };
        for (var k = 1; k < mentions.Count; k++)
        {
            var gap = before[(mentions[k - 1].Start + mentions[k - 1].Length)..mentions[k].Start];
            if (!ListSeparator().IsMatch(gap))
            {
                break;
            }

            chain.Add(mentions[k]);
        }

        var lead = before[..chain[0].Start];
        var rest = before[(chain[^1].Start + chain[^1].Length)..];
        return chain.Count >= 2 && SubjectLead().IsMatch(lead) && AreasVerb().IsMatch(rest)
            ? chain.Select(m => m.Entry.Name).Distinct().ToList()
            : null;
    }

    /// <summary>
    /// The text around a rating that its inspectorate is read from: its paragraph, and where that names none, the
    /// paragraph before it too ("a separate inspection … by HM Inspectorate of Probation … found it requires
    /// improvement." / "Inspectors rated its out-of-court disposal policy and provision as inadequate").
    /// </summary>
    private static string LocalText(ExtractionContext context, Sentence sentence)
    {
        var text = sentence.Block.Text;
        if (sentence.BlockIndex == 0 || InspectorateExtractor.Mentioned(text).Any())
        {
            return text;
        }

        var previous = context.Document.Blocks[sentence.BlockIndex - 1];
        return previous.Kind is BlockKind.Paragraph or BlockKind.ListItem ? previous.Text + "\n" + text : text;
    }

    /// <summary>The framework of the last current rating (one with no year of its own) read from the sentence's paragraph, if any.</summary>
    private static Framework? FrameworkReadInBlock(ExtractionContext context, Sentence sentence)
    {
        var block = sentence.Block.Span;
        for (var i = context.Ratings.Count - 1; i >= 0; i--)
        {
            if (context.Ratings[i] is { Year: null, Evidence.Span: var span } && span.Start >= block.Start && span.Start < block.Start + block.Length)
            {
                return context.Frameworks.Find(context.Ratings[i].Framework);
            }
        }

        return null;
    }

    /// <summary>Whether the list a block belongs to is introduced by a rating verb and a colon ("inspectors judged:").</summary>
    private static bool IntroducedByRatingVerb(ExtractionContext context, int blockIndex)
    {
        var blocks = context.Document.Blocks;
        var b = blockIndex - 1;
        while (b >= 0 && blocks[b].Kind == BlockKind.ListItem)
        {
            b--;
        }

        return b >= 0 && RatingIntro().IsMatch(blocks[b].Text);
    }

    /// <summary>One rating of <paramref name="grade"/> for each standard of a whole domain, all read from text [start, end).</summary>
    private static void AddWholeDomain(
        ExtractionContext context, IEnumerable<Standard> standards, string area, Framework framework, string grade, string label, int? year, Sentence sentence, int start, int end)
    {
        var raw = sentence.Text[start..end];
        var lead = raw.Length - raw.TrimStart().Length;
        var evidence = new Evidence(raw.Trim(), sentence.SpanOf(start + lead, raw.Trim().Length));
        foreach (var standard in standards)
        {
            context.Add(new Rating
            {
                Area = area,
                Framework = framework.Id,
                Standard = standard.Id,
                Value = grade,
                Label = label,
                Year = year,
                Evidence = evidence,
            });
        }
    }

    /// <summary>The scored standards of the domain a group phrase names, when it names as many as the domain has.</summary>
    private static List<Standard> DomainStandards(Framework framework, Match group)
    {
        var domain = group.Groups["ooc"].Success ? CourtWording.OutOfCourtDomain : CourtWording.CourtDomain;
        var standards = framework.Standards.Where(s => s.Domain == domain).ToList();
        var count = group.Groups["count"].Value.ToLowerInvariant() switch
        {
            "four" or "4" => 4,
            "three" or "3" => 3,
            "five" or "5" => 5,
            _ => standards.Count,
        };
        return standards.Count == count ? standards : [];
    }

    /// <summary>Where the rating-scope model is present and confident that the sentence states an aggregate of many services.</summary>
    private static bool ModelSaysAggregate(ExtractionContext context, Sentence sentence) =>
        context.Classifiers.RatingScope?.Predict(new ClassifierInput(
            sentence.Text, sentence.HeadingIndex >= 0 ? context.Document.Blocks[sentence.HeadingIndex].Text : null, sentence.Block.Kind.ToString()))
            is { Label: "aggregate", Probability: >= AggregateProbability };

    private static (string Id, int Start)? FindStandard(ExtractionContext context, Framework framework, string subject, Sentence sentence, int? sectionDomain)
    {
        var matcher = StandardMatcher.For(framework);
        foreach (var mention in matcher.Find(subject))
        {
            if (ProseOnlyInTables().IsMatch(subject.AsSpan(mention.Start, mention.Length)) && !Possessive().IsMatch(subject[..mention.Start]))
            {
                continue;
            }

            var standard = ChooseStandard(mention.Standards, subject, sentence.Text, sectionDomain);
            if (standard is not null)
            {
                return (PrintedId(context, framework, standard, subject.Substring(mention.Start, mention.Length)), mention.Start);
            }
        }

        return null;
    }

    /// <summary>The standards a subject lists ("assessment, planning, and reviewing"), when it lists more than one and nothing else.</summary>
    private static List<(string Id, int Start, int Length)>? SubjectList(ExtractionContext context, Framework framework, string subject, Sentence sentence)
    {
        var mentions = StandardMatcher.For(framework).Find(subject).ToList();
        if (mentions.Count < 2)
        {
            return null;
        }

        for (var i = 1; i < mentions.Count; i++)
        {
            var gap = subject[(mentions[i - 1].Start + mentions[i - 1].Length)..mentions[i].Start];
            if (!ListSeparator().IsMatch(gap))
            {
                return null;
            }
        }

        var domain = CourtWording.SectionDomain(context, sentence);
        return mentions.Select(m => (Standard: ChooseStandard(m.Standards, subject, sentence.Text, domain), m.Start, m.Length))
            .Where(x => x.Standard is not null)
            .Select(x => (PrintedId(context, framework, x.Standard!, subject.Substring(x.Start, x.Length)), x.Start, x.Length))
            .ToList();
    }

    /// <summary>The standard a phrase names: the only one, or of those sharing the phrase the one its domain wording picks.</summary>
    private static Standard? ChooseStandard(IReadOnlyList<Standard> standards, string subject, string sentence, int? sectionDomain = null)
    {
        if (standards.Count == 1)
        {
            return standards[0];
        }

        // HMIP 2018 names "Assessment", "Planning" … in domains 2 (court) and 3 (out-of-court): the subject's own
        // wording decides, then the sentence's.
        var domain = CourtWording.DomainOf(subject)
            ?? (CourtWording.DomainOf(sentence) == CourtWording.OutOfCourtDomain ? CourtWording.OutOfCourtDomain : (int?)null)
            ?? sectionDomain
            ?? CourtWording.CourtDomain;
        return standards.FirstOrDefault(s => s.Domain == domain) ?? standards[0];
    }

    private static int ClauseStart(string before)
    {
        var idx = Math.Max(before.LastIndexOf(';'), Math.Max(before.LastIndexOf(':'), before.LastIndexOf('•')));
        // "… all came out as 'Requires improvement', and implementation and delivery was": a grade closed the clause before.
        if (ClosedGradeClause().Matches(before) is { Count: > 0 } closed)
        {
            idx = Math.Max(idx, closed[^1].Index + closed[^1].Length - 1);
        }

        var that = ThatClause().Matches(before);
        if (that.Count > 0)
        {
            var last = that[^1];
            idx = Math.Max(idx, last.Index + last.Length - 1);
        }

        return idx < 0 ? 0 : idx + 1;
    }

    private static bool InsideQuotation(string text, int index)
    {
        // A grade inside a long quotation is the speaker's word, not the document's rating.
        var open = text.LastIndexOfAny(['“'], index);
        var close = text.LastIndexOfAny(['”'], index);
        return open >= 0 && open > close && index - open > 40;
    }

    private static int? YearIn(string text)
    {
        var m = Year().Match(text);
        return m.Success ? int.Parse(m.Value, CultureInfo.InvariantCulture) : null;
    }
}
