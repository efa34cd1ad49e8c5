using System.Globalization;
using System.Text.RegularExpressions;
using ReportMiner.Extraction.Areas;
using ReportMiner.Frameworks;
using ReportMiner.Records;

namespace ReportMiner.Evaluation;

/// <summary>
/// Scores one output record against its gold exactly as the dataset format's "Scoring" section says: one-to-one
/// matching with required gold entries matched before optional ones; areas by folded name; ratings on (area,
/// framework family, standard, grade); case ratios on counts, percent or fraction (within 0.02); quotes on 90 %
/// word overlap of the shorter text; speakers with or without titles.
/// </summary>
public sealed partial class RecordScorer
{
    private const double QuoteOverlap = 0.9;
    private const double FractionTolerance = 0.02;
    private readonly FrameworkCatalog _frameworks;
    private readonly Gazetteer _gazetteer;

    /// <summary>Creates a scorer with the catalogue's framework families and the gazetteer's name variants.</summary>
    public RecordScorer(FrameworkCatalog? frameworks = null, Gazetteer? gazetteer = null)
    {
        _frameworks = frameworks ?? FrameworkCatalog.Default;
        _gazetteer = gazetteer ?? Gazetteer.Default;
    }

    /// <summary>Scores <paramref name="output"/> (null when the document could not be read) against <paramref name="gold"/>.</summary>
    public EvaluationReport Score(GoldRecord gold, ReportRecord? output, string documentName)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var report = new EvaluationReport { Documents = 1, Failures = output is null ? 1 : 0 };
        output ??= new ReportRecord { Source = documentName };
        ScoreAreas(gold, output, documentName, report);
        ScoreRatings(gold, output, documentName, report);
        ScoreRatios(gold, output, documentName, report);
        ScoreQuotes(gold, output, documentName, report);
        ScoreDocumentFields(gold, output, documentName, report);
        return report;
    }

    /// <summary>The key under which an area name is compared (case, "&amp;", hyphens, white space and known variants folded).</summary>
    public string AreaKey(string? name) => name is null ? string.Empty : Gazetteer.Fold(_gazetteer.Find(name)?.Name ?? name);

    private void ScoreAreas(GoldRecord gold, ReportRecord output, string doc, EvaluationReport report)
    {
        var goldKeys = gold.Record.Areas.Select(AreaKey).ToHashSet();
        var outKeys = output.Areas.Select(AreaKey).ToHashSet();
        var tp = goldKeys.Count(outKeys.Contains);
        report.Fields["areas"].Add(tp, outKeys.Count - tp, goldKeys.Count - tp);
        foreach (var a in gold.Record.Areas.Where(a => !outKeys.Contains(AreaKey(a))))
        {
            report.Differences.Add(new EvaluationDifference(doc, "areas", "missed", a));
        }

        foreach (var a in output.Areas.Where(a => !goldKeys.Contains(AreaKey(a))))
        {
            report.Differences.Add(new EvaluationDifference(doc, "areas", "extra", a));
        }
    }

    private void ScoreRatings(GoldRecord gold, ReportRecord output, string doc, EvaluationReport report)
    {
        string Key(Rating r) => $"{AreaKey(r.Area)}|{_frameworks.FamilyOf(r.Framework)}|{r.Standard}|{r.Value.ToLowerInvariant()}";
        var matches = Match(
            gold.Record.Ratings, gold.OptionalRatings, output.Ratings,
            (g, o) => Key(g) == Key(o) ? 1 : 0);
        var field = report.Fields["ratings"];
        field.Add(matches.RequiredMatched, matches.UnmatchedOutput.Count, matches.UnmatchedRequired.Count);
        foreach (var (g, o) in matches.Pairs)
        {
            var agreed = g.Framework == o.Framework;
            report.Framework.Add(agreed);
            if (!agreed)
            {
                report.Differences.Add(new EvaluationDifference(doc, "ratings", "wrong", $"framework {o.Framework} for gold {g.Framework}: {Describe(g)}"));
            }
        }

        // Grade confusion: gold and output ratings of the same area, family and standard.
        string Slot(Rating r) => $"{AreaKey(r.Area)}|{_frameworks.FamilyOf(r.Framework)}|{r.Standard}";
        var used = new HashSet<int>();
        foreach (var g in gold.Record.Ratings)
        {
            var index = output.Ratings.Select((o, i) => (o, i)).FirstOrDefault(x => !used.Contains(x.i) && Slot(x.o) == Slot(g) && x.o.Value == g.Value);
            if (index.o is null)
            {
                index = output.Ratings.Select((o, i) => (o, i)).FirstOrDefault(x => !used.Contains(x.i) && Slot(x.o) == Slot(g));
            }

            var extracted = index.o?.Value ?? "(none)";
            if (index.o is not null)
            {
                used.Add(index.i);
            }

            report.GradeConfusion[(g.Value, extracted)] = report.GradeConfusion.TryGetValue((g.Value, extracted), out var n) ? n + 1 : 1;
        }

        foreach (var g in matches.UnmatchedRequired)
        {
            report.Differences.Add(new EvaluationDifference(doc, "ratings", "missed", Describe(g)));
        }

        foreach (var o in matches.UnmatchedOutput)
        {
            report.Differences.Add(new EvaluationDifference(doc, "ratings", "extra", Describe(o)));
        }
    }

    private void ScoreRatios(GoldRecord gold, ReportRecord output, string doc, EvaluationReport report)
    {
        var matches = Match(gold.Record.CaseRatios, gold.OptionalCaseRatios, output.CaseRatios, RatioSimilarity);
        report.Fields["case_ratios"].Add(matches.RequiredMatched, matches.UnmatchedOutput.Count, matches.UnmatchedRequired.Count);
        foreach (var (g, o) in matches.Pairs)
        {
            var agreed = g.Standard == o.Standard;
            report.RatioStandard.Add(agreed);
            if (!agreed)
            {
                report.Differences.Add(new EvaluationDifference(doc, "case_ratios", "wrong", $"standard {o.Standard ?? "null"} for gold {g.Standard ?? "null"}: {Describe(g)}"));
            }
        }

        foreach (var g in matches.UnmatchedRequired)
        {
            report.Differences.Add(new EvaluationDifference(doc, "case_ratios", "missed", Describe(g)));
        }

        foreach (var o in matches.UnmatchedOutput)
        {
            report.Differences.Add(new EvaluationDifference(doc, "case_ratios", "extra", Describe(o)));
        }
    }

    private void ScoreQuotes(GoldRecord gold, ReportRecord output, string doc, EvaluationReport report)
    {
        var matches = Match(gold.Record.Quotes, gold.OptionalQuotes, output.Quotes, (g, o) =>
        {
            var overlap = Overlap(Words(g.Text), Words(o.Text));
            return overlap >= QuoteOverlap ? overlap : 0;
        });
        report.Fields["quotes"].Add(matches.RequiredMatched, matches.UnmatchedOutput.Count, matches.UnmatchedRequired.Count);
        foreach (var (g, o) in matches.Pairs)
        {
            var agreed = SpeakerKey(g.Speaker) == SpeakerKey(o.Speaker);
            report.QuoteSpeaker.Add(agreed);
            if (!agreed)
            {
                report.Differences.Add(new EvaluationDifference(doc, "quotes", "wrong", $"speaker '{o.Speaker}' for gold '{g.Speaker}': {Short(g.Text)}"));
            }
        }

        foreach (var g in matches.UnmatchedRequired)
        {
            report.Differences.Add(new EvaluationDifference(doc, "quotes", "missed", $"{g.Speaker}: {Short(g.Text)}"));
        }

        foreach (var o in matches.UnmatchedOutput)
        {
            report.Differences.Add(new EvaluationDifference(doc, "quotes", "extra", $"{o.Speaker}: {Short(o.Text)}"));
        }
    }

    private static void ScoreDocumentFields(GoldRecord gold, ReportRecord output, string doc, EvaluationReport report)
    {
        void Compare(string field, string? g, string? o)
        {
            if (g is null)
            {
                return;
            }

            var agreed = string.Equals(g, o, StringComparison.OrdinalIgnoreCase);
            report.DocumentFieldAccuracy[field].Add(agreed);
            if (!agreed)
            {
                report.Differences.Add(new EvaluationDifference(doc, field, "wrong", $"'{o ?? "null"}' for gold '{g}'"));
            }
        }

        Compare("kind", gold.Record.Kind, output.Kind);
        Compare("inspectorate", gold.Record.Inspectorate, output.Inspectorate);
        // A gold date of a month or a year alone ("April 2019" on a cover) is met by any day within it.
        var goldDate = gold.PublishedAsWritten;
        var outputDate = Date(output.Published);
        Compare("published", goldDate, goldDate is not null && outputDate is not null && outputDate.Length > goldDate.Length ? outputDate[..goldDate.Length] : outputDate);
    }

    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static double RatioSimilarity(CaseRatio g, CaseRatio o)
    {
        if (g.Numerator is { } gn && g.Denominator is { } gd)
        {
            return o.Numerator == gn && o.Denominator == gd ? 1 : 0;
        }

        if (g.Percent is { } gp)
        {
            return o.Percent is { } op && Math.Abs(op - gp) < 0.5 ? 1 : 0;
        }

        if (g.Fraction is { } gf && o.Fraction is { } of)
        {
            return Math.Abs(gf - of) <= FractionTolerance + 1e-9 ? 1 : 0;
        }

        return 0;
    }

    private static MatchResult<T> Match<T>(IReadOnlyList<T> gold, IReadOnlySet<int> optional, IReadOnlyList<T> output, Func<T, T, double> similarity)
    {
        var usedOutput = new HashSet<int>();
        var pairs = new List<(T, T)>();
        var unmatchedRequired = new List<T>();
        var requiredMatched = 0;
        foreach (var pass in new[] { false, true })
        {
            for (var gi = 0; gi < gold.Count; gi++)
            {
                if (optional.Contains(gi) != pass)
                {
                    continue;
                }

                var best = -1;
                var bestScore = 0.0;
                for (var oi = 0; oi < output.Count; oi++)
                {
                    if (usedOutput.Contains(oi))
                    {
                        continue;
                    }

                    var s = similarity(gold[gi], output[oi]);
                    if (s > bestScore)
                    {
                        bestScore = s;
                        best = oi;
                    }
                }

                if (best >= 0)
                {
                    usedOutput.Add(best);
                    pairs.Add((gold[gi], output[best]));
                    requiredMatched += pass ? 0 : 1;
                }
                else if (!pass)
                {
                    unmatchedRequired.Add(gold[gi]);
                }
            }
        }

        var unmatchedOutput = output.Where((_, i) => !usedOutput.Contains(i)).ToList();
        return new MatchResult<T>(pairs, unmatchedRequired, unmatchedOutput, requiredMatched);
    }

    private sealed record MatchResult<T>(List<(T Gold, T Output)> Pairs, List<T> UnmatchedRequired, List<T> UnmatchedOutput, int RequiredMatched);

    /// <summary>The word set of a quotation: lower case, white space folded, quotation marks and asterisks dropped.</summary>
    internal static HashSet<string> Words(string text)
    {
        var t = QuoteMarks().Replace(text.ToLowerInvariant(), " ");
        return t.Split((char[])[' ', '\n', '\r', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', '.', ';', ':', '!', '?', '(', ')', '[', ']'))
            .Where(w => w.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
    }

    private static double Overlap(HashSet<string> a, HashSet<string> b)
    {
        var shorter = a.Count <= b.Count ? a : b;
        var longer = ReferenceEquals(shorter, a) ? b : a;
        return shorter.Count == 0 ? 0 : (double)shorter.Count(longer.Contains) / shorter.Count;
    }

    /// <summary>A speaker name compared without titles ("Dame Glenys Stacey" = "Glenys Stacey") or case.</summary>
    internal static string SpeakerKey(string speaker) =>
        Titles().Replace(speaker.Trim(), string.Empty).Trim().ToLowerInvariant();

    private static string Describe(Rating r) =>
        $"{r.Area} {r.Framework} {r.Standard ?? "null"} = {r.Value}" + (r.Evidence is null && r.Label is null ? string.Empty : $"  « {Short(r.Evidence?.Text ?? r.Label!)} »");

    private static string Describe(CaseRatio c)
    {
        var value = c.Numerator is not null ? $"{c.Numerator}/{c.Denominator}"
            : c.Percent is not null ? string.Create(CultureInfo.InvariantCulture, $"{c.Percent}%")
            : string.Create(CultureInfo.InvariantCulture, $"fraction {c.Fraction}");
        return $"{c.Area ?? "null"} {value} [{c.Standard ?? "null"}]  « {Short(c.Evidence.Text)} »";
    }

    private static string Short(string text) => text.Length <= 110 ? text : text[..107] + "...";

    [GeneratedRegex(@"[""“”‘’*]|(?<!\w)'|'(?!\w)")]
    private static partial Regex QuoteMarks();

    [GeneratedRegex(@"^(?:(?:Dame|Sir|Dr|Mr|Mrs|Ms|Miss|Professor|Prof|Lord|Lady|Baroness|Cllr|Councillor)\.?\s+)+", RegexOptions.IgnoreCase)]
    private static partial Regex Titles();
}
