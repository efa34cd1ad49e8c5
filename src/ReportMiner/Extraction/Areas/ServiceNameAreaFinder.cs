using System.Buffers;
using System.Text.RegularExpressions;

namespace ReportMiner.Extraction.Areas;

/// <summary>
/// Finds areas the gazetteer does not know from the names of the services a document inspects: the words
/// before "Youth Offending Team", "Youth Justice Service", "YOT", "Probation Delivery Unit" or "Council" name an
/// area ("Northbridge Youth Justice Service" → Northbridge), and a force's whole name is its area
/// ("Northmoor Police"), and a place called a neighbour ("neighbouring Greyhaven, whose service …"). New councils, renamed services and misspellings are read this way.
/// </summary>
internal static partial class ServiceNameAreaFinder
{
    private static readonly HashSet<string> LeadingNoise = new(StringComparer.Ordinal)
    {
        "The", "This", "That", "A", "An", "In", "At", "By", "Of", "For", "From", "With", "To", "On", "Inspection", "Report",
        "Today", "Local", "National", "Welsh", "English", "HM", "Her", "His", "Majesty's", "Inspectorate", "Our", "Their",
        "Its", "And", "But", "Every", "All", "Each", "Both", "Many", "Some", "New", "Former", "Joint", "Chief", "Inspector",
        "Probation", "Service", "NPS", "Division", "National", "Overall", "However", "Also", "Similarly", "Yesterday",
        "Recently", "Previously", "Meanwhile", "Inspectors", "Last", "Next", "Following", "Despite", "Although", "When", "Where", "While", "Since", "After", "Before", "During", "Why", "How", "Under", "Across",
    };

    private static readonly HashSet<string> NotPlaces = new(StringComparer.OrdinalIgnoreCase)
    {
        "County", "City", "Borough", "District", "Town", "Parish", "Metropolitan", "Transport", "British", "Home", "Office",
        "Youth", "Justice", "Board", "Area", "Region", "Regional", "Combined", "Unitary", "Local", "The", "Police",
    };

    /// <summary>
    /// Words of which every <see cref="ServiceName"/> match holds one (its suffix, matched case-sensitively): a text with
    /// none of them holds no service name, and is not searched with the expression, which tries every capital letter.
    /// </summary>
    /// <summary>Words that open the name of a body or forum, not a place: "Children in Care Council", "Corporate Parenting Board".</summary>
    private static readonly HashSet<string> NotFirstWords = new(StringComparer.Ordinal)
    {
        "Children", "Children's", "Children’s", "Young", "Corporate", "Safeguarding", "Improvement", "Parent", "Parents",
        "Health", "Social", "Adult", "Adults", "Education", "Schools", "Families", "Family", "Carers", "Youth",
    };

    private static readonly SearchValues<string> SuffixWords = SearchValues.Create(
        ["Youth", "YOT", "YOS", "YJS", "robation", "PDU", "Community", "CRC", "ivision", "Council", "Police", "Constabulary"],
        StringComparison.Ordinal);

