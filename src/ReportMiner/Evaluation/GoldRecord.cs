using System.Globalization;
using System.Text.Json;
using ReportMiner.Documents;
using ReportMiner.Records;

namespace ReportMiner.Evaluation;

/// <summary>
/// A hand-checked answer for one document (<c>NAME.gold.json</c>), in the dataset format, with the gold-only
/// <c>optional</c> marker kept per item.
/// </summary>
public sealed record GoldRecord
{
    /// <summary>The answer as a record.</summary>
    public required ReportRecord Record { get; init; }

    /// <summary>Which ratings (by index) are optional.</summary>
    public IReadOnlySet<int> OptionalRatings { get; init; } = new HashSet<int>();

    /// <summary>Which case ratios (by index) are optional.</summary>
    public IReadOnlySet<int> OptionalCaseRatios { get; init; } = new HashSet<int>();

    /// <summary>Which quotes (by index) are optional.</summary>
    public IReadOnlySet<int> OptionalQuotes { get; init; } = new HashSet<int>();

    /// <summary>Which document fields the gold states (present in the file, even if null).</summary>
    public IReadOnlySet<string> StatedFields { get; init; } = new HashSet<string>();

    /// <summary>Reads a gold file.</summary>
    /// <exception cref="ReportMinerException">The file is not valid gold JSON.</exception>
    public static GoldRecord Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var stream = File.OpenRead(path);
            using var json = JsonDocument.Parse(stream);
            return Parse(json.RootElement);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or KeyNotFoundException)
        {
            throw new ReportMinerException($"the gold file is not valid: {e.Message}", path, null, e);
        }
    }

    /// <summary>Reads gold from a parsed JSON object.</summary>
    public static GoldRecord Parse(JsonElement root)
    {
        var optR = new HashSet<int>();
        var optC = new HashSet<int>();
        var optQ = new HashSet<int>();
        var ratings = Items(root, "ratings").Select((e, i) =>
        {
            if (IsOptional(e))
            {
                optR.Add(i);
            }

            return new Rating
            {
                Area = Str(e, "area") ?? string.Empty,
                Framework = Str(e, "framework") ?? string.Empty,
                Standard = Str(e, "standard"),
                Value = Str(e, "rating") ?? string.Empty,
                Label = Str(e, "label"),
                Year = Int(e, "year"),
            };
        }).ToArray();
        var ratios = Items(root, "case_ratios").Select((e, i) =>
        {
            if (IsOptional(e))
            {
                optC.Add(i);
            }

            return new CaseRatio
            {
                Area = Str(e, "area"),
                Numerator = Int(e, "numerator"),
                Denominator = Int(e, "denominator"),
                Percent = Dbl(e, "percent"),
                Fraction = Dbl(e, "fraction"),
                Standard = Str(e, "standard"),
                Evidence = new Evidence(Str(e, "evidence") ?? string.Empty, default(SourceSpan)),
            };
        }).ToArray();
        var quotes = Items(root, "quotes").Select((e, i) =>
        {
            if (IsOptional(e))
            {
                optQ.Add(i);
            }

            return new Quote { Speaker = Str(e, "speaker") ?? string.Empty, Role = Str(e, "role"), Text = Str(e, "text") ?? string.Empty };
        }).ToArray();
        var stated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in new[] { "kind", "inspectorate", "published" })
        {
            if (root.TryGetProperty(f, out _))
            {
                stated.Add(f);
            }
        }

        var published = Str(root, "published");
        return new GoldRecord
        {
            Record = new ReportRecord
            {
                Source = Str(root, "source") ?? string.Empty,
                Kind = Str(root, "kind"),
                Inspectorate = Str(root, "inspectorate"),
                Published = published is null ? null : DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Areas = Items(root, "areas").Select(a => a.GetString() ?? string.Empty).ToArray(),
                Ratings = ratings,
                CaseRatios = ratios,
                Quotes = quotes,
                Score = Int(root, "score"),
                ScoreMax = Int(root, "score_max"),
            },
            OptionalRatings = optR,
            OptionalCaseRatios = optC,
            OptionalQuotes = optQ,
            StatedFields = stated,
        };
    }

    private static IEnumerable<JsonElement> Items(JsonElement root, string name) =>
        root.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray() : [];

    private static bool IsOptional(JsonElement e) =>
        e.TryGetProperty("optional", out var o) && o.ValueKind == JsonValueKind.True;

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? (int)Math.Round(v.GetDouble()) : null;

    private static double? Dbl(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
}
