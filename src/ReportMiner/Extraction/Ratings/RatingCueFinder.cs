using System.Text.RegularExpressions;
using ReportMiner.Documents;
using ReportMiner.Extraction.Areas;
using ReportMiner.Frameworks;
using static ReportMiner.Extraction.Ratings.ProseGrammar;
using static ReportMiner.Extraction.Ratings.ProseSurroundings;

namespace ReportMiner.Extraction.Ratings;

/// <summary>
/// Finds what attaches a grade in a sentence to its subject: a rating verb or phrase before it ("was rated",
/// "a rating of"), an active verb whose object is the subject ("Inspectors rated governance and leadership as"), the
/// next object after a semicolon, an area's result after a colon, a list item under "inspectors judged:", an area
/// SEND outcome, or a grade that is itself the verb ("all require improvement").
/// </summary>
internal static partial class RatingCueFinder
{
    /// <summary>How far before a grade an active verb and its object may stand ("rated governance and leadership as").</summary>
    private const int ActiveReach = 240;

    /// <summary>How far before a grade the short cues anchored at it ("Rotherham (", "judged to ") are looked for.</summary>
    private const int TailReach = 40;

    /// <summary>
    /// The cue that attaches the grade <paramref name="gradeMatch"/> (normalised to <paramref name="grade"/>), unsuccessful
    /// where none does; and where the cue is an active verb, the verb's object, which is the grade's subject.
    /// </summary>
    public static (Match Cue, Group? ActiveObject) Find(ExtractionContext context, Sentence sentence, Match gradeMatch, string grade, string before)
    {
        var text = sentence.Text;
        var cue = RatingCue().Match(before);
        Group? activeObject = null;
        if (!cue.Success && HasActiveVerb(before) && ActiveCue().Match(before, Math.Max(0, before.Length - ActiveReach)) is { Success: true } active
            && (active.Groups["link"].Success || gradeMatch.Groups["open"].Length > 0 || char.IsUpper(gradeMatch.Groups["grade"].Value[0])
                || ClauseEndsAtGrade().IsMatch(text.AsSpan(gradeMatch.Index + gradeMatch.Length))))
        {
            // "Inspectors rated governance and leadership as 'Inadequate'": the grade's subject is the verb's object; so
            // it is with no "as" where the grade closes the clause ("rated behaviour and attitudes outstanding, and …").
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

        if (!cue.Success && sentence.Block.Kind == BlockKind.ListItem && sentence.LocalStart == 0 && AreaColon().Match(before) is { Success: true } labelColon
            && context.DocumentFramework is { } documentFramework && StandardMatcher.For(documentFramework).Find(before[..labelColon.Index]).Any())
        {
            // A list of findings: "• Reducing reoffending: satisfactory. Case managers knew …".
            cue = labelColon;
        }

        if (!cue.Success && AreaBracket().Match(before, Math.Max(0, before.Length - TailReach)) is { Success: true } bracket
            && ClosingBracket().IsMatch(text.AsSpan(gradeMatch.Index + gradeMatch.Length))
            && context.Analysis.MentionsIn(sentence).Any(m => context.IsCandidate(m) && m.Start + m.Length <= bracket.Index
                && ServiceBeforeBracket().IsMatch(before.AsSpan(m.Start + m.Length, bracket.Index - m.Start - m.Length))))
        {
            // A round-up's "Rotherham (requires improvement) and Sefton (good)": the grade in brackets after the area.
            cue = bracket;
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
            // "assessment, planning and reviewing all require improvement": the grade is itself the verb; so it is after
            // "judged to" ("were both judged to 'Require improvement'").
            cue = JudgedTo().Match(before, Math.Max(0, before.Length - TailReach)) is { Success: true } judgedTo ? judgedTo : BeforeVerbGrade().Match(before);
        }

        return (cue, activeObject);
    }

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

    /// <summary>"judged to ", "found to ", before a grade that is a verb.</summary>
    [GeneratedRegex(@"\b(?:judged|found|considered|deemed|assessed)\s+to\s+['‘“""]?$", RegexOptions.IgnoreCase)]
    private static partial Regex JudgedTo();

    /// <summary>An opening bracket just before a grade: "Rotherham (".</summary>
    [GeneratedRegex(@"\s*\(\s*['‘“""]?$")]
    private static partial Regex AreaBracket();

    /// <summary>The bracket closing right after the grade.</summary>
    [GeneratedRegex(@"^\s*['’”""]?\s*\)")]
    private static partial Regex ClosingBracket();

    /// <summary>What may stand between an area's name and the bracket: nothing, or its service's name ("Sefton YJS (").</summary>
    [GeneratedRegex(@"^(?:['’]s)?\s*(?:(?:" + ServiceNames.Suffix + @"|council|Council|children['’]s\s+services)\s*)?$")]
    private static partial Regex ServiceBeforeBracket();

    /// <summary>What may follow a grade that closes its clause: "overall", a comma, "and", the sentence's end.</summary>
    [GeneratedRegex(@"^\s*(?:overall\b|[,;.]|and\b|$)", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseEndsAtGrade();
}
