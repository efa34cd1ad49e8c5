namespace ReportMiner.Frameworks;

/// <summary>
/// An inspection framework: a set of standards, a grade scale and the years it was used, as published by its
/// inspectorate (HMIP youth 2018, Ofsted ILACS, CQC key questions …). Frameworks are data, read from the
/// embedded <c>frameworks.json</c>.
/// </summary>
public sealed record Framework
{
    /// <summary>The framework id (<c>hmip-youth-2018</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The family the id belongs to without its era (<c>hmip-youth</c>), as scoring compares them.</summary>
    public required string Family { get; init; }

    /// <summary>The inspectorate's common name (<c>HMI Probation</c>).</summary>
    public required string Inspectorate { get; init; }

    /// <summary>The field of work (<c>youth</c>, <c>adult</c>, <c>children</c>, <c>schools</c>, <c>health</c>, <c>police</c> …).</summary>
    public required string Sector { get; init; }

    /// <summary>The first day the framework was in use.</summary>
    public required DateOnly From { get; init; }

    /// <summary>The last day the framework was in use.</summary>
    public required DateOnly To { get; init; }

    /// <summary>Whether the framework gives grades at all (Core Case Inspection and SQS do not).</summary>
    public bool Graded { get; init; }

    /// <summary>Whether it gives a whole-service judgement (the standard <c>overall</c>).</summary>
    public bool HasOverall { get; init; }

    /// <summary>Whether standards not listed may be taken as printed (slugged), as for PEEL areas.</summary>
    public bool OpenStandards { get; init; }

    /// <summary>Whether the document's numbered sections follow the standards in order (SQS: section 1 is the first standard).</summary>
    public bool SectionsInOrder { get; init; }

    /// <summary>The canonical grades of the scale, best first.</summary>
    public IReadOnlyList<string> Scale { get; init; } = [];

    /// <summary>Points per grade, for frameworks that print a score (Outstanding 3 … Inadequate 0).</summary>
    public IReadOnlyDictionary<string, int> Points { get; init; } = new Dictionary<string, int>();

    /// <summary>The maximum score, where the framework prints one (36 for HMIP youth 2018).</summary>
    public int? ScoreMax { get; init; }

    /// <summary>Score bands of the overall grade, where known.</summary>
    public IReadOnlyList<ScoreBand> Bands { get; init; } = [];

    /// <summary>The numbered domains, where the framework has them.</summary>
    public IReadOnlyList<FrameworkDomain> Domains { get; init; } = [];

    /// <summary>The standards, <c>overall</c> included where the framework has it.</summary>
    public IReadOnlyList<Standard> Standards { get; init; } = [];

    /// <summary>Whether <paramref name="date"/> falls within the framework's years.</summary>
    public bool CoversDate(DateOnly date) => date >= From && date <= To;

    /// <summary>Whether <paramref name="grade"/> (canonical) is on this framework's scale.</summary>
    public bool HasGrade(string grade) => Scale.Contains(grade, StringComparer.Ordinal);

    /// <summary>The standard with <paramref name="id"/>, or null.</summary>
    public Standard? FindStandard(string id) => Standards.FirstOrDefault(s => s.Id == id);
}

/// <summary>A standard of a framework: its id, the label the framework prints and the phrases documents use for it.</summary>
public sealed record Standard
{
    /// <summary>The id (<c>2.1</c>, <c>protecting-the-public</c>, <c>overall</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The label the framework prints.</summary>
    public required string Label { get; init; }

    /// <summary>The domain number, for numbered frameworks.</summary>
    public int? Domain { get; init; }

    /// <summary>Lower-case phrases documents use for the standard, longest first.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Whether the standard counts towards the printed score (HMIP 4.1 does not).</summary>
    public bool Scored { get; init; } = true;

    /// <summary>The first date the standard applies, where it changed within the framework.</summary>
    public DateOnly? From { get; init; }

    /// <summary>The last date the standard applies, where it changed within the framework.</summary>
    public DateOnly? To { get; init; }
}

/// <summary>A numbered domain of standards (HMIP 2018: 2 Court disposals).</summary>
/// <param name="Number">The domain number.</param>
/// <param name="Label">The printed label.</param>
/// <param name="Aliases">Lower-case phrases for it.</param>
public sealed record FrameworkDomain(int Number, string Label, IReadOnlyList<string> Aliases);

/// <summary>A range of scores that gives an overall grade.</summary>
/// <param name="Min">The lowest score of the band.</param>
/// <param name="Max">The highest score of the band.</param>
/// <param name="Grade">The overall grade.</param>
public sealed record ScoreBand(int Min, int Max, string Grade);
