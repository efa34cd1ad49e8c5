using ReportMiner.Pdf.Filters;
using ReportMiner.Pdf.Objects;
using ReportMiner.Pdf.Parsing;

namespace ReportMiner.Pdf.CrossReference;

/// <summary>
/// Reads the cross-reference chain from <c>startxref</c>: classic tables (§7.5.4), cross-reference streams
/// (§7.5.8), hybrid files (/XRefStm) and incremental updates (/Prev). A /Prev loop or a chain longer than
/// <see cref="MaxSections"/> stops with a warning. Returns null when the chain cannot be read at all, so the
/// caller can rebuild by scanning.
/// </summary>
internal sealed class XrefReader
{
    private const int MaxSections = 1024;

    private readonly ReadOnlyMemory<byte> _data;
    private readonly PdfDiagnostics _diagnostics;
    private readonly PdfReadOptions _options;
    private readonly NameTable _names;
    private readonly int _headerOffset;

    public XrefReader(ReadOnlyMemory<byte> data, int headerOffset, PdfReadOptions options, PdfDiagnostics diagnostics, NameTable names)
    {
        _data = data;
        _headerOffset = headerOffset;
        _options = options;
        _diagnostics = diagnostics;
        _names = names;
    }

    /// <summary>The offset after the last <c>startxref</c> keyword, or null when there is none.</summary>
    public static long? FindStartXref(ReadOnlySpan<byte> data)
    {
        var tailStart = Math.Max(0, data.Length - 4096);
        var index = data[tailStart..].LastIndexOf("startxref"u8);
        index = index >= 0 ? tailStart + index : data.LastIndexOf("startxref"u8);
        if (index < 0)
        {
            return null;
        }

        var p = index + 9;
        while (p < data.Length && PdfLexer.IsWhitespace(data[p]))
        {
            p++;
        }

        var end = p;
        while (end < data.Length && data[end] >= (byte)'0' && data[end] <= (byte)'9')
        {
            end++;
        }

        return end > p && end - p < 19 ? PdfLexer.ParseNumber(data, p, end).Integer : null;
    }

    /// <summary>Reads the chain that starts at <paramref name="startXref"/>; null when its first section is unreadable.</summary>
    public XrefTable? Read(long startXref)
    {
        var table = new XrefTable();
        var offset = Locate(startXref, table);
        if (offset is null)
        {
            return null;
        }

        var visited = new HashSet<long>();
        var first = true;
        while (offset is { } at)
        {
            if (!visited.Add(at))
            {
                _diagnostics.Repair("xref-loop", $"The cross-reference /Prev chain loops back to offset {at}; the loop was cut.");
                break;
            }

            if (visited.Count > MaxSections)
            {
                _diagnostics.Repair("xref-loop", $"The cross-reference chain has more than {MaxSections} sections; the rest was ignored.");
                break;
            }

            var trailer = ReadSection(at, table);
            if (trailer is null)
            {
                if (first)
                {
                    return null;
                }

                _diagnostics.Repair("xref-damaged", $"The cross-reference section at offset {at} (a /Prev of a newer one) is unreadable; it was ignored.");
                break;
            }

            first = false;
            table.MergeTrailer(trailer);
            offset = trailer.Get("Prev") is PdfNumber prev && prev.LongValue >= 0 ? prev.LongValue + table.Shift : null;
        }

        return table;
    }

    /// <summary>
    /// Finds where the first section really is: at the offset given, or, when junk precedes the header and the
    /// offsets count from the header, that many bytes later (then every offset in the file is shifted).
    /// </summary>
    private long? Locate(long startXref, XrefTable table)
    {
        if (LooksLikeSection(startXref))
        {
            return startXref;
        }

        if (_headerOffset > 0 && LooksLikeSection(startXref + _headerOffset))
        {
            table.Shift = _headerOffset;
            _diagnostics.Repair("header-offset", $"{_headerOffset} bytes of junk precede %PDF-; all offsets were shifted by that much.");
            return startXref + _headerOffset;
        }

        return null;
    }

    private bool LooksLikeSection(long offset)
    {
        if (offset < 0 || offset >= _data.Length)
        {
            return false;
        }

        var lexer = new PdfLexer(_data, _names) { Position = (int)offset };
        var token = lexer.Next();
        if (lexer.IsKeyword(token, "xref"u8))
        {
            return true;
        }

        lexer.Position = (int)offset;
        return new PdfObjectParser(lexer, _diagnostics, _options.MaxObjectDepth).TryReadObjectHeader(out _, out _);
    }

