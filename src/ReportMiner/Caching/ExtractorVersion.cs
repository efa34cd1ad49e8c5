using System.Reflection;

namespace ReportMiner.Caching;

/// <summary>
/// Names the extraction that made a record, so that a <see cref="RecordCache"/> never serves a record that the
/// current code would extract differently: the ReportMiner assembly's informational version (which carries the
/// source revision in a build from git), <see cref="ExtractionRevision"/>, and whether classifiers assist the rules.
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

    /// <summary>
    /// The version string of an extractor with <paramref name="options"/>: <c>0.1.0+5f3c…/r1/classifiers</c>,
    /// <c>…/rules</c> without classifiers, <c>…/custom-classifiers</c> with <see cref="ReportExtractorOptions.Classifiers"/>
    /// set (clear the cache yourself when you change them).
    /// </summary>
    public static string For(ReportExtractorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var classifiers = !options.UseClassifiers ? "rules" : options.Classifiers is null ? "classifiers" : "custom-classifiers";
        return $"{Assembly}/r{ExtractionRevision}/{classifiers}";
    }
}
