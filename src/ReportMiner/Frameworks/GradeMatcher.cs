using System.Text.RegularExpressions;
using ReportMiner.Text;

namespace ReportMiner.Frameworks;

/// <summary>
/// Finds grade words in text and normalises them to each scale's canonical form ("requiring improvement",
/// "Requires improvement to be good" → <c>Requires improvement</c>). A grade phrase may stand in quotation
/// marks and may be split by a line break.
/// </summary>
public sealed class GradeMatcher
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<FrameworkCatalog, GradeMatcher> Cache = [];
    private readonly Dictionary<string, string> _canonicalByAlias;

    /// <summary>Creates a matcher over <paramref name="catalog"/>'s grade phrases.</summary>
    public GradeMatcher(FrameworkCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _canonicalByAlias = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (grade, aliases) in catalog.GradeAliases)
        {
            foreach (var a in aliases)
            {
                _canonicalByAlias.TryAdd(a, grade);
            }

            _canonicalByAlias.TryAdd(grade.ToLowerInvariant(), grade);
        }

        // Prose grades: phrases of two letters or fewer ("RI") and bare "met" only count in tables.
        var prose = _canonicalByAlias.Keys
            .Where(a => a.Length > 3 && !a.StartsWith("grade", StringComparison.Ordinal))
            .OrderByDescending(a => a.Length)
            .Select(a => Regex.Escape(a).Replace(@"\ ", @"[\s\-]+", StringComparison.Ordinal));
        Prose = new Regex(
            @"(?<open>['‘“""]?)\b(?<grade>" + string.Join("|", prose) + @")\b(?<close>['’”""]?)",
            RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);
    }

    /// <summary>The matcher for <paramref name="catalog"/>, made once per catalogue (its pattern is compiled).</summary>
    public static GradeMatcher For(FrameworkCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return Cache.GetValue(catalog, c => new GradeMatcher(c));
    }

    /// <summary>Matches a grade phrase in prose; groups <c>grade</c>, <c>open</c> and <c>close</c> (quotation marks).</summary>
    public Regex Prose { get; }

    /// <summary>The canonical grade for a phrase, or null.</summary>
    public string? Normalise(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var folded = SpaceFolding.Fold(phrase.Trim().Trim('\'', '‘', '’', '“', '”', '"', '.', ':', '*')).ToLowerInvariant();
        return _canonicalByAlias.TryGetValue(folded, out var g) ? g : null;
    }

    /// <summary>
    /// Reads a whole table cell or line ending as a grade ("Requires improvement to be good", "RI", "Grade 2",
    /// "Good (2)"), or null when the cell is not just a grade.
    /// </summary>
    public string? ReadCell(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var t = Regex.Replace(cell, @"\s*\(\s*\d\s*\)\s*$", string.Empty).Trim();
        return Normalise(t);
    }
}
