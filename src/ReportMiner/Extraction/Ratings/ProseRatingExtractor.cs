using System.Globalization;
using System.Text.RegularExpressions;
using ReportMiner.Classification;
using ReportMiner.Documents;
using ReportMiner.Extraction.Frameworks;
using ReportMiner.Frameworks;
using ReportMiner.Records;
using static ReportMiner.Extraction.Ratings.ProseGrammar;
using static ReportMiner.Extraction.Ratings.ProseStandards;
using static ReportMiner.Extraction.Ratings.ProseSurroundings;

namespace ReportMiner.Extraction.Ratings;

/// <summary>
/// Reads ratings stated in sentences: "work to protect the public … was unsatisfactory" (HMIP 2012–17),
/// "received an overall rating of ‘Good’", "was rated ‘inadequate’ overall", "its rating jumped to ‘good’",
/// "Services were rated ‘requires improvement’ in all areas". A grade counts only where a rating verb
/// attaches it to a standard or to an area; grades used as adjectives ("good quality", "good enough") and
/// aggregates ("70 per cent were rated good") are not ratings.
/// </summary>
public sealed partial class ProseRatingExtractor : IRecordExtractor
{
    private const double AggregateProbability = 0.85;

    private readonly GradeMatcher _grades;
    private readonly FrameworkResolver _resolver;
    private readonly GradeListReader _lists;

    /// <summary>Creates the extractor over <paramref name="catalog"/>.</summary>
    public ProseRatingExtractor(FrameworkCatalog catalog)
    {
        _grades = GradeMatcher.For(catalog);
        _resolver = new FrameworkResolver(catalog);
        _lists = new GradeListReader(_resolver);
    }

