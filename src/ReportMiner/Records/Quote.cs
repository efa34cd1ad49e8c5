namespace ReportMiner.Records;

/// <summary>A direct quotation of an inspector's or inspectorate's judgement, with who said it.</summary>
/// <example>
/// <code>
/// foreach (var q in record.Quotes)
///     Console.WriteLine($"{q.Speaker} ({q.Role}): \"{q.Text}\"");
/// </code>
/// </example>
public sealed record Quote
{
    /// <summary>The person's name where given (<c>Paul Wilson</c>), otherwise <c>inspector</c> or <c>report</c>.</summary>
    public required string Speaker { get; init; }

    /// <summary>Their role as stated (<c>Chief Inspector of Probation</c>), where stated.</summary>
    public string? Role { get; init; }

    /// <summary>The quoted words without the quotation marks; paragraphs of one quotation joined by a blank line.</summary>
    public required string Text { get; init; }

    /// <summary>Where the quotation stands (from its first opening mark to its last closing mark).</summary>
    public Evidence? Evidence { get; init; }
}
