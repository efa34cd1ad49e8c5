using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportMiner.Extraction.Areas;

/// <summary>
/// The areas of England and Wales with their variants, joint services and police forces, read from the
/// embedded <c>gazetteer.tsv</c> (built by <c>tools/build-gazetteer.py</c> from public lists). It finds
/// mentions of areas in text and folds any variant to its plain name.
/// </summary>
public sealed partial class Gazetteer
{
    private const string ResourceName = "ReportMiner.Extraction.Areas.gazetteer.tsv";
    private static readonly Lazy<Gazetteer> LazyDefault = new(LoadEmbedded);
    private readonly Dictionary<string, GazetteerEntry> _byFoldedName;
    private readonly MentionPattern _mentions;
    private readonly Dictionary<string, GazetteerEntry> _byFoldedAlias;
    private readonly Dictionary<string, GazetteerEntry> _jointByMember = new(StringComparer.Ordinal);

    private Gazetteer(IReadOnlyList<GazetteerEntry> entries)
    {
        Entries = entries;
        _byFoldedName = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        _byFoldedAlias = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            foreach (var member in e.Members)
            {
                _jointByMember.TryAdd(member, e);
            }

            _byFoldedName.TryAdd(Fold(e.Name), e);
            _byFoldedAlias.TryAdd(Fold(e.Name), e);
            foreach (var a in e.Aliases)
            {
                _byFoldedAlias.TryAdd(Fold(a), e);
            }
        }

