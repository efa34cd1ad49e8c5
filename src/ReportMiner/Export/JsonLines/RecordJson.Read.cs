using System.Globalization;
using System.Text.Json;
using ReportMiner.Documents;
using ReportMiner.Records;

namespace ReportMiner.Export.JsonLines;

/// <summary>The reading half of <see cref="RecordJson"/>.</summary>
public static partial class RecordJson
{
    /// <summary>
    /// Reads a record from one JSON object in the dataset format, as <see cref="Write"/> writes it; unknown
    /// properties are ignored. Writing the result with the same <c>includeSpans</c> gives the same bytes.
    /// </summary>
    /// <remarks>
    /// The format does not carry the words of a quote's evidence (only its page and span), so a quote read back
    /// has its own text as evidence text. An item's span is <c>(0, 0)</c> where the object has none.
    /// </remarks>
    /// <param name="element">A JSON object.</param>
    /// <exception cref="FormatException">The object is not a record (a required property is missing or of the wrong type).</exception>
    public static ReportRecord Read(JsonElement element)
    {
        try
        {
            return ReadRecord(element);
        }
        catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException)
        {
            throw new FormatException($"not a {ReportRecord.SchemaName} record: {e.Message}", e);
        }
    }

    /// <summary>Reads a record from its JSON text (one line of a JSON Lines file).</summary>
    /// <exception cref="FormatException">The text is not a record.</exception>
    public static ReportRecord Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            return Read(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new FormatException($"not a {ReportRecord.SchemaName} record: {e.Message}", e);
        }
    }

    private static ReportRecord ReadRecord(JsonElement e) => new()
    {
        Schema = OptionalString(e, "schema") ?? ReportRecord.SchemaName,
        Source = e.GetProperty("source").GetString()!,
        Kind = OptionalString(e, "kind"),
        Inspectorate = OptionalString(e, "inspectorate"),
        Published = OptionalString(e, "published") is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        Areas = ReadArray(e, "areas", a => a.GetString()!),
        Ratings = ReadArray(e, "ratings", r => new Rating
        {
            Area = r.GetProperty("area").GetString()!,
            Framework = r.GetProperty("framework").GetString()!,
            Standard = OptionalString(r, "standard"),
            Value = r.GetProperty("rating").GetString()!,
            Label = OptionalString(r, "label"),
            Year = OptionalInt(r, "year"),
            Evidence = ReadEvidence(r, OptionalString(r, "evidence")),
        }),
        CaseRatios = ReadArray(e, "case_ratios", c => new CaseRatio
        {
            Area = OptionalString(c, "area"),
            Numerator = OptionalInt(c, "numerator"),
            Denominator = OptionalInt(c, "denominator"),
            Percent = OptionalDouble(c, "percent"),
            Fraction = OptionalDouble(c, "fraction"),
            Standard = OptionalString(c, "standard"),
            Evidence = ReadEvidence(c, OptionalString(c, "evidence") ?? string.Empty) ?? new Evidence(string.Empty, default),
        }),
        Quotes = ReadArray(e, "quotes", q =>
        {
            var text = q.GetProperty("text").GetString()!;
            return new Quote
            {
                Speaker = q.GetProperty("speaker").GetString()!,
                Role = OptionalString(q, "role"),
                Text = text,
                Evidence = q.TryGetProperty("page", out _) || q.TryGetProperty("span", out _) ? ReadEvidence(q, text) : null,
            };
        }),
        Score = OptionalInt(e, "score"),
        ScoreMax = OptionalInt(e, "score_max"),
        Warnings = ReadArray(e, "warnings", w => new ReportWarning(
            w.GetProperty("code").GetString()!,
            w.GetProperty("message").GetString()!,
            OptionalInt(w, "page"))),
    };

    private static Evidence? ReadEvidence(JsonElement item, string? text)
    {
        if (text is null)
        {
            return null;
        }

        var page = OptionalInt(item, "page");
        if (item.TryGetProperty("span", out var span) && span.ValueKind == JsonValueKind.Object)
        {
            return new Evidence(text, new SourceSpan(span.GetProperty("start").GetInt32(), span.GetProperty("length").GetInt32(), page));
        }

        return new Evidence(text, new SourceSpan(0, 0, page));
    }

    private static T[] ReadArray<T>(JsonElement e, string name, Func<JsonElement, T> read)
    {
        if (!e.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var items = new T[array.GetArrayLength()];
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            items[i++] = read(item);
        }

        return items;
    }

    private static string? OptionalString(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? OptionalInt(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

    private static double? OptionalDouble(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
}