    /// <summary>Reads one section into <paramref name="table"/> and returns its trailer, or null when nothing readable is there.</summary>
    private PdfDictionary? ReadSection(long offset, XrefTable table)
    {
        if (offset < 0 || offset >= _data.Length)
        {
            return null;
        }

        var lexer = new PdfLexer(_data, _names) { Position = (int)offset };
        var token = lexer.Next();
        if (lexer.IsKeyword(token, "xref"u8))
        {
            return ReadTable(lexer, table);
        }

        lexer.Position = (int)offset;
        return ReadStream(lexer, table);
    }

    private PdfDictionary? ReadTable(PdfLexer lexer, XrefTable table)
    {
        var entries = new List<(int Number, XrefEntry Entry)>();
        PdfDictionary? trailer = null;
        while (true)
        {
            var token = lexer.Next();
            if (lexer.IsKeyword(token, "trailer"u8))
            {
                trailer = new PdfObjectParser(lexer, _diagnostics, _options.MaxObjectDepth).ParseObject() as PdfDictionary;
                break;
            }

            if (token.Kind != PdfTokenKind.Integer)
            {
                break;
            }

            var countToken = lexer.Next();
            if (countToken.Kind != PdfTokenKind.Integer || token.Integer < 0 || countToken.Integer < 0)
            {
                break;
            }

            if (!ReadSubsection(lexer, token.Integer, countToken.Integer, entries))
            {
                break;
            }
        }

        if (trailer is null)
        {
            if (entries.Count == 0)
            {
                return null;
            }

            _diagnostics.Repair("xref-damaged", "A cross-reference table has no readable trailer.");
            trailer = new PdfDictionary(new Dictionary<string, PdfObject>());
        }

        // Hybrid file (§7.5.8.4): the stream holds the objects that the table marks free for old readers,
        // so within this section its entries come first.
        if (trailer.Get("XRefStm") is PdfNumber xrefStm)
        {
            var streamLexer = new PdfLexer(_data, _names) { Position = (int)Math.Clamp(xrefStm.LongValue + table.Shift, 0, _data.Length) };
            if (ReadStream(streamLexer, table) is null)
            {
                _diagnostics.Repair("xref-damaged", $"The /XRefStm at offset {xrefStm.LongValue} is unreadable; compressed objects may be missing.");
            }
        }

        foreach (var (number, entry) in entries)
        {
            table.TryAdd(number, entry);
        }

        return trailer;
    }

    /// <summary>Reads "offset generation n|f" lines; returns false when the subsection is damaged.</summary>
    private bool ReadSubsection(PdfLexer lexer, long start, long count, List<(int, XrefEntry)> entries)
    {
        for (long i = 0; i < count; i++)
        {
            if (TryReadFixedEntry(lexer, out var fixedOffset, out var fixedGeneration, out var fixedInUse))
            {
                // The standard 20-byte layout; the token path below handles everything else.
                if (i == 0 && start == 1 && fixedOffset == 0 && fixedGeneration == 65535 && !fixedInUse)
                {
                    start = 0;
                }

                if (start + i > int.MaxValue)
                {
                    return false;
                }

                entries.Add(((int)(start + i), fixedInUse && fixedOffset > 0 ? new XrefEntry(XrefEntryKind.InFile, fixedOffset, fixedGeneration) : XrefEntry.Free));
                continue;
            }

            var save = lexer.Position;
            var offset = lexer.Next();
            var generation = lexer.Next();
            var kind = lexer.Next();
            if (offset.Kind != PdfTokenKind.Integer || generation.Kind != PdfTokenKind.Integer || kind.Kind != PdfTokenKind.Keyword)
            {
                lexer.Position = save;
                _diagnostics.Repair("xref-damaged", $"The cross-reference subsection starting at object {start} ends after {i} of {count} entries.");
                return false;
            }

            // A common writer bug numbers the first subsection from 1 while listing the free head of object 0.
            if (i == 0 && start == 1 && offset.Integer == 0 && generation.Integer == 65535 && lexer.IsKeyword(kind, "f"u8))
            {
                start = 0;
            }

            var number = start + i;
            if (number > int.MaxValue)
            {
                return false;
            }

            var inUse = lexer.IsKeyword(kind, "n"u8);
            var entry = inUse && offset.Integer > 0
                ? new XrefEntry(XrefEntryKind.InFile, offset.Integer, (int)Math.Clamp(generation.Integer, 0, int.MaxValue))
                : XrefEntry.Free;
            entries.Add(((int)number, entry));
        }

        return true;
    }

