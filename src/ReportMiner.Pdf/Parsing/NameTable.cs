using System.Text;
using System.Text.Unicode;

namespace ReportMiner.Pdf.Parsing;

/// <summary>
/// Interns name strings so that the thousands of /Type, /Font, /Length names of a file share one string each.
/// Bounded so that a hostile file with millions of distinct names cannot grow it without limit.
/// </summary>
internal sealed class NameTable
{
    private const int MaxEntries = 8192;
    private const int MaxInternedLength = 64;

    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public NameTable() => _lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Returns the string for the name bytes <paramref name="bytes"/> (already unescaped).</summary>
    public string Get(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxInternedLength || !Ascii.IsValid(bytes))
        {
            return Decode(bytes);
        }

        Span<char> chars = stackalloc char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[i] = (char)bytes[i];
        }

        if (_lookup.TryGetValue(chars, out var existing))
        {
            return existing;
        }

        var created = new string(chars);
        if (_names.Count < MaxEntries)
        {
            _names.Add(created);
        }

        return created;
    }

    /// <summary>Names are byte sequences; UTF-8 is the recommended reading (ISO 32000-2 §7.3.5), Latin-1 the fallback.</summary>
    private static string Decode(ReadOnlySpan<byte> bytes) =>
        Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : Encoding.Latin1.GetString(bytes);
}
