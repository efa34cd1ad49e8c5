using System.Text;

namespace ReportMiner.Pdf.Fonts;

/// <summary>
/// A character map (Adobe technical note #5014 and ISO 32000-1 §9.7.5, §9.10.3): codespace ranges that split a byte
/// string into character codes, and code → CID and code → Unicode mappings. Used both as a Type 0 font's
/// /Encoding and as a /ToUnicode map.
/// </summary>
internal sealed class CMap
{
    private readonly List<CodespaceRange> codespaces = [];
    private readonly Dictionary<uint, string> unicodeChars = [];
    private readonly List<UnicodeRange> unicodeRanges = [];
    private readonly Dictionary<uint, int> cidChars = [];
    private readonly List<CidRange> cidRanges = [];

    /// <summary>The CMap's name, where it declares one.</summary>
    public string? Name { get; set; }

    /// <summary>Whether this is an identity map (Identity-H/V): two-byte codes equal to CIDs.</summary>
    public bool IsIdentity { get; private init; }

    /// <summary>Writing mode: 0 horizontal, 1 vertical.</summary>
    public int WMode { get; set; }

    /// <summary>Whether any code → Unicode mapping is defined.</summary>
    public bool HasUnicodeMappings => unicodeChars.Count > 0 || unicodeRanges.Count > 0;

    /// <summary>Whether any codespace range is defined.</summary>
    public bool HasCodespaces => codespaces.Count > 0;

    /// <summary>The number of explicit mappings (for bounds against hostile CMaps).</summary>
    public int MappingCount => unicodeChars.Count + cidChars.Count + unicodeRanges.Count + cidRanges.Count;

    /// <summary>Identity-H or Identity-V.</summary>
    public static CMap CreateIdentity(bool vertical)
    {
        var map = new CMap { IsIdentity = true, WMode = vertical ? 1 : 0, Name = vertical ? "Identity-V" : "Identity-H" };
        map.AddCodespace([0, 0], [0xFF, 0xFF]);
        return map;
    }

    /// <summary>Adds a codespace range given by its low and high byte strings (equal lengths, 1–4 bytes).</summary>
    public void AddCodespace(ReadOnlySpan<byte> low, ReadOnlySpan<byte> high)
    {
        if (low.Length == 0 || low.Length > 4 || high.Length != low.Length)
        {
            return;
        }

        codespaces.Add(new CodespaceRange(low.Length, ToCode(low), ToCode(high)));
    }

    /// <summary>Adds a bfchar mapping.</summary>
    public void AddUnicode(uint code, string text) => unicodeChars[code] = text;

    /// <summary>Adds a bfrange mapping with an incrementing destination.</summary>
    public void AddUnicodeRange(uint low, uint high, string start)
    {
        if (high < low || start.Length == 0)
        {
            return;
        }

        // Small ranges are expanded so that lookups stay a single dictionary probe.
        if (high - low < 256)
        {
            for (var c = low; c <= high; c++)
            {
                unicodeChars[c] = Increment(start, (int)(c - low));
            }

            return;
        }

        unicodeRanges.Add(new UnicodeRange(low, high, start));
    }

    /// <summary>Adds a cidchar mapping.</summary>
    public void AddCid(uint code, int cid) => cidChars[code] = cid;

    /// <summary>Adds a cidrange mapping.</summary>
    public void AddCidRange(uint low, uint high, int startCid)
    {
        if (high >= low)
        {
            cidRanges.Add(new CidRange(low, high, startCid));
        }
    }

    /// <summary>Copies all mappings and codespaces of <paramref name="parent"/> (the <c>usecmap</c> operator).</summary>
    public void Include(CMap parent)
    {
        codespaces.AddRange(parent.codespaces);
        foreach (var (k, v) in parent.unicodeChars)
        {
            unicodeChars.TryAdd(k, v);
        }

        unicodeRanges.AddRange(parent.unicodeRanges);
        foreach (var (k, v) in parent.cidChars)
        {
            cidChars.TryAdd(k, v);
        }

        cidRanges.AddRange(parent.cidRanges);
    }

