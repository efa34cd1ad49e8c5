using System.Text.RegularExpressions;
using ReportMiner.Text;

namespace ReportMiner.Frameworks;

/// <summary>
/// Finds grade words in text and normalises them to each scale's canonical form ("requiring improvement",
/// "Requires improvement to be good" → <c>Requires improvement</c>). A grade phrase may stand in quotation
/// marks and may be split by a line break.
/// </summary>
public sealed partial class GradeMatcher
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<FrameworkCatalog, GradeMatcher> Cache = [];
    private readonly Dictionary<string, string> _canonicalByAlias;

    /// <summary><see cref="Prose"/> without its quotation marks: a pattern that starts with its phrases, which the engine finds fast.</summary>
    private readonly Regex _bareProse;

    /// <summary>The length of the longest alias: no longer phrase can name a grade.</summary>
    private readonly int _longestAlias;

    /// <summary>The first words of the prose aliases, one of which stands alone in every match of <see cref="Prose"/>.</summary>
    private readonly WordCues _proseFirstWords;

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

        _longestAlias = _canonicalByAlias.Keys.Select(a => a.Length).DefaultIfEmpty(0).Max();

        // Prose grades: phrases of two letters or fewer ("RI") and bare "met" only count in tables.
        var proseAliases = _canonicalByAlias.Keys
            .Where(a => a.Length > 3 && !a.StartsWith("grade", StringComparison.Ordinal))
            .OrderByDescending(a => a.Length)
            .ToList();
        _proseFirstWords = new WordCues(proseAliases.Select(a => a.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty));
        var prose = proseAliases.Select(a => Regex.Escape(a).Replace(@"\ ", @"[\s\-]+", StringComparison.Ordinal));
        var grades = @"\b(?<grade>" + string.Join("|", prose) + @")\b";
        const RegexOptions options = RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant;
        Prose = new Regex(@"(?<open>['‘“""]?)" + grades + @"(?<close>['’”""]?)", options);
        _bareProse = new Regex(grades, options);
    }

    /// <summary>The matcher for <paramref name="catalog"/>, made once per catalogue (its pattern is compiled).</summary>
    public static GradeMatcher For(FrameworkCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return Cache.GetValue(catalog, c => new GradeMatcher(c));
    }

    /// <summary>Matches a grade phrase in prose; groups <c>grade</c>, <c>open</c> and <c>close</c> (quotation marks).</summary>
    public Regex Prose { get; }

    /// <summary>
    /// The matches of <see cref="Prose"/> in <paramref name="text"/>, left to right: the same matches as
    /// <c>Prose.Matches(text)</c>, found faster. A match of <see cref="Prose"/> is a match of its bare grade pattern
    /// with at most one quotation mark before it, so no match starts more than one character before the next bare
    /// match; <see cref="Prose"/>, whose optional opening quote lets a match start anywhere and so defeats the
    /// engine's search for a literal start, is run only from there. (A start position lets <c>\b</c> see the
    /// character before it, so matching from there is matching the whole text.)
    /// </summary>
    internal IEnumerable<Match> FindInProse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!_proseFirstWords.MayHold(text))
        {
            yield break;
        }

        var from = 0;
        while (_bareProse.Match(text, from) is { Success: true } bare)
        {
            var match = Prose.Match(text, Math.Max(from, bare.Index - 1));
            if (!match.Success)
            {
                yield break;
            }

            yield return match;

            // A grade phrase is never empty, so the next match starts after this one, as in Regex.Matches.
            from = match.Index + match.Length;
        }
    }

    /// <summary>The canonical grade for a phrase, or null.</summary>
    public string? Normalise(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        if (IsTooLong(phrase))
        {
            return null;
        }

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
        if (IsTooLong(cell))
        {
            return null;
        }

        var t = NumberNote().Replace(cell, string.Empty).Trim();
        return Normalise(t);
    }

    /// <summary>
    /// Whether <paramref name="text"/> keeps more characters than the longest alias has, whatever is trimmed, folded or
    /// dropped on the way to the look-up: then it names no grade. Counting is much cheaper than folding a paragraph
    /// (every block of a document is offered as a cell) only to miss the dictionary.
    /// </summary>
    private bool IsTooLong(string text)
    {
        if (text.Length <= _longestAlias)
        {
            return false;
        }

        // Kept for sure: what is neither white space nor a hyphen (folded), a trimmed quotation mark or stop, nor part
        // of a "(2)" note.
        var kept = 0;
        foreach (var c in text)
        {
            if (!(char.IsWhiteSpace(c) || char.IsSeparator(c) || char.IsDigit(c) || c is '-' or '(' or ')' or '\'' or '‘' or '’' or '“' or '”' or '"' or '.' or ':' or '*')
                && ++kept > _longestAlias)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A grade's number in brackets at the end of a cell ("Good (2)").</summary>
    [GeneratedRegex(@"\s*\(\s*\d\s*\)\s*$")]
    private static partial Regex NumberNote();
}
