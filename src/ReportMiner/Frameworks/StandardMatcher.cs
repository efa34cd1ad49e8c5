using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using ReportMiner.Text;

namespace ReportMiner.Frameworks;

/// <summary>
/// Finds the phrases that name a framework's standards in text ("work to protect the public" →
/// <c>protecting-the-public</c>). A phrase shared by several standards (HMIP 2018's "Assessment" in domains 2
/// and 3) yields all of them; the caller decides by number, domain heading or out-of-court wording.
/// </summary>
public sealed class StandardMatcher
{
    private static readonly ConcurrentDictionary<string, StandardMatcher> Cache = new(StringComparer.Ordinal);
    private readonly Regex _pattern;
    private readonly Dictionary<string, List<Standard>> _byAlias;

    private StandardMatcher(Framework framework)
    {
        Framework = framework;
        _byAlias = new Dictionary<string, List<Standard>>(StringComparer.OrdinalIgnoreCase);
        foreach (var s in framework.Standards.Where(s => s.Id != "overall"))
        {
            foreach (var a in s.Aliases)
            {
                var key = Fold(a);
                if (!_byAlias.TryGetValue(key, out var list))
                {
                    _byAlias[key] = list = [];
                }

                list.Add(s);
            }
        }

        var alternatives = _byAlias.Keys.OrderByDescending(k => k.Length).Select(AliasPattern);
        _pattern = new Regex(
            @"(?<![\p{L}\-])(?:" + string.Join("|", alternatives) + @")(?![\p{L}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <summary>The framework whose standards are matched.</summary>
    public Framework Framework { get; }

    /// <summary>The (cached) matcher for <paramref name="framework"/>.</summary>
    public static StandardMatcher For(Framework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        return Cache.GetOrAdd(framework.Id, _ => new StandardMatcher(framework));
    }

    /// <summary>Every standard phrase in <paramref name="text"/>, left to right, longest phrase at each place.</summary>
    public IEnumerable<StandardMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match m in _pattern.Matches(text))
        {
            if (_byAlias.TryGetValue(Fold(m.Value), out var standards))
            {
                yield return new StandardMention(standards, m.Index, m.Length);
            }
        }
    }

    /// <summary>The standards whose phrase is the whole of <paramref name="label"/> (a table cell), or empty.</summary>
    public IReadOnlyList<Standard> MatchLabel(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return _byAlias.TryGetValue(Fold(label), out var list) ? list : [];
    }

    private static string Fold(string text) =>
        SpaceFolding.Fold(text.Trim().TrimEnd('?', ':', '.', '*').Trim().ToLowerInvariant().Replace('’', '\'').Replace('‐', '-').Replace('–', '-'))
            .Replace("re offending", "reoffending", StringComparison.Ordinal);

    private static string AliasPattern(string folded)
    {
        // Spaces in a phrase match any run of white space or hyphens ("out-of-court" = "out of court").
        var escaped = Regex.Escape(folded).Replace(@"\ ", @"[\s\-‐–]+", StringComparison.Ordinal);
        return escaped.Replace("reoffending", @"re[\s\-‐]?offending", StringComparison.Ordinal);
    }
}

/// <summary>A phrase naming one or more standards.</summary>
/// <param name="Standards">The standards the phrase names (more than one where it is shared).</param>
/// <param name="Start">Its offset in the text searched.</param>
/// <param name="Length">Its length.</param>
public readonly record struct StandardMention(IReadOnlyList<Standard> Standards, int Start, int Length);
