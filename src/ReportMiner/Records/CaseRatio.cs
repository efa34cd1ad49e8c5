namespace ReportMiner.Records;

/// <summary>
/// A proportion of inspected cases: counts ("17 out of the 18 relevant cases"), a percentage ("80 per cent of
/// cases") or a fraction ("half of the cases").
/// </summary>
/// <example>
/// <code>
/// // "17 out of the 18 relevant cases" gives Numerator 17, Denominator 18, Fraction 0.944…
/// foreach (var c in record.CaseRatios)
///     Console.WriteLine($"{c.Area} {c.Standard}: {c.Numerator}/{c.Denominator} {c.Percent}% (page {c.Evidence.Span.Page})");
/// </code>
/// </example>
public sealed record CaseRatio
{
    /// <summary>The area whose cases these are, where known.</summary>
    public string? Area { get; init; }

    /// <summary>The count of cases that had the property, where stated as counts.</summary>
    public int? Numerator { get; init; }

    /// <summary>The count of cases considered, where stated as counts.</summary>
    public int? Denominator { get; init; }

    /// <summary>The percentage of cases, where stated as a percentage.</summary>
    public double? Percent { get; init; }

    /// <summary>The proportion, where stated as a fraction without counts (0.5 for "half").</summary>
    public double? Fraction { get; init; }

    /// <summary>The standard the ratio evidences, from the section or sentence it stands in.</summary>
    public string? Standard { get; init; }

    /// <summary>The words that state the ratio, and where.</summary>
    public required Evidence Evidence { get; init; }
}