        var names = entries.SelectMany(e => e.Aliases.Prepend(e.Name))
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(n => n.Length)
            .Select(n => (n, NamePattern(n)))
            .ToList();
        _mentions = new MentionPattern(names);
    }

    /// <summary>The gazetteer shipped with the library.</summary>
    public static Gazetteer Default => LazyDefault.Value;

    /// <summary>Every entry.</summary>
    public IReadOnlyList<GazetteerEntry> Entries { get; }

    /// <summary>
    /// Reads a gazetteer from tab-separated lines: name, kind, aliases separated by <c>|</c>, and for a joint service
    /// the councils it serves separated by <c>|</c>; <c>#</c> starts a comment.
    /// </summary>
    /// <exception cref="ModelException">A line is not of that shape.</exception>
    public static Gazetteer Load(TextReader reader)
    {
        var entries = new List<GazetteerEntry>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length < 2)
            {
                throw new ModelException($"gazetteer line {lineNumber} has {parts.Length} column(s); expected name, kind and aliases");
            }

            var aliases = parts.Length > 2 && parts[2].Length > 0 ? parts[2].Split('|') : [];
            var members = parts.Length > 3 && parts[3].Length > 0 ? parts[3].Split('|') : [];
            entries.Add(new GazetteerEntry(parts[0], ParseKind(parts[1], lineNumber), aliases) { Members = members });
        }

        return new Gazetteer(entries);
    }

    /// <summary>The entry whose name or alias is <paramref name="name"/> (folded as scoring folds names), or null.</summary>
    public GazetteerEntry? Find(string name) =>
        _byFoldedAlias.TryGetValue(Fold(name), out var e) ? e
        : (name.Contains(" of ", StringComparison.OrdinalIgnoreCase) || name.EndsWith("Council", StringComparison.OrdinalIgnoreCase))
            && AdministrativeForm().Match(name) is { Success: true } form && _byFoldedAlias.TryGetValue(Fold(form.Groups["place"].Value), out var plain) && plain.Kind != AreaKind.PoliceForce ? plain
        : null;

    /// <summary>
    /// A council named with its administrative style ("City of Wolverhampton", "the London Borough of Hackney",
    /// "Herefordshire Council", "Sefton Metropolitan Borough Council"), around the plain place name.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:the\s+)?(?:(?:City|Royal\s+Borough|London\s+Borough|Metropolitan\s+Borough|Borough|County|City\s+and\s+County)\s+of\s+)?(?<place>.+?)(?:\s+(?:(?:City|County|Borough|Metropolitan\s+Borough|District|County\s+Borough)\s+)?Council)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AdministrativeForm();

    /// <summary>The joint service that serves the council named <paramref name="member"/> (its plain name), or null.</summary>
    public GazetteerEntry? JointServiceOf(string member) => _jointByMember.GetValueOrDefault(member);

    /// <summary>The plain name for <paramref name="name"/> if the gazetteer knows it, else the name itself, trimmed.</summary>
    public string Canonical(string name) => Find(name)?.Name ?? name.Trim();

    /// <summary>
    /// Every mention of a known area in <paramref name="text"/>, longest names first where they overlap, in order;
    /// names printed in capitals ("SWINDON AND WILTSHIRE", "SHEFFIELD PDU") are found too.
    /// </summary>
    public IEnumerable<AreaMention> FindMentions(string text)
    {
        var mentions = FindMentionsAsPrinted(text).ToList();
        var capitalsFound = false;

        // Each run of words in capitals read again in title case (the same length, so offsets stay), where the
        // as-printed pass found nothing: only those runs are searched twice, not the whole text.
        foreach (Match run in CapitalsRun().Matches(text))
        {
            foreach (var m in FindMentionsAsPrinted(TitleCaseCapitals(run.Value)))
            {
                var found = m with { Start = run.Index + m.Start };
                if (!mentions.Any(o => o.Start < found.Start + found.Length && found.Start < o.Start + o.Length))
                {
                    mentions.Add(found);
                    capitalsFound = true;
                }
            }
        }

        return capitalsFound ? mentions.OrderBy(m => m.Start) : mentions;
    }

    /// <summary><paramref name="text"/> with every word in capitals (two letters or more) in title case, function words in lower case.</summary>
    internal static string TitleCaseCapitals(string text) =>
        PossessiveCapital().Replace(
            CapitalisedWord().Replace(text, m => m.Value is "AND" or "OF" or "UPON" or "ON" or "THE" or "WITH" or "UNDER"
                ? m.Value.ToLowerInvariant()
                : m.Value[0] + m.Value[1..].ToLowerInvariant()),
            "s");

    /// <summary>The "S" of a possessive in capitals ("LAWRENCE'S"), lower case in title case.</summary>
    [GeneratedRegex(@"(?<=\p{Ll}['’])S\b")]
    private static partial Regex PossessiveCapital();

    /// <summary>Words in capitals run together by spaces, hyphens or ampersands: "SWINDON AND WILTSHIRE", "STOKE-ON-TRENT".</summary>
    [GeneratedRegex(@"\b\p{Lu}{2,}(?:[ \t\-&]+\p{Lu}{2,})*\b")]
    private static partial Regex CapitalsRun();

    [GeneratedRegex(@"\b\p{Lu}{2,}\b")]
    private static partial Regex CapitalisedWord();

    private IEnumerable<AreaMention> FindMentionsAsPrinted(string text)
    {
        foreach (var (index, length) in _mentions.Matches(text))
        {
            // "Greater Manchester", "Inner London": a wider place that only ends with a council's name.
            if (text.AsSpan(0, index).EndsWith("Greater ", StringComparison.Ordinal) || text.AsSpan(0, index).EndsWith("Inner ", StringComparison.Ordinal))
            {
                continue;
            }

            if (_byFoldedAlias.TryGetValue(Fold(text.Substring(index, length)), out var entry))
            {
                yield return new AreaMention(entry, index, length);
            }
        }
    }

    /// <summary>
    /// Folds a name the way scoring compares names: lower case, <c>&amp;</c> as <c>and</c>, hyphens and
    /// full stops as spaces, accents dropped, white space folded.
    /// </summary>
    public static string Fold(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (c == '&')
            {
                sb.Append(" and ");
            }
            else if (c is '-' or '‐' or '–' or '—' or '.' or ',' or '\'' or '’')
            {
                sb.Append(' ');
            }
            else
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string NamePattern(string name)
    {
        // The first letter must be a capital (names are proper nouns: "Reading", not "reading");
        // the rest matches case-insensitively, "&" and "and" alike, hyphens and spaces alike.
        var sb = new StringBuilder();
        var first = true;
        foreach (var c in name)
        {
            if (first && char.IsLetter(c))
            {
                sb.Append(Regex.Escape(c.ToString()));
                sb.Append("(?i:");
                first = false;
                continue;
            }

            sb.Append(c switch
            {
                ' ' or '-' => @"[\s\-‐–]+",
                '&' => "(?:&|and)",
                '.' => @"\.?",
                _ => Regex.Escape(c.ToString()),
            });
        }

        if (!first)
        {
            sb.Append(')');
        }

        return sb.ToString().Replace(@"[\s\-‐–]+and[\s\-‐–]+", @"[\s\-‐–]+(?:and|&)[\s\-‐–]+", StringComparison.Ordinal);
    }

    private static AreaKind ParseKind(string kind, int lineNumber) => kind switch
    {
        "council-england" => AreaKind.EnglishCouncil,
        "council-wales" => AreaKind.WelshCouncil,
        "joint-service" => AreaKind.JointService,
        "police-force" => AreaKind.PoliceForce,
        _ => throw new ModelException($"gazetteer line {lineNumber} has the unknown kind '{kind}'"),
    };

    private static Gazetteer LoadEmbedded()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new ModelException($"the embedded resource {ResourceName} is missing from the assembly");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Load(reader);
    }
}

/// <summary>A mention of a known area in some text.</summary>
/// <param name="Entry">The area.</param>
/// <param name="Start">The offset of the mention in the text searched.</param>
/// <param name="Length">The mention's length.</param>
public readonly record struct AreaMention(GazetteerEntry Entry, int Start, int Length);
