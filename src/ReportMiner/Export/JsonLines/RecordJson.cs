using System.Globalization;
using System.Text.Json;
using ReportMiner.Records;

namespace ReportMiner.Export.JsonLines;

/// <summary>
/// Writes a record as one JSON object in the dataset format (<c>reportminer/1</c>): snake_case names exactly as
/// the format defines them, ISO dates, and the output-only <c>evidence</c>, <c>page</c> and <c>warnings</c>;
/// and reads such an object back (<see cref="Read(JsonElement)"/>), so that writing what was read gives the same
/// bytes.
/// </summary>
public static partial class RecordJson
{
    /// <summary>Writes <paramref name="record"/> to <paramref name="writer"/>.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="record">The record.</param>
    /// <param name="includeSpans">Whether to add each item's character span (<c>span: {start, length}</c>), a producer's extra field.</param>
    public static void Write(Utf8JsonWriter writer, ReportRecord record, bool includeSpans = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(record);
        writer.WriteStartObject();
        writer.WriteString("schema", record.Schema);
        writer.WriteString("source", record.Source);
        WriteNullable(writer, "kind", record.Kind);
        WriteNullable(writer, "inspectorate", record.Inspectorate);
        WriteNullable(writer, "published", record.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteStartArray("areas");
        foreach (var a in record.Areas)
        {
            writer.WriteStringValue(a);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("ratings");
        foreach (var r in record.Ratings)
        {
            writer.WriteStartObject();
            writer.WriteString("area", r.Area);
            writer.WriteString("framework", r.Framework);
            WriteNullable(writer, "standard", r.Standard);
            writer.WriteString("rating", r.Value);
            if (r.Label is not null)
            {
                writer.WriteString("label", r.Label);
            }

            if (r.Year is { } year)
            {
                writer.WriteNumber("year", year);
            }

            WriteEvidence(writer, r.Evidence, includeSpans);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("case_ratios");
        foreach (var c in record.CaseRatios)
        {
            writer.WriteStartObject();
            WriteNullable(writer, "area", c.Area);
            if (c.Numerator is { } n)
            {
                writer.WriteNumber("numerator", n);
            }

            if (c.Denominator is { } d)
            {
                writer.WriteNumber("denominator", d);
            }

            if (c.Percent is { } p)
            {
                writer.WriteNumber("percent", p);
            }

            if (c.Fraction is { } f)
            {
                writer.WriteNumber("fraction", f);
            }

            WriteNullable(writer, "standard", c.Standard);
            WriteEvidence(writer, c.Evidence, includeSpans);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("quotes");
        foreach (var q in record.Quotes)
        {
            writer.WriteStartObject();
            writer.WriteString("speaker", q.Speaker);
            WriteNullable(writer, "role", q.Role);
            writer.WriteString("text", q.Text);
            if (q.Evidence?.Span.Page is { } page)
            {
                writer.WriteNumber("page", page);
            }

            if (includeSpans && q.Evidence is { } e)
            {
                WriteSpan(writer, e);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (record.Score is { } score)
        {
            writer.WriteNumber("score", score);
        }

        if (record.ScoreMax is { } scoreMax)
        {
            writer.WriteNumber("score_max", scoreMax);
        }

        writer.WriteStartArray("warnings");
        foreach (var w in record.Warnings)
        {
            writer.WriteStartObject();
            writer.WriteString("code", w.Code);
            writer.WriteString("message", w.Message);
            if (w.Page is { } page)
            {
                writer.WriteNumber("page", page);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The record as a JSON string.</summary>
    public static string Serialize(ReportRecord record, bool indented = false, bool includeSpans = false)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, record, includeSpans);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteEvidence(Utf8JsonWriter writer, Evidence? evidence, bool includeSpans)
    {
        if (evidence is null)
        {
            return;
        }

        writer.WriteString("evidence", evidence.Text);
        if (evidence.Span.Page is { } page)
        {
            writer.WriteNumber("page", page);
        }

        if (includeSpans)
        {
            WriteSpan(writer, evidence);
        }
    }

    private static void WriteSpan(Utf8JsonWriter writer, Evidence evidence)
    {
        writer.WriteStartObject("span");
        writer.WriteNumber("start", evidence.Span.Start);
        writer.WriteNumber("length", evidence.Span.Length);
        writer.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
