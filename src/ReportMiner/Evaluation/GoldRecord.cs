using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ReportMiner.Export.JsonLines;
using ReportMiner.Records;

namespace ReportMiner.Evaluation;

/// <summary>
/// A hand-checked answer for one document (<c>NAME.gold.json</c>), in the dataset format, with the gold-only
/// <c>optional</c> marker kept per item.
/// </summary>
public sealed partial record GoldRecord
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

    /// <summary>
    /// The publication date as the gold file writes it: a day (<c>2019-04-12</c>), or only the month or year a document
    /// states (<c>2019-04</c>, <c>2019</c>: a report whose cover prints "April 2019"). Null where the gold gives none.
    /// </summary>
    public string? PublishedAsWritten { get; init; }

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
        catch (Exception e) when (e is JsonException or FormatException)
        {
            throw new ReportMinerException($"the gold file is not valid: {e.Message}", path, null, e);
        }
    }

    /// <summary>Reads gold from a parsed JSON object: a record in the dataset format (read as exports are read) plus the gold-only <c>optional</c> markers.</summary>
    /// <exception cref="FormatException">The object is not a record.</exception>
    public static GoldRecord Parse(JsonElement root)
    {
        var stated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in new[] { "kind", "inspectorate", "published" })
        {
            if (root.TryGetProperty(f, out _))
            {
                stated.Add(f);
            }
        }

        var published = root.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
        var record = published is not null && PartialDate().IsMatch(published) ? RecordJson.Read(WithoutPublished(root)) : RecordJson.Read(root);
        return new GoldRecord
        {
            Record = record,
            PublishedAsWritten = published,
            OptionalRatings = Optional(root, "ratings"),
            OptionalCaseRatios = Optional(root, "case_ratios"),
            OptionalQuotes = Optional(root, "quotes"),
            StatedFields = stated,
        };
    }

    private static JsonElement WithoutPublished(JsonElement root)
    {
        var node = JsonNode.Parse(root.GetRawText())!.AsObject();
        node.Remove("published");
        return JsonSerializer.SerializeToElement(node);
    }

    /// <summary>A month or a year alone, in ISO 8601 (<c>2019-04</c>, <c>2019</c>).</summary>
    [GeneratedRegex(@"^\d{4}(?:-(?:0[1-9]|1[0-2]))?$")]
    private static partial Regex PartialDate();

    private static HashSet<int> Optional(JsonElement root, string name) =>
        Items(root, name)
            .Select((item, index) => (item, index))
            .Where(x => x.item.TryGetProperty("optional", out var o) && o.ValueKind == JsonValueKind.True)
            .Select(x => x.index)
            .ToHashSet();

    private static IEnumerable<JsonElement> Items(JsonElement root, string name) =>
        root.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray() : [];




}
