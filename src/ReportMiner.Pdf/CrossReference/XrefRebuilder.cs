using ReportMiner.Pdf.Objects;
using ReportMiner.Pdf.Parsing;

namespace ReportMiner.Pdf.CrossReference;

/// <summary>
/// Rebuilds a cross-reference by scanning the whole file for <c>N G obj</c> headers and <c>trailer</c>
/// dictionaries, for files whose xref is missing, truncated or wrong. Later occurrences win, as incremental
/// updates append. Object streams and cross-reference streams found are listed so the caller can finish the job
/// (it needs decryption and stream decoding to read them).
/// </summary>
internal sealed class XrefRebuilder
{
    private readonly ReadOnlyMemory<byte> _data;
    private readonly PdfDiagnostics _diagnostics;
    private readonly PdfReadOptions _options;
    private readonly NameTable _names;

    public XrefRebuilder(ReadOnlyMemory<byte> data, PdfReadOptions options, PdfDiagnostics diagnostics, NameTable names)
    {
        _data = data;
        _options = options;
        _diagnostics = diagnostics;
        _names = names;
    }

    /// <summary>The result of a scan.</summary>
    /// <param name="Table">Every object header found, with the merged <c>trailer</c> dictionaries.</param>
    /// <param name="ObjectStreams">Objects that look like object streams (/Type/ObjStm), in file order.</param>
    /// <param name="XrefStreams">Objects that look like cross-reference streams (/Type/XRef), in file order; their dictionaries stand in for a trailer.</param>
    /// <param name="HasTrailer">Whether at least one classic trailer dictionary was found.</param>
    public sealed record Result(XrefTable Table, IReadOnlyList<int> ObjectStreams, IReadOnlyList<int> XrefStreams, bool HasTrailer);

    /// <summary>Scans the file.</summary>
    public Result Scan()
    {
        var s = _data.Span;
        var table = new XrefTable();
        var objectStreams = new List<int>();
        var xrefStreams = new List<int>();
        var pos = 0;
        while (pos < s.Length)
        {
            var hit = s[pos..].IndexOf("obj"u8);
            if (hit < 0)
            {
                break;
            }

            var at = pos + hit;
            pos = at + 3;
            _diagnostics.Budget.Check();
            if (pos < s.Length && PdfLexer.IsRegular(s[pos]))
            {
                continue; // "objstm", "object"…
            }

            if (TryReadHeaderBackwards(s, at, out var number, out var generation, out var start))
            {
                table.Set(number, new XrefEntry(XrefEntryKind.InFile, start, generation));
                var window = s.Slice(pos, Math.Min(1024, s.Length - pos));
                var streamAt = window.IndexOf("stream"u8);
                var head = streamAt >= 0 ? window[..streamAt] : window;
                if (head.IndexOf("/ObjStm"u8) >= 0)
                {
                    objectStreams.Add(number);
                }
                else if (head.IndexOf("/XRef"u8) >= 0)
                {
                    xrefStreams.Add(number);
                }
            }
        }

        var hasTrailer = ReadTrailers(s, table);
        return new Result(table, objectStreams, xrefStreams, hasTrailer);
    }

    /// <summary>Reads "N G" backwards from the "obj" at <paramref name="objAt"/>; the number must start a token.</summary>
    private static bool TryReadHeaderBackwards(ReadOnlySpan<byte> s, int objAt, out int number, out int generation, out int start)
    {
        number = generation = start = 0;
        var p = objAt - 1;
        if (!SkipBackWhitespace(s, ref p) || !ReadBackDigits(s, ref p, out var gen) || !SkipBackWhitespace(s, ref p) || !ReadBackDigits(s, ref p, out var num))
        {
            return false;
        }

        // The object number must be preceded by a delimiter, white-space or the file start.
        if (p >= 0 && PdfLexer.IsRegular(s[p]))
        {
            return false;
        }

        number = (int)num;
        generation = (int)gen;
        start = p + 1;
        return true;
    }

    private static bool SkipBackWhitespace(ReadOnlySpan<byte> s, ref int p)
    {
        var moved = false;
        while (p >= 0 && PdfLexer.IsWhitespace(s[p]))
        {
            p--;
            moved = true;
        }

        return moved;
    }

    private static bool ReadBackDigits(ReadOnlySpan<byte> s, ref int p, out long value)
    {
        var end = p;
        while (p >= 0 && end - p < 10 && s[p] >= (byte)'0' && s[p] <= (byte)'9')
        {
            p--;
        }

        value = 0;
        if (p == end)
        {
            return false;
        }

        for (var i = p + 1; i <= end; i++)
        {
            value = (value * 10) + (s[i] - '0');
        }

        return value <= int.MaxValue;
    }

    /// <summary>Merges every <c>trailer</c> dictionary, later ones winning; true when one was found.</summary>
    private bool ReadTrailers(ReadOnlySpan<byte> s, XrefTable table)
    {
        var found = false;
        var pos = 0;
        while (pos < s.Length)
        {
            var hit = s[pos..].IndexOf("trailer"u8);
            if (hit < 0)
            {
                break;
            }

            var lexer = new PdfLexer(_data, _names) { Position = pos + hit + 7 };
            pos += hit + 7;
            try
            {
                if (new PdfObjectParser(lexer, _diagnostics, _options.MaxObjectDepth).ParseObject() is PdfDictionary trailer)
                {
                    table.OverrideTrailer(trailer);
                    found = true;
                }
            }
            catch (PdfFormatException) when (_diagnostics.Lenient)
            {
                // A damaged trailer is one of many; the others (or the catalog search) still help.
            }
        }

        return found;
    }
}