    /// <summary>
    /// Reads one character code at <paramref name="pos"/>: the shortest codespace range that matches byte by byte wins;
    /// with no match, as many bytes as the shortest range (or <paramref name="defaultLength"/> without codespaces) are taken.
    /// Returns the number of bytes consumed (at least 1).
    /// </summary>
    public int ReadCode(ReadOnlySpan<byte> bytes, int pos, int defaultLength, out uint code)
    {
        var available = bytes.Length - pos;
        if (codespaces.Count == 0)
        {
            var n = Math.Min(defaultLength, available);
            code = ToCode(bytes.Slice(pos, n));
            return n;
        }

        var shortest = 4;
        for (var len = 1; len <= 4 && len <= available; len++)
        {
            foreach (var r in codespaces)
            {
                if (r.Length != len)
                {
                    continue;
                }

                if (r.Matches(bytes.Slice(pos, len)))
                {
                    code = ToCode(bytes.Slice(pos, len));
                    return len;
                }
            }
        }

        foreach (var r in codespaces)
        {
            shortest = Math.Min(shortest, r.Length);
        }

        var take = Math.Max(1, Math.Min(shortest, available));
        code = ToCode(bytes.Slice(pos, take));
        return take;
    }

    /// <summary>The Unicode text for <paramref name="code"/>, or null.</summary>
    public string? ToUnicode(uint code)
    {
        if (unicodeChars.TryGetValue(code, out var s))
        {
            return s;
        }

        foreach (var r in unicodeRanges)
        {
            if (code >= r.Low && code <= r.High)
            {
                return Increment(r.Start, (int)(code - r.Low));
            }
        }

        return null;
    }

    /// <summary>The CID for <paramref name="code"/> (identity when unmapped, as an identity CMap would give).</summary>
    public int ToCid(uint code)
    {
        if (IsIdentity)
        {
            return (int)code;
        }

        if (cidChars.TryGetValue(code, out var cid))
        {
            return cid;
        }

        foreach (var r in cidRanges)
        {
            if (code >= r.Low && code <= r.High)
            {
                return r.Start + (int)(code - r.Low);
            }
        }

        return cidChars.Count == 0 && cidRanges.Count == 0 ? (int)code : 0;
    }

    /// <summary>Reads a big-endian code from up to 4 bytes.</summary>
    public static uint ToCode(ReadOnlySpan<byte> bytes)
    {
        uint c = 0;
        foreach (var b in bytes[..Math.Min(bytes.Length, 4)])
        {
            c = (c << 8) | b;
        }

        return c;
    }

    /// <summary>Decodes a bfchar/bfrange destination: UTF-16BE (surrogates allowed); a single byte is read as Latin-1.</summary>
    public static string DecodeDestination(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 1)
        {
            return ((char)bytes[0]).ToString();
        }

        var even = bytes.Length & ~1;
        return Encoding.BigEndianUnicode.GetString(bytes[..even]);
    }

    private static string Increment(string start, int offset)
    {
        if (offset == 0)
        {
            return start;
        }

        // The last UTF-16 unit is incremented (a surrogate pair target steps as one code point).
        if (start.Length >= 2 && char.IsSurrogatePair(start[^2], start[^1]))
        {
            var cp = char.ConvertToUtf32(start[^2], start[^1]) + offset;
            return cp <= 0x10FFFF ? string.Concat(start.AsSpan(0, start.Length - 2), char.ConvertFromUtf32(cp)) : start;
        }

        var last = start[^1] + offset;
        if (last > 0xFFFF)
        {
            return start;
        }

        return string.Create(start.Length, (start, (char)last), static (span, st) =>
        {
            st.start.AsSpan().CopyTo(span);
            span[^1] = st.Item2;
        });
    }

    private readonly record struct CodespaceRange(int Length, uint Low, uint High)
    {
        public bool Matches(ReadOnlySpan<byte> bytes)
        {
            // Codespace ranges are compared byte by byte, not as integers (ISO 32000-1 §9.7.6.2).
            for (var i = 0; i < Length; i++)
            {
                var shift = 8 * (Length - 1 - i);
                var lo = (Low >> shift) & 0xFF;
                var hi = (High >> shift) & 0xFF;
                if (bytes[i] < lo || bytes[i] > hi)
                {
                    return false;
                }
            }

            return true;
        }
    }

    private readonly record struct UnicodeRange(uint Low, uint High, string Start);

    private readonly record struct CidRange(uint Low, uint High, int Start);
}
