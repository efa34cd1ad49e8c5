using System.Reflection;

namespace ReportMiner.Caching;

/// <summary>
/// Names the extraction that made a record, so that a <see cref="RecordCache"/> never serves a record that the
/// current code would extract differently: the ReportMiner assembly's informational version,
/// <see cref="ExtractionRevision"/>, whether classifiers assist the rules, and the build (the module version ids
/// of ReportMiner and ReportMiner.Pdf, which deterministic builds derive from the compiled code and its embedded
/// models and data, so a rebuilt extractor never serves records of the old one even if nobody bumped the revision).
/// </summary>
public static class ExtractorVersion
{
    /// <summary>
    /// Bump this whenever a change to loading or extraction changes any record, so that cached records made
    /// before the change are no longer used (the informational version alone does not change between commits of
    /// a working copy).
    /// </summary>
    public const int ExtractionRevision = 1;

    /// <summary>The ReportMiner assembly's informational version (<c>0.1.0+5f3c…</c>).</summary>
    public static string Assembly { get; } =
        typeof(ReportExtractor).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ReportExtractor).Assembly.GetName().Version?.ToString()
        ?? "0";

    /// <summary>The build of ReportMiner and ReportMiner.Pdf: 16 hex digits from their module version ids.</summary>
    public static string Build { get; } = ComputeBuild();

    /// <summary>
    /// The version string of an extractor with <paramref name="options"/>: <c>0.1.0/r1/classifiers/3f0c…</c>;
    /// <c>rules</c> without classifiers, <c>custom-classifiers</c> with <see cref="ReportExtractorOptions.Classifiers"/>
    /// set (clear the cache yourself when you change them).
    /// </summary>
    public static string For(ReportExtractorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var classifiers = !options.UseClassifiers ? "rules" : options.Classifiers is null ? "classifiers" : "custom-classifiers";
        return $"{Assembly}/r{ExtractionRevision}/{classifiers}/{Build}";
    }

    private static string ComputeBuild()
    {
        var library = typeof(ReportExtractor).Assembly;
        var ids = new List<Guid> { library.ManifestModule.ModuleVersionId };
        foreach (var name in library.GetReferencedAssemblies().Where(a => a.Name == "ReportMiner.Pdf"))
        {
            ids.Add(System.Reflection.Assembly.Load(name).ManifestModule.ModuleVersionId);
        }

        var bytes = ids.SelectMany(g => g.ToByteArray()).ToArray();
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))[..16];
    }
}
