using System.Buffers;
using System.Text.RegularExpressions;

namespace ReportMiner.Extraction.Quotes;

/// <summary>
/// Knows the people a document names and their roles ("Paul Wilson, Chief Inspector of Probation", "Chief
/// inspector of probation Justin Russell"), so that an attribution by surname or pronoun resolves to a full name
/// and role.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// Characters that neither pattern can match anywhere (stops, colons, brackets, double quotation marks): no
    /// match spans one, so the text is searched piece by piece between them.
    /// </summary>
    private static readonly SearchValues<char> Breaks = SearchValues.Create(".;:!?()\"“”");

    /// <summary>One of these stands in every role the patterns know (case-sensitively, as the patterns match).</summary>
    private static readonly SearchValues<string> RoleWords = SearchValues.Create(
        ["hief", "nspector", "ouncillor", "abinet", "irector", "eader", "hair", "pokes"], StringComparison.Ordinal);

    private readonly List<(string Name, string? Role, int Offset)> _people = [];

    public SpeakerResolver(string text)
    {
        // The same matches as NameThenRole().Matches(text), then RoleThenName().Matches(text): neither pattern looks
        // outside its match, and a piece of text with no role word in it holds no match of either, so only the
        // pieces (between breaks) that name a role are searched.
        var pieces = PiecesNamingARole(text);
        foreach (var (start, length) in pieces)
        {
            for (var m = NameThenRole().Match(text, start, length); m.Success; m = m.NextMatch())
            {
                Add(m.Groups["name"].Value, m.Groups["role"].Value, m.Index);
            }
        }

        foreach (var (start, length) in pieces)
        {
            for (var m = RoleThenName().Match(text, start, length); m.Success; m = m.NextMatch())
            {
                Add(m.Groups["name"].Value, m.Groups["role"].Value, m.Index);
            }
        }

        _people.Sort((a, b) => a.Offset.CompareTo(b.Offset));
    }

    /// <summary>The stretches of <paramref name="text"/> between <see cref="Breaks"/> that hold a <see cref="RoleWords"/> word.</summary>
    private static List<(int Start, int Length)> PiecesNamingARole(string text)
    {
        var pieces = new List<(int, int)>();
        var start = 0;
        while (start < text.Length)
        {
            var length = text.AsSpan(start).IndexOfAny(Breaks);
            if (length < 0)
            {
                length = text.Length - start;
            }

            if (text.AsSpan(start, length).IndexOfAny(RoleWords) >= 0)
            {
                pieces.Add((start, length));
            }

            start += length + 1;
        }

        return pieces;
    }

    /// <summary>The full name and role for a name as written ("Russell" → "Justin Russell"), or the name itself.</summary>
    public (string Name, string? Role) Resolve(string name)
    {
        var clean = StripTitle(name);
        var full = _people.FirstOrDefault(p => p.Name.Equals(clean, StringComparison.OrdinalIgnoreCase));
        if (full.Name is null)
        {
            full = _people.FirstOrDefault(p => p.Name.EndsWith(" " + clean, StringComparison.OrdinalIgnoreCase));
        }

        return full.Name is null ? (clean, null) : (full.Name, full.Role);
    }

    /// <summary>The person most recently named before <paramref name="offset"/> (for "he said"), or null.</summary>
    public (string Name, string? Role)? LastBefore(int offset)
    {
        var last = _people.LastOrDefault(p => p.Offset < offset);
        return last.Name is null ? null : (last.Name, last.Role);
    }

    /// <summary>Records a person named in an attribution.</summary>
    public void Note(string name, int offset)
    {
        var (full, role) = Resolve(name);
        if (!_people.Any(p => p.Name == full && p.Offset == offset))
        {
            _people.Add((full, role, offset));
            _people.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        }
    }

    internal static string StripTitle(string name) => Title().Replace(name.Trim(), string.Empty).Trim();

    private void Add(string name, string role, int offset)
    {
        var clean = StripTitle(name);
        if (clean.Split(' ').Length >= 2)
        {
            _people.Add((clean, role.Trim().TrimEnd(',', '.'), offset));
        }
    }

    private const string NamePattern = @"(?<name>(?:(?:Dame|Sir|Dr|Mr|Mrs|Ms|Professor|Cllr|Councillor)\s+)?[A-Z][a-z'’\-]+(?:\s+[A-Z][a-zA-Z'’\-]+){1,2})";

    private const string RolePattern = @"(?<role>(?:HM\s+|Her\s+Majesty's\s+|His\s+Majesty's\s+)?(?:(?:Assistant|Deputy)\s+)?[Cc]hief\s+[Ii]nspector(?:\s+of\s+(?:[Pp]robation|[Cc]onstabulary(?:\s+and\s+[Ff]ire\s+(?:&|and)\s+[Rr]escue\s+[Ss]ervices)?|[Pp]risons|[Ee]ducation(?:,\s+[Cc]hildren's\s+[Ss]ervices\s+and\s+[Ss]kills)?))?|[A-Z][\w]*\s+chief\s+inspector|[Ll]ead\s+[Ii]nspector|HM\s+Inspector|[Ii]nspector|Chief\s+Executive(?:\s+of\s+[A-Z][\w\s]+)?|[Cc]ouncillor|[Cc]abinet\s+[Mm]ember[\w\s,']{0,40}|[Dd]irector\s+of\s+[\w\s']{3,40}|[Ll]eader\s+of\s+[\w\s]{3,40}|[Cc]hair\s+of\s+[\w\s]{3,40}|[Ss]pokes(?:person|man|woman))";

    [GeneratedRegex(NamePattern + @",\s+" + RolePattern)]
    private static partial Regex NameThenRole();

    [GeneratedRegex(RolePattern + @",?\s+" + NamePattern)]
    private static partial Regex RoleThenName();

    [GeneratedRegex(@"^(?:Dame|Sir|Dr|Mr|Mrs|Ms|Miss|Professor|Prof|Cllr|Councillor)\.?\s+")]
    private static partial Regex Title();
}
