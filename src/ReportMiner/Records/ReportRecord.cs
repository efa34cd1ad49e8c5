namespace ReportMiner.Records;

/// <summary>
/// What one document says, in the shape of the dataset format (<c>reportminer/1</c>): the areas inspected,
/// every rating, case ratio and inspector quote, with evidence for each.
/// </summary>
/// <example>
/// <code>
/// var record = await ReportExtractor.Create().ExtractAsync("medway-2014.pdf");
/// foreach (var r in record.Ratings) Console.WriteLine($"{r.Area} {r.Standard}: {r.Value}");
/// </code>
/// </example>
public sealed record ReportRecord
{
    /// <summary>The schema name written to every record.</summary>
    public const string SchemaName = "reportminer/1";

    /// <summary>Always <see cref="SchemaName"/>.</summary>
    public string Schema { get; init; } = SchemaName;

    /// <summary>The document's path as given.</summary>
    public required string Source { get; init; }

    /// <summary>The kind of document (<see cref="DocumentKinds"/>), where it could be told.</summary>
    public string? Kind { get; init; }

    /// <summary>The publishing or inspecting body as commonly named (<c>HMI Probation</c>, <c>Ofsted</c>), where stated.</summary>
    public string? Inspectorate { get; init; }

    /// <summary>The publication date, where the document states it.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Every area or provider that the document rates or reports case findings for, by plain name.</summary>
    public IReadOnlyList<string> Areas { get; init; } = [];

    /// <summary>Every rating the document gives or reports for an area.</summary>
    public IReadOnlyList<Rating> Ratings { get; init; } = [];

    /// <summary>Every proportion of inspected cases stated as counts, a percentage or a fraction.</summary>
    public IReadOnlyList<CaseRatio> CaseRatios { get; init; } = [];

    /// <summary>Every direct quotation of an inspector's or inspectorate's judgement.</summary>
    public IReadOnlyList<Quote> Quotes { get; init; } = [];

    /// <summary>The inspection's published score (24 in "24/36"), where printed.</summary>
    public int? Score { get; init; }

    /// <summary>The maximum of the published score (36 in "24/36"), where printed.</summary>
    public int? ScoreMax { get; init; }

    /// <summary>Problems met while reading or checking the document.</summary>
    public IReadOnlyList<ReportWarning> Warnings { get; init; } = [];
}
