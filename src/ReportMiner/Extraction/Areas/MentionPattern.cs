using System.Buffers;
using System.Text.RegularExpressions;

namespace ReportMiner.Extraction.Areas;

/// <summary>
/// Finds a list of name patterns in text, standing alone (no letter or digit either side), exactly as the
/// one regular expression <c>(?&lt;![\p{L}\p{N}])(?:name1|name2|…)(?![\p{L}\p{N}])</c> would: leftmost first, the
/// earliest name in the list winning where several match at one place, and the search going on after each
/// match. That regular expression, with some three hundred names, is too big for the JIT to optimise and tries
/// every name at every capital letter; here each name is tried only where the text has its first letter, by a
/// small expression per letter.
/// </summary>
internal sealed class MentionPattern
{
    private const string Before = @"(?<![\p{L}\p{N}])";
    private const string After = @"(?![\p{L}\p{N}])";
    private readonly Dictionary<char, Regex> _byFirstChar;
    private readonly Regex? _anyFirstChar;

    /// <summary>The characters some name begins with, searched for (vectorised) to skip the text where no name can begin.</summary>
    private readonly SearchValues<char> _firstChars;

    /// <summary>
    /// Builds the matcher for <paramref name="names"/>, in priority order, each given with its regular expression.
    /// A name's first character is its own, case-sensitive, when the name begins with a letter; a name that does not
    /// may begin anywhere, so it is tried everywhere, in its place in the list.
    /// </summary>
    public MentionPattern(IReadOnlyList<(string Name, string Pattern)> names)
    {
        var anywhere = names.Where(n => !StartsWithLetter(n.Name)).Select(n => n.Pattern).ToList();
        _anyFirstChar = anywhere.Count > 0 ? Compile(anywhere) : null;
        _byFirstChar = names.Where(n => StartsWithLetter(n.Name)).Select(n => n.Name[0]).Distinct()
            .ToDictionary(c => c, c => Compile(names.Where(n => !StartsWithLetter(n.Name) || n.Name[0] == c).Select(n => n.Pattern)));
        _firstChars = SearchValues.Create(_byFirstChar.Keys.ToArray());
    }

    /// <summary>Every match in <paramref name="text"/>, as offset and length, in order.</summary>
    public IEnumerable<(int Index, int Length)> Matches(string text)
    {
        var at = 0;
        while (at < text.Length)
        {
            if (_anyFirstChar is null)
            {
                // No name can begin on any other character: MatchAt would find nothing there, one place at a time.
                var next = text.AsSpan(at).IndexOfAny(_firstChars);
                if (next < 0)
                {
                    yield break;
                }

                at += next;
            }

            var length = MatchAt(text, at);
            if (length >= 0)
            {
                yield return (at, length);
            }

            // As a regular expression's search goes on: after the match, or a character on after an empty one.
            at += Math.Max(1, length);
        }
    }

    private static bool StartsWithLetter(string name) => name.Length > 0 && char.IsLetter(name[0]);

    /// <summary>The names of one first character as one anchored expression, in their order.</summary>
    private static Regex Compile(IEnumerable<string> patterns) =>
        new(@"\G" + Before + "(?:" + string.Join("|", patterns) + ")" + After, RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>The length of the match that begins at <paramref name="at"/>, or -1.</summary>
    private int MatchAt(string text, int at)
    {
        // A letter or decimal digit before the place fails the look-behind whatever the names, so no expression runs there.
        if (at > 0 && char.IsLetterOrDigit(text[at - 1]))
        {
            return -1;
        }

        var regex = _byFirstChar.TryGetValue(text[at], out var r) ? r : _anyFirstChar;
        if (regex is null)
        {
            return -1;
        }

        foreach (var m in regex.EnumerateMatches(text, at))
        {
            return m.Length;
        }

        return -1;
    }
}