    /// <inheritdoc />
    public void Extract(ReportDocument document, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        foreach (var sentence in context.Analysis.Sentences)
        {
            context.Budget.ThrowIfExceeded();
            // Headings are read only where they are an area's result and nothing else ("CROYDON PDU: inadequate (2/27)").
            if (sentence.Block.Kind is BlockKind.TableRow || (sentence.Block.Kind is BlockKind.Heading && !IsResultHeading(sentence.Text)))
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

    /// <summary>Whether a heading is a name, a colon and a grade, with at most a score in brackets after it.</summary>
    private bool IsResultHeading(string heading)
    {
        var colon = heading.IndexOf(':', StringComparison.Ordinal);
        return colon > 1 && _grades.ReadCell(HeadedTableRows.Bracketed().Replace(heading[(colon + 1)..], string.Empty).Trim().Trim('\'', '‘', '’', '"', '“', '”')) is not null;
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
        if (_lists.TryRead(context, sentence, gradeMatch, grade, before, after))
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

        var (cue, activeObject) = RatingCueFinder.Find(context, sentence, gradeMatch, grade, before);
        if (NotARating(sentence.Text, gradeMatch, cue, activeObject, before, after))
        {
            return null;
        }

        var (clauseStart, subjectEnd) = SubjectSpan(before, cue, activeObject);
        var subject = before[clauseStart..subjectEnd];
        var mentions = context.Analysis.MentionsIn(sentence).Where(m => context.IsCandidate(m, policing: true)).ToList();
        var subjectHasArea = mentions.Any(m => m.Start >= clauseStart && m.Start < subjectEnd);
        // "help and protection and care leavers both": a quantifier after the subject's nouns counts them, not services.
        var counted = FloatingQuantifier().Replace(subject, string.Empty);
        if ((!subjectHasArea && !DomainGroup().IsMatch(subject) && Aggregate().IsMatch(Score().Replace(LeadingSectionNumber().Replace(counted, string.Empty), string.Empty)))
            || ShareOf().IsMatch(subject) || ModelSaysAggregate(context, sentence) || ManyRaters(context, sentence, before, activeObject))
        {
            return null;
        }

        // "the standard inspection in 2018 had judged services as …": an active verb's own subject may date the grade.
        var yearFrom = activeObject is not null ? ClauseStart(before[..activeObject.Index]) : clauseStart;
        var year = YearAfter().Match(after) is { Success: true } yearAfter
            ? int.Parse(yearAfter.Groups["year"].Value, CultureInfo.InvariantCulture)
            : NotThatYear().IsMatch(before[yearFrom..]) ? null : YearIn(before[yearFrom..]);
        var framework = _resolver.Resolve(context, LocalText(context, sentence), grade, year, sentence.Text, FrameworkReadInBlock(context, sentence));
        if (framework is null)
        {
            return null;
        }

        // An area SEND outcome is the partnership's only rating.
        var overallCue = OverallCue().IsMatch(cue.Value) || OverallAfter().IsMatch(after) || OverallCue().IsMatch(subject)
            || IsOutcomeStatement(grade);
        if (!overallCue && TryReadSeveral(context, sentence, gradeMatch, framework, grade, subject, clauseStart, year, after))
        {
            return null;
        }

        if (WhatIsRated(context, sentence, gradeMatch, framework, subject, clauseStart, overallCue, subjectHasArea, before, after) is not var (standardId, label, labelStart))
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
        foreach (var other in SubjectAreas(context, sentence, before) ?? [])
        {
            if (other != area)
            {
                // "Cornwall and North Yorkshire were both rated 'Outstanding'": each area listed has the grade.
                context.Add(read with { Area = other });
            }
        }

        GradeListReader.ReadAsWas(context, sentence, framework, read, gradeMatch.Index + gradeMatch.Length, after);
        if (AsItWasIn().Match(after) is { Success: true } earlier)
        {
            // "remains satisfactory, as it was in 2013": the earlier inspection's grade too.
            context.Add(read with { Year = int.Parse(earlier.Groups["year"].Value, CultureInfo.InvariantCulture) });
        }

        return read;
    }

    /// <summary>
    /// The standard a grade is given to, with the words naming it and where they start: a standard the subject names,
    /// one named just before "it" after a colon, or the whole service where the subject is an area, a service or a
    /// provider (or the sentence says "overall"); null where the subject is none of these.
    /// </summary>
    private static (string Id, string Label, int LabelStart)? WhatIsRated(
        ExtractionContext context, Sentence sentence, Match gradeMatch, Framework framework, string subject, int clauseStart, bool overallCue, bool subjectHasArea, string before, string after)
    {
        var text = sentence.Text;
        var sectionDomain = CourtWording.SectionDomain(context, sentence);
        if (!overallCue && FindStandard(context, framework, subject, sentence, sectionDomain) is { } found)
        {
            return (found.Id, subject[found.Start..].TrimEnd(), clauseStart + found.Start);
        }

        if (!overallCue && PronounSubject().IsMatch(subject) && before[..clauseStart].TrimEnd() is { Length: > 0 } prior && prior[^1] is ':' or ';'
            && FindStandard(context, framework, prior, sentence, sectionDomain) is { } named)
        {
            // "Reviewing is the weakest area of casework: it was rated 'Inadequate'": "it" is the standard just named.
            return (named.Id, prior[named.Start..].TrimEnd(), named.Start);
        }

        if (!overallCue && ThatStandard().IsMatch(subject) && before[..clauseStart] is var earlier
            && FindStandard(context, framework, earlier, sentence, sectionDomain, last: true) is { } earlierStandard)
        {
            // "found reviewing of court cases 'too often a paper exercise', rating that standard inadequate": the standard
            // named last before it.
            return (earlierStandard.Id, earlier.Substring(earlierStandard.Start, earlierStandard.Length), earlierStandard.Start);
        }

        if (framework.HasOverall && (overallCue || subjectHasArea || ServiceSubject().IsMatch(subject)
            || context.Providers.Any(p => subject.Contains(p, StringComparison.Ordinal))))
        {
            var overallAfter = OverallAfter().Match(after);
            var end = gradeMatch.Index + gradeMatch.Length + (overallAfter.Success ? overallAfter.Length : 0);
            return ("overall", text[clauseStart..end].Trim(), clauseStart);
        }

        return null;
    }

    /// <summary>
    /// Whether a grade with cue <paramref name="cue"/> is no rating: a wish or target, a scale listed, the grade left
    /// behind by "dropped from … to", a rating of "it", no cue at all, an adjective, or a word inside a long quotation.
    /// </summary>
    private static bool NotARating(string text, Match gradeMatch, Match cue, Group? activeObject, string before, string after)
    {
        if (Hoped().IsMatch(before.AsSpan(Math.Max(0, before.Length - 60))) || TargetStated().IsMatch(before) || ScaleListed().IsMatch(after))
        {
            // "hopes its service will be rated outstanding": a wish, not a rating.
            return true;
        }

        if (((cue.Success && FromCue().IsMatch(cue.Value)) || (FromCue().IsMatch(before) && ToAfter().IsMatch(after))) && !YearAfter().IsMatch(after))
        {
            // "dropped from requires improvement to inadequate": the grade left behind, with no year, is not recorded.
            return true;
        }

        if (activeObject is not null && PronounObject().IsMatch(activeObject.Value) && !OverallAfter().IsMatch(after))
        {
            // "we rated it as requiring improvement": what "it" stands for is not read here ("rated it 'Good' overall" is
            // the service's whole grade).
            return true;
        }

        return !cue.Success || (Adjectival().IsMatch(after) && !OverallAfter().IsMatch(after)) || InsideQuotation(text, gradeMatch.Index);
    }

    /// <summary>
    /// Where the grade's subject starts and ends in <paramref name="before"/>: the last clause before the cue, less a
    /// lead-in ("Of the four case supervision standards,") or up to "whose"; for an active verb, the verb's object.
    /// </summary>
    private static (int Start, int End) SubjectSpan(string before, Match cue, Group? activeObject)
    {
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

        return (clauseStart, subjectEnd);
    }

    /// <summary>
    /// Reads a grade whose subject names several standards: a list ("assessment, planning and reviewing were
    /// inadequate"), a whole domain ("all four out-of-court disposal standards"), or a domain "across all four
    /// standards". True where the subject was such and the sentence's reading is done.
    /// </summary>
    private static bool TryReadSeveral(
        ExtractionContext context, Sentence sentence, Match gradeMatch, Framework framework, string grade, string subject, int clauseStart, int? year, string after)
    {
        var text = sentence.Text;
        if (SubjectList(context, framework, subject, sentence) is { Count: > 1 } several)
        {
            // "assessment, planning and reviewing were inadequate": one grade for each standard named.
            var listArea = context.AreaFor(framework, sentence, gradeMatch.Index);
            if (listArea is null)
            {
                return true;
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

            return true;
        }

        if (DomainGroup().Match(subject) is { Success: true } subjectGroup && DomainStandards(framework, subjectGroup) is { Count: > 0 } groupStandards
            && context.AreaFor(framework, sentence, gradeMatch.Index) is { } groupArea)
        {
            // "In Sandwell, all four out-of-court disposal standards were rated 'Inadequate'".
            AddWholeDomain(context, groupStandards, groupArea, framework, grade, subjectGroup.Value, year, sentence, clauseStart + subjectGroup.Index, gradeMatch.Index + gradeMatch.Length);
            return true;
        }

        if (AcrossStandards().Match(after) is { Success: true } across && CourtWording.DomainOf(subject) is { } wholeDomain
            && framework.Standards.Where(st => st.Domain == wholeDomain).ToList() is { Count: > 0 } domainStandards
            && context.AreaFor(framework, sentence, gradeMatch.Index) is { } domainArea)
        {
            // "Its court work was rated good across all four standards": every standard of that domain.
            AddWholeDomain(context, domainStandards, domainArea, framework, grade, subject.Trim(), year, sentence, clauseStart, gradeMatch.Index + gradeMatch.Length + across.Length);
            return true;
        }

        return false;
    }

    /// <summary>
    /// Whether an active verb's own subject counts many inspections ("Of the full joint inspections published in 2015-16,
    /// more than half rated governance … unsatisfactory"): the grade is theirs in aggregate, not one area's.
    /// </summary>
    private static bool ManyRaters(ExtractionContext context, Sentence sentence, string before, Group? activeObject)
    {
        if (activeObject is null)
        {
            return false;
        }

        var raters = before[ClauseStart(before[..activeObject.Index])..activeObject.Index];
        return Aggregate().IsMatch(LeadingSectionNumber().Replace(raters, string.Empty))
            && !context.Analysis.MentionsIn(sentence).Any(m => m.Start < activeObject.Index && context.IsCandidate(m));
    }

    /// <summary>Where the rating-scope model is present and confident that the sentence states an aggregate of many services.</summary>
    private static bool ModelSaysAggregate(ExtractionContext context, Sentence sentence) =>
        context.Classifiers.RatingScope?.Predict(new ClassifierInput(
            sentence.Text, sentence.HeadingIndex >= 0 ? context.Document.Blocks[sentence.HeadingIndex].Text : null, sentence.Block.Kind.ToString()))
            is { Label: "aggregate", Probability: >= AggregateProbability };

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



    /// <summary>"that standard", "this standard": the one just named.</summary>
    [GeneratedRegex(@"^\s*(?:that|this|the\s+same)\s+standard\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ThatStandard();
}
