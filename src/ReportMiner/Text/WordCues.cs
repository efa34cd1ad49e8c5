using System.Buffers;

namespace ReportMiner.Text;

/// <summary>
/// Quick, exact tests that let a case-insensitive regular expression be skipped: whether a text may hold one of a
/// set of words standing alone, or may end with one. Every match of such an expression holds one of the words (its
/// first, last or only word), so where the test says no, the expression finds nothing. On letters and digits that
/// are all ASCII, the regular-expression engine's case-insensitive matching (<c>IgnoreCase | CultureInvariant</c>)
/// is plain ASCII case folding and its word characters are ASCII letters, digits and underscores, so an ordinal
/// case-insensitive search decides; a text with a letter or digit outside ASCII (the Kelvin sign matches <c>k</c>,
/// <c>\d</c> matches every decimal digit) always gets "may", as do all texts when a word is not ASCII. The tests
/// answer far more cheaply than the expressions: a vectorised search instead of a try at every letter that could
/// start a match.
/// </summary>
internal sealed class WordCues
{
    private readonly string[] _words;
    private readonly SearchValues<string> _anyWord;
    private readonly bool _decides;

    /// <summary>Creates the tests for <paramref name="words"/>, matched case-insensitively (an empty word makes every answer "may").</summary>
    public WordCues(IEnumerable<string> words)
    {
        _words = words.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        _decides = _words.All(w => w.Length > 0 && System.Text.Ascii.IsValid(w));
        _anyWord = SearchValues.Create(_decides ? _words : [], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// False only when <paramref name="text"/> surely holds none of the words standing alone (no letter, digit or
    /// underscore right before or after it, where the word begins or ends with one).
    /// </summary>
    public bool MayHold(ReadOnlySpan<char> text)
    {
        if (!_decides || HasNonAsciiLetterOrDigit(text))
        {
            return true;
        }

        var from = 0;
        while (from < text.Length)
        {
            var at = text[from..].IndexOfAny(_anyWord);
            if (at < 0)
            {
                return false;
            }

            at += from;
            foreach (var word in _words)
            {
                if (text[at..].StartsWith(word, StringComparison.OrdinalIgnoreCase) && StandsAlone(text, at, word))
                {
                    return true;
                }
            }

            from = at + 1;
        }

        return false;
    }

    /// <summary>False only when <paramref name="text"/>, without the white space and full stops it ends with, surely does not end with one of the words.</summary>
    public bool MayEndWith(ReadOnlySpan<char> text)
    {
        if (!_decides || HasNonAsciiLetterOrDigit(text))
        {
            return true;
        }

        var trimmed = text;
        while (trimmed.Length > 0 && (char.IsWhiteSpace(trimmed[^1]) || trimmed[^1] == '.'))
        {
            trimmed = trimmed[..^1];
        }

        foreach (var word in _words)
        {
            if (trimmed.EndsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> has a letter or decimal digit outside ASCII.</summary>
    public static bool HasNonAsciiLetterOrDigit(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOfAnyExceptInRange('\0', '\u007F'); at >= 0; at = NextNonAscii(text, at))
        {
            if (char.IsLetterOrDigit(text[at]))
            {
                return true;
            }
        }

        return false;
    }

    private static int NextNonAscii(ReadOnlySpan<char> text, int after)
    {
        var next = text[(after + 1)..].IndexOfAnyExceptInRange('\0', '\u007F');
        return next < 0 ? -1 : after + 1 + next;
    }

    /// <summary>Whether the word at <paramref name="at"/> has word boundaries where a regular expression's <c>\b</c> would want them.</summary>
    private static bool StandsAlone(ReadOnlySpan<char> text, int at, string word)
    {
        var end = at + word.Length;
        var before = !IsWordChar(word[0]) || at == 0 || !IsWordChar(text[at - 1]);
        var after = !IsWordChar(word[^1]) || end == text.Length || !IsWordChar(text[end]);
        return before && after;
    }

    /// <summary>An ASCII word character (letter, digit, underscore); the text has no other letters or digits here.</summary>
    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
