namespace ReportMiner.Records;

/// <summary>
/// One grade a document gives or reports for an area: framework, standard and grade, with the words it was
/// read from.
/// </summary>
/// <example>
/// <code>
/// foreach (var r in record.Ratings.Where(r => r.Standard == "overall"))
///     Console.WriteLine($"{r.Area} ({r.Framework}, {r.Year}): {r.Value} — \"{r.Evidence?.Text}\"");
/// </code>
/// </example>
public sealed record Rating
{
    /// <summary>The area rated (one of the record's areas).</summary>
    public required string Area { get; init; }

    /// <summary>The framework id (<c>hmip-youth-2018</c>, <c>ofsted-ilacs</c>), see <see cref="Frameworks.FrameworkCatalog"/>.</summary>
    public required string Framework { get; init; }

    /// <summary>The standard id inside the framework (<c>2.1</c>, <c>protecting-the-public</c>, <c>overall</c>), or null where the document does not say which.</summary>
    public string? Standard { get; init; }

    /// <summary>The grade in the scale's canonical form (<c>Requires improvement</c>).</summary>
    public required string Value { get; init; }

    /// <summary>The words the document used for the standard or the grade.</summary>
    public string? Label { get; init; }

    /// <summary>The year the rating was given, where the document reports ratings from more than one inspection.</summary>
    public int? Year { get; init; }

    /// <summary>The words the grade was read from, and where.</summary>
    public Evidence? Evidence { get; init; }
}
