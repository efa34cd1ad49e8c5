using System.Text.RegularExpressions;
using ReportMiner.Extraction.Areas;

namespace ReportMiner.Extraction.Ratings;

/// <summary>
/// The sentence shapes <see cref="ProseRatingExtractor"/> reads ratings by: the words that attach a grade ("was rated",
/// "a rating of"), grades used as adjectives, the lists, clauses, subjects, years and wishes around a grade. Kept apart
/// from the reading logic so that each shape is named and documented once.
/// </summary>
internal static partial class ProseGrammar
{
    /// <summary>The words that attach a grade: "was", "were judged", "rated", "a rating of", "received an overall rating of".</summary>
    [GeneratedRegex(@"(?:\b(?:was|were|is|are|be|been|being|remained|remains|remain|stays?|stayed)\s+(?:(?:now|still|also|again|therefore|overall|consistently|previously|separately|jointly|each|both|all|judged|found|assessed|rated|graded|deemed|considered|re-?rated|as|to\s+be|no\s+better\s+than|only)\s+)*|\b(?:rated|graded|judged|assessed)\s+(?:(?:as|to\s+be|overall)\s+)?|\b(?:overall\s+)?(?:rating|grade|judgement|judgment|effectiveness)\s+(?:(?:of|as|at|to|is|was|remains|remained|jumped|rose|fell|improved|went|moved|dropped|slipped|climbed|increased|changed|up|down|from\s+(?:\S+\s+){1,3}?to)\s+)+|\brating\s*:\s*|\boverall\s+effectiveness\s*:?\s*|\b(?:gone\s+(?:down|up)|went\s+(?:down|up)|fallen|dropped|slipped|risen|improved|down|up)\s+from\s+|\b(?:dropped|fallen|fell|slipped|declined|risen|rose|improved|moved|gone\s+(?:down|up)|went\s+(?:down|up))\s+(?:from\s+[^.;]{1,40}?\s+)?to\s+|\b(?:retained|retains|kept|keeps|held|holds|kept\s+hold\s+of)\s+(?:its|their|the)\s+|\b(?:was|were)\s+told\s+(?:it|they)\s+(?:was\s+|were\s+)?|\b(?:came|comes|come)\s+out\s+(?:as|at)\s+|\b(?:was|were|is|are|been|be)\s+(?:judged|found|considered|deemed|assessed|rated)\s+to\s+|\b(?:judged|rated|graded|was|is|were|been)\s+(?:as\s+)?grade\s+[1-4]\s*\(\s*)['‘“""]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex RatingCue();

    /// <summary>Grade words used as adjectives or qualified by case counts.</summary>
    [GeneratedRegex(@"^['’”""]?\s*(?:enough|quality|practice|progress|relationships?|understanding|use|work|working|examples?|levels?|at\b(?!\s+(?:its|their|the|this|that|her|his)\s+(?:(?:latest|last|most\s+recent|recent|previous|first|full|routine|graded|monitoring)\s+){0,2}(?:inspection|visit)\b)|in\s+(?:the\s+)?(?:(?:great|vast|large|overwhelming|clear)\s+)?(?:most|many|some|majority|all|(?!(?:19|20)\d\d\b)\d+|[a-z]+\s+(?:of|out)|half|over|under|nearly|almost|around|about)|with\s+(?:some|most)|for\s+(?:most|some|many)|deal|news|reason|start|place|range|grasp|knowledge|links?|partnership|support|engagement|communication|standard\b|attention|job|idea)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Adjectival();

    [GeneratedRegex(@"\boverall\b", RegexOptions.IgnoreCase)]
    internal static partial Regex OverallCue();

    /// <summary>A second grade of the same thing: "…, and ", "… but ", "… to ", "… before becoming ".</summary>
    [GeneratedRegex(@"(?:,\s*|\s+)(?:and|but|then|to|before\s+(?:becoming|being\s+rated))\s+(?:(?:was|is|now|as|then)\s+)?['‘“""]?$", RegexOptions.IgnoreCase)]
    internal static partial Regex Continuation();

    [GeneratedRegex(@"^['’”""]?\s*(?:(?:overall\s+)?(?:,?\s*when\s+(?:it|they|inspectors|\w+)\s+(?:was\s+|were\s+)?(?:last\s+)?(?:inspected|visited)(?:\s+(?:it|them|the\s+\w+))?\s+|,?\s*(?:at|in|after)\s+(?:its|their|the)\s+(?:(?:previous|last|earlier|full|first)\s+){1,2}(?:inspection|visit)\s+)?(?:in|by)\s+(?<year>(?:19|20)\d\d)\b|\(\s*(?<year>(?:19|20)\d\d)\s*\))", RegexOptions.IgnoreCase)]
    internal static partial Regex YearAfter();

    /// <summary>A printed score ("scored 11 out of 36", "24/36"), whose numbers do not make a subject an aggregate.</summary>
    [GeneratedRegex(@"\b(?:scor(?:ed|e|ing)\s+(?:of\s+)?)?\d{1,2}\s*(?:out\s+of|/)\s*(?:36|27)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex Score();

    [GeneratedRegex(@"^requir(?:es?|ed|ing)[\s\-]+improve?ment(?:[\s\-]+to[\s\-]+be[\s\-]+good)?$", RegexOptions.IgnoreCase)]
    internal static partial Regex VerbGrade();

    [GeneratedRegex(@"(?<=\w\s+)(?:(?:all|both|each|also|still|now|further|therefore)\s+)?$", RegexOptions.IgnoreCase)]
    internal static partial Regex BeforeVerbGrade();

    /// <summary>An area's result after a colon at the start of a line: "Ealing and Hillingdon PDU (January 2023): ".</summary>
    [GeneratedRegex(@"(?<=^[^.:;]{2,80}):\s*['‘“""]?$")]
    internal static partial Regex AreaColon();

    [GeneratedRegex(@"^\s*(?:[-•*]\s*)?\d{1,2}(?:\.\d{1,2})*\.?\s+")]
    internal static partial Regex LeadingSectionNumber();

    /// <summary>
    /// "for X, for Y and for Z" (or "grades for …") after a grade, up to the next grade ("inadequate for being safe,
    /// requires improvement for being well-led") or the end of the clause.
    /// </summary>
    [GeneratedRegex(@"^['’”""]?\s+(?:(?:grades?|ratings?)\s+)?(?:for|in|at)\s+(?<list>.+?)(?=\s+(?:because|since|due\s+to|as\s+a\s+result)\b|,\s+with\s|,?\s+(?:and|but|while)\s+(?:(?:is|was|are|were)\s+(?:(?:rated|judged|graded)\s+)?)?(?:['‘“""]|(?:outstanding|good|adequate|inadequate|requires|requiring|poor|excellent|satisfactory|unsatisfactory)\b)|,\s+(?:requir(?:es|ing)\s+improvement|outstanding|good|adequate|inadequate|poor|excellent|satisfactory|unsatisfactory)\s+(?:for|in|at)\b|;|\.\s|\.$|$)", RegexOptions.IgnoreCase)]
    internal static partial Regex ForList();

    /// <summary>"The two standards rated ", "areas judged ": a grade whose standards follow it.</summary>
    [GeneratedRegex(@"\b(?:standards?|areas?|judgements?|key\s+questions?)\s+(?:were\s+|was\s+)?(?:rated|judged|graded|found\s+to\s+be)\s+(?:as\s+)?['‘“""]?$", RegexOptions.IgnoreCase)]
    internal static partial Regex StandardsRated();

    /// <summary>"… were assessment and planning for court disposals": the standards after the verb.</summary>
    [GeneratedRegex(@"^['’”""]?\s+(?:were|was|are|is)\s+(?<list>.+?)(?=;|\.\s|\.$|$)", RegexOptions.IgnoreCase)]
    internal static partial Regex ReverseList();

    /// <summary>A sentence that gives ratings: "The service was rated:", "rated as follows".</summary>
    [GeneratedRegex(@"\b(?:rated|ratings?|graded|judged)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex RatedAbove();

    [GeneratedRegex(@"^['’”""]?\s*(?:overall|in\s+all\s+(?:areas|judgements|key\s+judgements))\b", RegexOptions.IgnoreCase)]
    internal static partial Regex OverallAfter();

    /// <summary>Subjects that are a count or share of many services: aggregates, not one area's grade.</summary>
    [GeneratedRegex(@"(?:\b(?!(?:19|20)\d\d\b)\d+\b|\bper\s*cent\b|%|\b(?:none|most|many|several|some|both|half|majority|number|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|those)\b)", RegexOptions.IgnoreCase)]
    internal static partial Regex Aggregate();

    /// <summary>Subjects that stand for the inspected service itself.</summary>
    [GeneratedRegex(@"\b(?:it|its|service|services|YOT|YOS|YJS|team|partnership|council|authority|force|provider|school|trust|PDU|unit|region|division|CRC|NPS|rating|SEND\)?\s+arrangements)\b\W*$|^\s*(?:it|the\s+(?:service|YOT|YOS|YJS|partnership|force|school|council|authority))\b(?!['’]s)", RegexOptions.IgnoreCase)]
    internal static partial Regex ServiceSubject();

    /// <summary>Words that start the clause a grade's subject is in: "that", "whether", "but", ", with" ("…, with the impact of leaders judged …").</summary>
    [GeneratedRegex(@"\b(?:that|whether|where|while|whereas|but|however,?)\s|,\s+with\s", RegexOptions.IgnoreCase)]
    internal static partial Regex ThatClause();

    /// <summary>A quoted grade closing a clause, and the conjunction after it: "‘Requires improvement’, and ".</summary>
    [GeneratedRegex(@"(?:outstanding|good|improvement|inadequate|adequate)(?:['’”""]\s*[,;]?\s+(?:and|but|while|whereas)|['’”""]?\s*,\s+(?:with|while|whereas))\s", RegexOptions.IgnoreCase)]
    internal static partial Regex ClosedGradeClause();

    /// <summary>
    /// What separates the standards or areas of a list: a comma, "and", "&amp;", perhaps "the service's" or "the council's
    /// services for", and after an area its service's name ("Newham Youth Justice Service and Bristol …").
    /// </summary>
    [GeneratedRegex(@"^(?:\s+" + ServiceNames.Suffix + @")?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?(?:(?:service|team|partnership|council|authority|YOT|YOS|YJS)['’]s\s+(?:(?:services|support|work)\s+(?:for|with|to)\s+)?)?$", RegexOptions.IgnoreCase)]
    internal static partial Regex ListSeparator();

    /// <summary>What may stand before a list of areas that is a clause's subject: nothing, "Both", "In".</summary>
    [GeneratedRegex(@"^\s*(?:(?:both|in|and|but)\s+)?$", RegexOptions.IgnoreCase)]
    internal static partial Regex SubjectLead();

    /// <summary>The verb right after a list of areas: "were both rated ", "' services were judged ".</summary>
    [GeneratedRegex(@"^(?:['’]s?)?\s+(?:(?:youth\s+(?:offending|justice)\s+)?(?:services?|teams?|YOTs?|YOSs?|YJSs?|councils)\s+)?(?:were|have\s+been|are|both|each)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex AreasVerb();

    /// <summary>Standard names too common in prose to name a standard there ("services in Nottingham"); tables still read them.</summary>
    [GeneratedRegex(@"^(?:services|staff)$", RegexOptions.IgnoreCase)]
    internal static partial Regex ProseOnlyInTables();

    /// <summary>A finished clause ("… was done well and ") before the grade's own subject.</summary>
    [GeneratedRegex(@"\b(?:was|were|is|are|had|has|have|did|does)\b[^;]*?,?\s\b(?:and|but|while|whereas)\s+", RegexOptions.IgnoreCase)]
    internal static partial Regex EarlierClause();

    [GeneratedRegex(@"\b(?:19|20)\d\d\b")]
    internal static partial Regex Year();

    /// <summary>A year that dates a period, not the grade: "since the last inspection in 2012, … are now good".</summary>
    [GeneratedRegex(@"\bsince\b[^.;]*\b(?:19|20)\d\d\b(?![^.;]*\bwhen\b)|\b(?:now|currently|today)\b[^.;]*$|\(\s*(?:19|20)\d\d\s*\)[^.;(]*$", RegexOptions.IgnoreCase)]
    internal static partial Regex NotThatYear();

    /// <summary>
    /// "rated governance and leadership as ", "judged the service to be ", "rated its resettlement work ": a verb, its
    /// object, then the grade; group <c>link</c> is the "as", "to be" or opening quotation mark, which a bare grade
    /// needs unless its own match opens with a quotation mark ("rated its resettlement work ‘Outstanding’").
    /// </summary>
    [GeneratedRegex(@"\b(?:rated|graded|judged|assessed|found|considered|deemed|rating|grading|judging)\s+(?<object>(?!(?:to|at|in|for|by|with|on|of|from|good|outstanding|inadequate|adequate|requires?|poor|excellent|satisfactory|unsatisfactory)\b)(?:the|its|their|this|that|[A-Z]|[a-z][a-z\-]*(?:\s+and\s+|\s+))(?:(?!\b(?:rated|graded|judged|as|to\s+be|(?:was|were|is|are)(?!\s+served\b)|good|outstanding|inadequate|adequate|requires?|next|to\s+(?:move|become|get|reach|go))\b)(?:[^.;:'‘“""]|['’](?=s\b))){0,200}?)\s+(?<link>(?:as|to\s+be)\s+['‘“""]?|['‘“""])?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex ActiveCue();

    [GeneratedRegex(@"\b(?:will|would|could|should|might|hopes?|hoping|aims?|aiming|expects?|wants?|plans?|intends?|aspires?|ambition)\b[^.;]{0,45}$", RegexOptions.IgnoreCase)]
    internal static partial Regex Hoped();

    /// <summary>"is rated ‘Outstanding’, ‘Good’, ‘Requires improvement’ or ‘Inadequate’": the scale listed, not a grade given.</summary>
    [GeneratedRegex(@"^['’”""]?\s*(?:,|\bor\b|/)\s*['‘“""]?(?:outstanding|good|requires\s+improvement|inadequate|adequate)['’”""]?\s*(?:,|\bor\b|/)\s*['‘“""]?(?:outstanding|good|requires\s+improvement|inadequate|adequate)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex ScaleListed();

    /// <summary>"Its target is for … to move to ": everything after a stated target is wished for, however far.</summary>
    [GeneratedRegex(@"\b(?:target|goal|aim|ambition)s?\s+(?:is|was|are|were)\s+(?:for|to|that)\b[^.;]*$", RegexOptions.IgnoreCase)]
    internal static partial Regex TargetStated();

    [GeneratedRegex(@"\bfrom\s+['‘“""]?$", RegexOptions.IgnoreCase)]
    internal static partial Regex FromCue();

    /// <summary>"; and the governance and partnership arrangements as ": a later object of an active rating verb.</summary>
    [GeneratedRegex(@";\s*(?:and\s+)?(?<object>[^;:.'‘“""]{3,200}?)\s+as\s+['‘“""]?$", RegexOptions.IgnoreCase)]
    internal static partial Regex SemicolonObject();

    [GeneratedRegex(@"\b(?:rated|graded|judged|assessed)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex ActiveVerb();

    /// <summary>", as it was in 2013": the same grade given at an earlier inspection.</summary>
    [GeneratedRegex(@"^['’”""]?\s*,?\s+as\s+(?:it|they)\s+(?:was|were|had\s+been)\s+(?:at\s+the\s+last\s+inspection\s+)?in\s+(?<year>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex AsItWasIn();

    /// <summary>"… to good" after a grade that followed "from": the grade left behind.</summary>
    [GeneratedRegex(@"^['’”""]?\s+to\s", RegexOptions.IgnoreCase)]
    internal static partial Regex ToAfter();

    [GeneratedRegex(@"^['’”""]?\s+at\s+", RegexOptions.IgnoreCase)]
    internal static partial Regex AtList();

    /// <summary>"graded ‘adequate’ at investigating crime and ": a second grade given at something, after a first.</summary>
    [GeneratedRegex(@"\b(?:rated|graded|judged|assessed)\s+(?:as\s+)?['‘“""][^'’”""]{2,40}['’”""]\s+at\s+[^.;'‘“""]{3,100}?,?\s+(?:and|but|while)\s+['‘“""]?$", RegexOptions.IgnoreCase)]
    internal static partial Regex SecondGradeAt();

    [GeneratedRegex(@"^['’”""]?\s+(?:across|in|for)\s+(?:all|each\s+of\s+the|every\s+one\s+of\s+the)\s+(?:four|three|five|\d)\s+standards\b", RegexOptions.IgnoreCase)]
    internal static partial Regex AcrossStandards();

    [GeneratedRegex(@"\s+as\s+['‘“""]?$", RegexOptions.IgnoreCase)]
    internal static partial Regex AsBeforeGrade();

    [GeneratedRegex(@"\b(?:judged|rated|graded|found)\b[^.]{0,40}:\s*$", RegexOptions.IgnoreCase)]
    internal static partial Regex RatingIntro();

    /// <summary>"all four out-of-court disposal standards", "each of the court disposal standards": a whole domain.</summary>
    [GeneratedRegex(@"\b(?:all|each\s+of\s+the|every\s+one\s+of\s+the)\s+(?:(?<count>four|three|five|\d)\s+)?(?:of\s+(?:its|their|the\s+(?:service|YOT|YOS|YJS|team|partnership)['’]s)\s+)?(?:(?<ooc>out[\s\-]+of[\s\-]+court)|court)(?:\s+disposals?)?(?:\s+work)?\s+standards\b|\b(?:every|each|all)\s+(?:the\s+)?standards?\s+(?:in|of)\s+the\s+(?:(?<ooc>out[\s\-]+of[\s\-]+court)|court)(?:\s+disposals?)?(?:\s+work)?\s+domain\b", RegexOptions.IgnoreCase)]
    internal static partial Regex DomainGroup();

    [GeneratedRegex(@"^['’”""]?\s*in\s+\w+\s+of\s+(?:the\s+)?\w+\s+(?:areas|standards|judgements|aspects)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex CountOfAreas();

    /// <summary>"76% of GP practices", "70 per cent of services": a share of many, never one area's grade.</summary>
    [GeneratedRegex(@"\b\d{1,3}(?:\.\d)?\s*(?:%|per\s*cent)\s+of\b", RegexOptions.IgnoreCase)]
    internal static partial Regex ShareOf();

    [GeneratedRegex(@"\bwhose\s+(?<subject>[^,;]{2,80})$", RegexOptions.IgnoreCase)]
    internal static partial Regex WhoseSubject();

    [GeneratedRegex(@"^\s*(?:it|them|this|that|these|those|each|both)\s*$", RegexOptions.IgnoreCase)]
    internal static partial Regex PronounObject();

    /// <summary>A lead-in that counts a group before the grade's own subject: "Of the four case supervision standards, ".</summary>
    [GeneratedRegex(@"^\s*(?:of|among|across)\s+(?:the|its|all)\s+[^,]{2,80},\s*", RegexOptions.IgnoreCase)]
    internal static partial Regex LeadingGroup();

    /// <summary>A possessive before a standard's name ("its staff", "the CRC's staff"), which makes a common word a standard.</summary>
    [GeneratedRegex(@"\b(?:its|their|the\s+\w+['’]s)\s+$", RegexOptions.IgnoreCase)]
    internal static partial Regex Possessive();

    /// <summary>", as was the experiences and progress of …" after a grade: the standards given the same grade.</summary>
    [GeneratedRegex(@"^['’”""]?\s*,?\s+as\s+(?:was|were|did|is|are)\s+(?<list>[^;.]{3,200})", RegexOptions.IgnoreCase)]
    internal static partial Regex AsWas();

    /// <summary>Words placing a grade at an earlier inspection: "since the last inspection, when services were found to be".</summary>
    [GeneratedRegex(@"\b(?:at|since|after|before|in|from)\s+(?:the|its|their)\s+(?:last|previous|earlier|prior)\s+(?:full\s+)?inspection\b", RegexOptions.IgnoreCase)]
    internal static partial Regex PastInspection();

    /// <summary>A grade's subject that is only a pronoun: "it was rated".</summary>
    [GeneratedRegex(@"^\s*(?:it|this)\s*$", RegexOptions.IgnoreCase)]
    internal static partial Regex PronounSubject();

    /// <summary>Whether <paramref name="grade"/> is an area SEND inspection's outcome statement as a whole.</summary>
    internal static bool IsOutcomeStatement(string grade) =>
        OutcomeStatementAnywhere().Match(grade) is { Success: true } m && m.Length == grade.Length;

    /// <summary>What arrangements lead to: "arrangements lead to ", "there are widespread failings leading to ".</summary>
    [GeneratedRegex(@"\b(?:lead|leads|led|leading|result|results|resulted|resulting)\s+(?:to|in)\s+['‘“""]?$", RegexOptions.IgnoreCase)]
    internal static partial Regex LeadsTo();

    /// <summary>Any of the area SEND outcome statements, within a sentence.</summary>
    [GeneratedRegex(@"\b(?:positive|inconsistent)\s+experiences\s+and\s+outcomes\b|\bsignificant\s+concerns\b", RegexOptions.IgnoreCase)]
    internal static partial Regex OutcomeStatementAnywhere();

    /// <summary>A count of services across the country, which grades no one service: "Nationally, …", "of the areas inspected".</summary>
    [GeneratedRegex(@"\bnationally\b|\bacross\s+(?:England|Wales|the\s+country)\b|\b(?:areas|services|councils|authorities|forces|schools|YOTs|YOSs|PDUs)\s+(?:inspected|assessed)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex ManyServices();

    /// <summary>"both", "all" or "each" after a subject's nouns ("help and protection both").</summary>
    [GeneratedRegex(@"(?<=\w)\s+(?:both|all|each)\s*$", RegexOptions.IgnoreCase)]
    internal static partial Regex FloatingQuantifier();
}
