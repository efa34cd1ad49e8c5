using System.Text.RegularExpressions;
using ReportMiner.Extraction.Frameworks;
using ReportMiner.Frameworks;
using ReportMiner.Records;
using static ReportMiner.Extraction.Ratings.ProseGrammar;

namespace ReportMiner.Extraction.Ratings;

/// <summary>
/// Which standards a phrase of a rating sentence names: one standard of a subject, a list of them, every standard of
/// a domain a group phrase names, and the id each takes where it is printed. Shared by the readers of rating sentences.
/// </summary>
internal static class ProseStandards
{
    /// <summary>
    /// The id a standard takes where it is named: its own id, or for frameworks taken "as printed" (PEEL, Estyn, HMIP
    /// 2025) the slug of the words printed ("treatment of the public", not the later framework's name for it) — unless
    /// the document's own ratings table already printed the standard under its id, so that prose naming it in short
    /// ("its diversion work", beside a card "Out-of-court and diversion work") means the same standard.
    /// </summary>
    internal static string PrintedId(ExtractionContext context, Framework framework, Standard standard, string printed) =>
        !framework.OpenStandards || char.IsDigit(standard.Id[0]) || standard.Id == "overall"
        || context.Ratings.Any(r => r.Framework == framework.Id && r.Standard == standard.Id)
            ? standard.Id
            : StandardSlug.From(printed);

    /// <summary>
    /// The standard <paramref name="subject"/> names, with where its words start and their length: the first named (the last with
    /// <paramref name="last"/>), skipping words that name a standard only in tables unless a possessive makes them one.
    /// </summary>
    internal static (string Id, int Start, int Length)? FindStandard(ExtractionContext context, Framework framework, string subject, Sentence sentence, int? sectionDomain, bool last = false)
    {
        var mentions = StandardMatcher.For(framework).Find(subject);
        foreach (var mention in last ? mentions.Reverse() : mentions)
        {
            if (ProseOnlyInTables().IsMatch(subject.AsSpan(mention.Start, mention.Length)) && !Possessive().IsMatch(subject[..mention.Start]))
            {
                continue;
            }

            var standard = ChooseStandard(mention.Standards, subject, sentence.Text, sectionDomain);
            if (standard is not null)
            {
                return (PrintedId(context, framework, standard, subject.Substring(mention.Start, mention.Length)), mention.Start, mention.Length);
            }
        }

        return null;
    }

    /// <summary>The standards a subject lists ("assessment, planning, and reviewing"), when it lists more than one and nothing else.</summary>
    internal static List<(string Id, int Start, int Length)>? SubjectList(ExtractionContext context, Framework framework, string subject, Sentence sentence)
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
    internal static Standard? ChooseStandard(IReadOnlyList<Standard> standards, string subject, string sentence, int? sectionDomain = null)
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

    /// <summary>The scored standards of the domain a group phrase names, when it names as many as the domain has.</summary>
    internal static List<Standard> DomainStandards(Framework framework, Match group)
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

    /// <summary>One rating of <paramref name="grade"/> for each standard of a whole domain, all read from text [start, end).</summary>
    internal static void AddWholeDomain(
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
}
