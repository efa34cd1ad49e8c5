using System.Globalization;
using System.Text;

namespace ReportMiner.Pdf.Objects;

/// <summary>The base of every PDF object (ISO 32000-1 §7.3): booleans, numbers, strings, names, arrays, dictionaries, streams, null and indirect references.</summary>
public abstract class PdfObject
{
}

/// <summary>The PDF null object.</summary>
public sealed class PdfNull : PdfObject
{
    /// <summary>The single null instance.</summary>
    public static readonly PdfNull Instance = new();

    private PdfNull()
    {
    }

    /// <inheritdoc />
    public override string ToString() => "null";
}

/// <summary>A PDF boolean.</summary>
public sealed class PdfBoolean : PdfObject
{
    /// <summary>The true instance.</summary>
    public static readonly PdfBoolean True = new(true);

    /// <summary>The false instance.</summary>
    public static readonly PdfBoolean False = new(false);

    private PdfBoolean(bool value) => Value = value;

    /// <summary>The value.</summary>
    public bool Value { get; }

    /// <summary>The shared instance for <paramref name="value"/>.</summary>
    public static PdfBoolean Of(bool value) => value ? True : False;

    /// <inheritdoc />
    public override string ToString() => Value ? "true" : "false";
}

/// <summary>A PDF number, integer or real; both are kept as a double plus an integer flag.</summary>
public sealed class PdfNumber : PdfObject
{
    /// <summary>Creates a number.</summary>
    public PdfNumber(double value, bool isInteger)
    {
        Value = value;
        IsInteger = isInteger;
    }

    /// <summary>The numeric value.</summary>
    public double Value { get; }

    /// <summary>Whether the token was written as an integer.</summary>
    public bool IsInteger { get; }

    /// <summary>The value as an integer, saturating at the <see cref="int"/> range.</summary>
    public int IntValue => Value >= int.MaxValue ? int.MaxValue : Value <= int.MinValue ? int.MinValue : (int)Value;

    /// <summary>The value as a long, saturating at the <see cref="long"/> range.</summary>
    public long LongValue => Value >= long.MaxValue ? long.MaxValue : Value <= long.MinValue ? long.MinValue : (long)Value;

    /// <inheritdoc />
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A PDF string (literal or hexadecimal): raw bytes, decoded only by whoever knows the encoding.</summary>
public sealed class PdfString : PdfObject
{
    /// <summary>Creates a string from its bytes.</summary>
    public PdfString(byte[] bytes, bool isHex = false)
    {
        Bytes = bytes;
        IsHex = isHex;
    }

    /// <summary>The string's bytes, after escape processing (and decryption, where the file is encrypted).</summary>
    public byte[] Bytes { get; }

    /// <summary>Whether the string was written in hexadecimal form.</summary>
    public bool IsHex { get; }

    /// <summary>The string read as a PDF text string (UTF-16BE with BOM, UTF-8 with BOM, else PDFDocEncoding approximated by Latin-1).</summary>
    public string ToTextString()
    {
        var b = Bytes;
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode.GetString(b, 2, b.Length - 2);
        }

        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
        {
            return Encoding.UTF8.GetString(b, 3, b.Length - 3);
        }

        return Encoding.Latin1.GetString(b);
    }

    /// <inheritdoc />
    public override string ToString() => ToTextString();
}

/// <summary>A PDF name (the text after the solidus, with #xx escapes resolved).</summary>
public sealed class PdfName : PdfObject, IEquatable<PdfName>
{
    /// <summary>Creates a name.</summary>
    public PdfName(string value) => Value = value;

    /// <summary>The name without its leading solidus.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public bool Equals(PdfName? other) => other is not null && other.Value == Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PdfName n && Equals(n);

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode(StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => "/" + Value;
}

/// <summary>A PDF array.</summary>
public sealed class PdfArray : PdfObject
{
    /// <summary>Creates an array over <paramref name="items"/>.</summary>
    public PdfArray(IReadOnlyList<PdfObject> items) => Items = items;

    /// <summary>The items, unresolved (references stay references).</summary>
    public IReadOnlyList<PdfObject> Items { get; }

    /// <summary>The number of items.</summary>
    public int Count => Items.Count;

    /// <summary>The item at <paramref name="index"/>.</summary>
    public PdfObject this[int index] => Items[index];
}

/// <summary>A PDF dictionary: name keys to unresolved values.</summary>
public class PdfDictionary : PdfObject
{
    /// <summary>Creates a dictionary over <paramref name="entries"/>.</summary>
    public PdfDictionary(IReadOnlyDictionary<string, PdfObject> entries) => Entries = entries;

    /// <summary>The entries, keyed by name without the solidus; values unresolved.</summary>
    public IReadOnlyDictionary<string, PdfObject> Entries { get; }

    /// <summary>The raw (unresolved) value of <paramref name="key"/>, or null.</summary>
    public PdfObject? Get(string key) => Entries.TryGetValue(key, out var v) ? v : null;

    /// <summary>Whether the dictionary has <paramref name="key"/>.</summary>
    public bool ContainsKey(string key) => Entries.ContainsKey(key);
}

/// <summary>A PDF stream: its dictionary and its raw (still encoded, already decrypted) bytes.</summary>
public sealed class PdfStream : PdfDictionary
{
    /// <summary>Creates a stream.</summary>
    public PdfStream(IReadOnlyDictionary<string, PdfObject> entries, ReadOnlyMemory<byte> rawData)
        : base(entries) => RawData = rawData;

    /// <summary>The bytes between <c>stream</c> and <c>endstream</c>, before filters are applied.</summary>
    public ReadOnlyMemory<byte> RawData { get; }
}

/// <summary>An indirect reference <c>N G R</c>.</summary>
public sealed class PdfReference : PdfObject, IEquatable<PdfReference>
{
    /// <summary>Creates a reference.</summary>
    public PdfReference(int objectNumber, int generation)
    {
        ObjectNumber = objectNumber;
        Generation = generation;
    }

    /// <summary>The object number.</summary>
    public int ObjectNumber { get; }

    /// <summary>The generation number.</summary>
    public int Generation { get; }

    /// <inheritdoc />
    public bool Equals(PdfReference? other) => other is not null && other.ObjectNumber == ObjectNumber && other.Generation == Generation;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PdfReference r && Equals(r);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ObjectNumber, Generation);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{ObjectNumber} {Generation} R");
}
