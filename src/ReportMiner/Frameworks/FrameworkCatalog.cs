using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportMiner.Frameworks;

/// <summary>
/// The frameworks, standards and grade scales ReportMiner knows, read from the embedded
/// <c>frameworks.json</c> (or a file of the same shape), with the grade phrases of every scale.
/// </summary>
public sealed class FrameworkCatalog
{
    private const string ResourceName = "ReportMiner.Frameworks.frameworks.json";
    private static readonly Lazy<FrameworkCatalog> LazyDefault = new(LoadEmbedded);
    private readonly Dictionary<string, Framework> _byId;

    private FrameworkCatalog(IReadOnlyList<Framework> frameworks, IReadOnlyDictionary<string, IReadOnlyList<string>> gradeAliases)
    {
        Frameworks = frameworks;
        GradeAliases = gradeAliases;
        _byId = frameworks.ToDictionary(f => f.Id, StringComparer.Ordinal);
    }

    /// <summary>The catalogue shipped with the library.</summary>
    public static FrameworkCatalog Default => LazyDefault.Value;

    /// <summary>All frameworks.</summary>
    public IReadOnlyList<Framework> Frameworks { get; }

    /// <summary>Canonical grade → lower-case phrases that name it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> GradeAliases { get; }

    /// <summary>The framework with <paramref name="id"/>, or null.</summary>
    public Framework? Find(string? id) => id is not null && _byId.TryGetValue(id, out var f) ? f : null;

    /// <summary>The framework with <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No framework has that id.</exception>
    public Framework Get(string id) => Find(id) ?? throw new KeyNotFoundException($"no framework has the id '{id}'");

    /// <summary>The family of a framework id as scoring compares them (<c>hmip-youth-2025</c> → <c>hmip-youth</c>); an unknown id is its own family.</summary>
    public string FamilyOf(string? id) => id is null ? string.Empty : Find(id)?.Family ?? id;

    /// <summary>Reads a catalogue from JSON of the shape of the embedded <c>frameworks.json</c>.</summary>
    /// <exception cref="ModelException">The JSON is not a valid catalogue.</exception>
    public static FrameworkCatalog Load(Stream json)
    {
        try
        {
            var file = JsonSerializer.Deserialize<CatalogFile>(json, JsonOptions)
                ?? throw new ModelException("the framework catalogue is empty");
            var frameworks = file.Frameworks.Select(ToFramework).ToArray();
            var grades = file.Grades.ToDictionary(
                kv => kv.Key,
                kv => (IReadOnlyList<string>)kv.Value.OrderByDescending(a => a.Length).ToArray(),
                StringComparer.Ordinal);
            foreach (var f in frameworks)
            {
                foreach (var g in f.Scale.Where(g => !grades.ContainsKey(g)))
                {
                    throw new ModelException($"framework '{f.Id}' uses grade '{g}', which has no entry under 'grades'");
                }
            }

            return new FrameworkCatalog(frameworks, grades);
        }
        catch (JsonException e)
        {
            throw new ModelException($"the framework catalogue is not valid JSON: {e.Message}", e);
        }
    }

    private static FrameworkCatalog LoadEmbedded()
    {
        using var stream = typeof(FrameworkCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new ModelException($"the embedded resource {ResourceName} is missing from the assembly");
        return Load(stream);
    }

    private static Framework ToFramework(FrameworkFile f) => new()
    {
        Id = f.Id,
        Family = f.Family ?? f.Id,
        Inspectorate = f.Inspectorate,
        Sector = f.Sector ?? string.Empty,
        From = ParseDate(f.From) ?? DateOnly.MinValue,
        To = ParseDate(f.To) ?? DateOnly.MaxValue,
        Graded = f.Graded,
        HasOverall = f.HasOverall,
        OpenStandards = f.OpenStandards,
        SectionsInOrder = f.SectionsInOrder,
        Scale = f.Scale,
        Points = f.Points ?? new Dictionary<string, int>(),
        ScoreMax = f.ScoreMax,
        Bands = f.Bands?.Select(b => new ScoreBand(b.Min, b.Max, b.Grade)).ToArray() ?? [],
        Domains = f.Domains?.Select(d => new FrameworkDomain(d.Number, d.Label, d.Aliases)).ToArray() ?? [],
        Standards = f.Standards.Select(s => new Standard
        {
            Id = s.Id,
            Label = s.Label,
            Domain = s.Domain,
            Aliases = s.Aliases.OrderByDescending(a => a.Length).ToArray(),
            Scored = s.Scored ?? true,
            From = ParseDate(s.From),
            To = ParseDate(s.To),
        }).ToArray(),
    };

    private static DateOnly? ParseDate(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private sealed record CatalogFile(
        int Version,
        Dictionary<string, string[]> Grades,
        FrameworkFile[] Frameworks);

    private sealed record FrameworkFile(
        string Id,
        string? Family,
        string Inspectorate,
        string? Sector,
        string? From,
        string? To,
        bool Graded,
        bool HasOverall,
        bool OpenStandards,
        bool SectionsInOrder,
        string[] Scale,
        Dictionary<string, int>? Points,
        int? ScoreMax,
        BandFile[]? Bands,
        DomainFile[]? Domains,
        StandardFile[] Standards);

    private sealed record BandFile(int Min, int Max, string Grade);

    private sealed record DomainFile(int Number, string Label, string[] Aliases);

    private sealed record StandardFile(
        string Id,
        string Label,
        int? Domain,
        string[] Aliases,
        bool? Scored,
        [property: JsonPropertyName("from")] string? From,
        [property: JsonPropertyName("to")] string? To);
}