    /// <summary>Reads "oooooooooo ggggg n" (10 + 5 digits) directly, without tokenising.</summary>
    private static bool TryReadFixedEntry(PdfLexer lexer, out long offset, out int generation, out bool inUse)
    {
        lexer.SkipWhitespaceAndComments();
        var s = lexer.Span;
        var p = lexer.Position;
        offset = 0;
        generation = 0;
        inUse = false;
        if (p + 18 > s.Length || s[p + 10] != (byte)' ' || s[p + 16] != (byte)' ' || s[p + 17] is not ((byte)'n' or (byte)'f')
            || (p + 18 < s.Length && PdfLexer.IsRegular(s[p + 18])))
        {
            return false;
        }

        for (var k = 0; k < 16; k++)
        {
            if (k == 10)
            {
                continue;
            }

            var c = s[p + k];
            if (c < (byte)'0' || c > (byte)'9')
            {
                return false;
            }

            if (k < 10)
            {
                offset = (offset * 10) + (c - '0');
            }
            else
            {
                generation = (generation * 10) + (c - '0');
            }
        }

        inUse = s[p + 17] == (byte)'n';
        lexer.Position = p + 18;
        return true;
    }

    /// <summary>Reads a cross-reference stream (§7.5.8): binary rows of /W field widths over the /Index ranges.</summary>
    private PdfDictionary? ReadStream(PdfLexer lexer, XrefTable table)
    {
        PdfIndirectObject? parsed;
        try
        {
            parsed = new PdfObjectParser(lexer, _diagnostics, _options.MaxObjectDepth).ParseIndirectObject(null);
        }
        catch (PdfFormatException) when (_diagnostics.Lenient)
        {
            return null;
        }

        if (parsed?.Value is not PdfStream stream || (stream.Get("Type") as PdfName)?.Value != "XRef")
        {
            return null;
        }

        var context = new FilterContext(_options.MaxDecodedStreamBytes, _diagnostics, null, $"Cross-reference stream {parsed.Value.Number}");
        var data = StreamDecoder.Decode(stream, context);
        if (stream.Get("W") is not PdfArray { Count: >= 3 } w)
        {
            _diagnostics.Repair("xref-damaged", $"Cross-reference stream {parsed.Value.Number} has no usable /W.");
            return stream;
        }

        var w0 = Width(w[0]);
        var w1 = Width(w[1]);
        var w2 = Width(w[2]);
        var rowLength = w0 + w1 + w2;
        if (rowLength == 0)
        {
            return stream;
        }

        var index = stream.Get("Index") as PdfArray;
        var size = stream.Get("Size") is PdfNumber s ? s.LongValue : 0;
        var pos = 0;
        var pairs = index is { Count: >= 2 } ? index.Count / 2 : 1;
        for (var pair = 0; pair < pairs; pair++)
        {
            long first = index is { Count: >= 2 } && index[2 * pair] is PdfNumber f ? f.LongValue : 0;
            long count = index is { Count: >= 2 } ? (index[(2 * pair) + 1] is PdfNumber c ? c.LongValue : 0) : size;
            for (long i = 0; i < count && pos + rowLength <= data.Length; i++, pos += rowLength)
            {
                var row = data.AsSpan(pos, rowLength);
                var type = w0 == 0 ? 1 : Field(row[..w0]);
                var field2 = Field(row.Slice(w0, w1));
                var field3 = Field(row.Slice(w0 + w1, w2));
                var number = first + i;
                if (number is < 0 or > int.MaxValue)
                {
                    continue;
                }

                var entry = type switch
                {
                    1 when field2 > 0 => new XrefEntry(XrefEntryKind.InFile, field2, (int)Math.Min(field3, int.MaxValue)),
                    2 when field2 is > 0 and <= int.MaxValue => new XrefEntry(XrefEntryKind.Compressed, field2, (int)Math.Min(field3, int.MaxValue)),
                    _ => XrefEntry.Free,
                };
                table.TryAdd((int)number, entry);
            }
        }

        return stream;
    }

    private static int Width(PdfObject o) => o is PdfNumber n ? Math.Clamp(n.IntValue, 0, 8) : 0;

    private static long Field(ReadOnlySpan<byte> bytes)
    {
        long value = 0;
        foreach (var b in bytes)
        {
            value = (value << 8) | b;
        }

        return value;
    }
}