    /// <summary>The area names the service names in <paramref name="texts"/> give that <paramref name="gazetteer"/> does not know.</summary>
    public static IReadOnlyList<GazetteerEntry> Find(IEnumerable<string> texts, Gazetteer gazetteer)
    {
        var found = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        // A line in capitals ("SWINDON AND WILTSHIRE PDU: …") is read in title case.
        foreach (var text in texts.Select(t => CapitalWords().Replace(t, run => ServiceInitials().Replace(Gazetteer.TitleCaseCapitals(run.Value), m => m.Value.ToUpperInvariant()))))
        {
            var services = text.AsSpan().IndexOfAny(SuffixWords) >= 0 ? ServiceName().Matches(text) : (IEnumerable<Match>)[];
            foreach (var m in services)
            {
                // "one of five PDUs in the Wales probation region": the region around the service inspected is a place,
                // not a service of its own.
                if (RegionSuffix().IsMatch(m.Value) && InThe().IsMatch(text.AsSpan(0, m.Index)))
                {
                    continue;
                }

                var words = m.Groups["area"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
                // "Overall, Salford YJS": words before a comma that are not part of a name, and leading function words.
                while (words.Count > 0 && LeadingNoise.Contains(words[0].TrimEnd(',')))
                {
                    words.RemoveAt(0);
                }

                // "Director of People, Southampton City Council": a segment before a comma that is no place is no part of the name.
                for (var comma = words.FindIndex(w => w.EndsWith(',')); comma >= 0 && comma < words.Count - 1; comma = words.FindIndex(w => w.EndsWith(',')))
                {
                    var segment = string.Join(' ', words.Take(comma + 1)).TrimEnd(',');
                    if (gazetteer.Find(segment) is not null)
                    {
                        break;
                    }

                    words.RemoveRange(0, comma + 1);
                }

                while (words.Count > 1 && NotPlaces.Contains(words[^1].TrimEnd(',')))
                {
                    words.RemoveAt(words.Count - 1);
                }

                if (words.Count > 0)
                {
                    words[^1] = words[^1].TrimEnd(',');
                }

                if (words.Count == 0 || words.All(NotPlaces.Contains) || !char.IsUpper(words[0][0]) || NotFirstWords.Contains(words[0]))
                {
                    continue;
                }

                var isForce = m.Groups["force"].Success;
                var name = string.Join(' ', words) + (isForce ? " " + m.Groups["force"].Value : string.Empty);
                if (gazetteer.Find(name) is not null || gazetteer.Find(string.Join(' ', words)) is not null
                    || EndOfKnownName(text.AsSpan(0, m.Index), string.Join(' ', words), gazetteer))
                {
                    continue;
                }

                found.TryAdd(name, new GazetteerEntry(name, isForce ? AreaKind.PoliceForce : AreaKind.Provider, []));
            }
            foreach (Match m in NeighbouringPlace().Matches(text))
            {
                var name = m.Groups["area"].Value;
                if (!NotPlaces.Contains(name.Split(' ')[0]) && gazetteer.Find(name) is null)
                {
                    found.TryAdd(name, new GazetteerEntry(name, AreaKind.Provider, []));
                }
            }
        }

        return WithInitialisms(found);
    }

    /// <summary>
    /// The names found, each initialism among them ("DTV CRC") folded into the name whose words it abbreviates
    /// ("Durham Tees Valley Community Rehabilitation Company (DTV CRC)") as that name's alias.
    /// </summary>
    /// <summary>
    /// Whether <paramref name="name"/> is only the end of a known place's name that the words before it begin ("City of"
    /// before "London Youth Justice Service" in "Tower Hamlets and City of London Youth Justice Service").
    /// </summary>
    private static bool EndOfKnownName(ReadOnlySpan<char> before, string name, Gazetteer gazetteer)
    {
        var words = before.TrimEnd().ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words[^1] is not ("of" or "upon" or "on" or "and" or "&"))
        {
            return false;
        }

        for (var take = 2; take <= Math.Min(5, words.Length); take++)
        {
            if (gazetteer.Find(string.Join(' ', words[^take..]) + " " + name) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static List<GazetteerEntry> WithInitialisms(Dictionary<string, GazetteerEntry> found)
    {
        var entries = found.Values.ToList();
        foreach (var short_ in entries.Where(e => e.Kind == AreaKind.Provider && Initialism().IsMatch(e.Name)).ToList())
        {
            var full = entries.FindIndex(e => e != short_ && Initials(e.Name) == short_.Name);
            if (full >= 0)
            {
                entries[full] = entries[full] with { Aliases = [.. entries[full].Aliases, short_.Name] };
                entries.Remove(short_);
            }
        }

        return entries;
    }

    /// <summary>The initials of a name's words, joining words aside ("Bristol, Gloucestershire, Somerset and Wiltshire" → BGSW).</summary>
    private static string Initials(string name) =>
        string.Concat(name.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]));

    [GeneratedRegex(@"(?<area>(?:[A-Z][\p{L}'’\-]+(?:\s+(?:and|upon|on|under|in|&)\s+|,\s+|\s+)){1,5}?)(?:(?:Youth\s+(?:Offending|Justice)\b|YOT\b|YOS\b|YJS\b|Probation\s+Delivery\s+Unit\b|PDU\b|Community\s+Rehabilitation\s+Company\b|CRC\b|(?:NPS\s+|probation\s+)?[Dd]ivision\b|[Pp]robation\s+[Rr]egion\b|(?:Borough\s+|City\s+|County\s+|District\s+)?Council\b)|(?<force>Police|Constabulary)\b)")]
    private static partial Regex ServiceName();

    /// <summary>A service's initials after title-casing ("Pdu"), put back in capitals.</summary>
    [GeneratedRegex(@"\b(?:Pdu|Yot|Yos|Yjs|Crc|Nps)\b")]
    private static partial Regex ServiceInitials();

    /// <summary>Words in capitals running together, the first of four letters or more ("SWINDON AND WILTSHIRE PDU", not "DTV CRC"), read in title case.</summary>
    [GeneratedRegex(@"\b\p{Lu}{4,}(?:[ \t\-&]+\p{Lu}{2,})+\b")]
    private static partial Regex CapitalWords();

    [GeneratedRegex(@"^[A-Z]{2,6}$")]
    private static partial Regex Initialism();

    [GeneratedRegex(@"(?:[Pp]robation\s+[Rr]egion|[Dd]ivision)$")]
    private static partial Regex RegionSuffix();

    [GeneratedRegex(@"\b(?:in|across|within)\s+the\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex InThe();

    /// <summary>"neighbouring Greyhaven, whose service …": a place named by its neighbour relation, with no service suffix.</summary>
    [GeneratedRegex(@"\b(?:neighbouring|neighboring|nearby|adjacent|neighbour)\s+(?<area>[A-Z][\p{L}'’\-]+(?:\s+(?:upon|on|and)\s+[A-Z][\p{L}'’\-]+)?)(?=\s*,|\s+(?:whose|which|where|was|were|had|has|and)\b)")]
    private static partial Regex NeighbouringPlace();
}
