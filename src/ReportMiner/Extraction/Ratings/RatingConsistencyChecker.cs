using System.Globalization;
using ReportMiner.Documents;

namespace ReportMiner.Extraction.Ratings;

/// <summary>
/// Checks the ratings of a document against each other, as the HMIP scoring rules allow: the printed score
/// equals the points of the scored standards (Outstanding 3, Good 2, Requires improvement 1, Inadequate 0;
/// resettlement excluded); the overall grade fits the score's band; every scored standard is rated or marked
/// "not rated"; no standard is rated twice with different grades. A mismatch is a warning, never a silent fix.
/// </summary>
public sealed class RatingConsistencyChecker : IRecordExtractor
{
    /// <summary>
    /// How many standards of a framework must be rated before they are read as its table: checked for missing
    /// standards and summed against the score (a round-up naming two standards beside a score says nothing of the rest).
    /// </summary>
    private const int TableThreshold = 6;

    /// <inheritdoc />
    public void Extract(ReportDocument document, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var group in context.Ratings.GroupBy(r => (r.Area, r.Framework, r.Year)))
        {
            var framework = context.Frameworks.Find(group.Key.Framework);
            if (framework is null)
            {
                continue;
            }

            foreach (var conflict in group.Where(r => r.Standard is not null).GroupBy(r => r.Standard).Where(g => g.Select(r => r.Value).Distinct().Count() > 1))
            {
                context.Warn(new ReportWarning(
                    "rating-conflict",
                    $"{group.Key.Area}: standard {conflict.Key} of {framework.Id} is rated {string.Join(" and ", conflict.Select(r => r.Value).Distinct())}"));
            }

            var scored = framework.Standards.Where(s => s.Scored && s.Id != "overall").ToList();
            var rated = group.Where(r => scored.Any(s => s.Id == r.Standard)).GroupBy(r => r.Standard).Select(g => g.First()).ToList();
            if (framework.Points.Count > 0 && framework.ScoreMax is { } max && context.Score is { } score && context.ScoreMax == max && rated.Count >= TableThreshold)
            {
                var points = rated.Sum(r => framework.Points.GetValueOrDefault(r.Value));
                if (points != score)
                {
                    context.Warn(new ReportWarning(
                        "score-mismatch",
                        string.Create(CultureInfo.InvariantCulture, $"{group.Key.Area}: the printed score is {score}/{max} but the {rated.Count} rated standards add up to {points}")));
                }

                var overall = group.FirstOrDefault(r => r.Standard == "overall");
                var band = framework.Bands.FirstOrDefault(b => score >= b.Min && score <= b.Max);
                if (overall is not null && band is not null && band.Grade != overall.Value)
                {
                    context.Warn(new ReportWarning(
                        "overall-band-mismatch",
                        string.Create(CultureInfo.InvariantCulture, $"{group.Key.Area}: the overall grade is {overall.Value} but a score of {score}/{max} falls in the {band.Grade} band ({band.Min}–{band.Max})")));
                }
            }

            if (rated.Count >= TableThreshold)
            {
                var missing = scored.Where(s => rated.All(r => r.Standard != s.Id) && !context.NotRated.Contains((framework.Id, s.Id))).Select(s => s.Id).ToList();
                if (missing.Count > 0)
                {
                    context.Warn(new ReportWarning(
                        "standard-missing",
                        $"{group.Key.Area}: the ratings of {framework.Id} have no grade for {string.Join(", ", missing)} and do not mark it not rated"));
                }
            }
        }
    }
}
