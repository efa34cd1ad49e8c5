namespace ReportMiner.Extraction.Areas;

/// <summary>One area of the gazetteer: the plain name written to records, what it is, and the other names it goes by.</summary>
/// <param name="Name">The plain name (<c>Bath and North East Somerset</c>).</param>
/// <param name="Kind">What the area is.</param>
/// <param name="Aliases">Other names (<c>BANES</c>, <c>B&amp;NES</c>).</param>
public sealed record GazetteerEntry(string Name, AreaKind Kind, IReadOnlyList<string> Aliases)
{
    /// <summary>The councils a joint service serves (<c>South Tees</c>: Middlesbrough, Redcar and Cleveland); empty for any other area.</summary>
    public IReadOnlyList<string> Members { get; init; } = [];
}
