using ReportMiner.Pdf.Objects;
using ReportMiner.Pdf.Parsing;

namespace ReportMiner.Pdf.CrossReference;

/// <summary>
/// The decoded content of an object stream (§7.5.7): a header of /N pairs "object-number offset", then the
/// objects from /First on. Objects are parsed on demand.
/// </summary>
internal sealed class ObjectStream
{
    private readonly ReadOnlyMemory<byte> _data;
    private readonly (int Number, int Offset)[] _index;
    private readonly int _first;
    private readonly PdfDiagnostics _diagnostics;
    private readonly NameTable _names;
    private readonly int _maxDepth;

    private ObjectStream(ReadOnlyMemory<byte> data, (int, int)[] index, int first, PdfDiagnostics diagnostics, NameTable names, int maxDepth)
    {
        _data = data;
        _index = index;
        _first = first;
        _diagnostics = diagnostics;
        _names = names;
        _maxDepth = maxDepth;
    }

    /// <summary>The object numbers held, in order.</summary>
    public IEnumerable<int> ObjectNumbers => _index.Select(e => e.Number);

    /// <summary>Reads the header of a decoded object stream.</summary>
    public static ObjectStream Create(PdfStream stream, byte[] decoded, PdfDiagnostics diagnostics, NameTable names, int maxDepth)
    {
        var n = stream.Get("N") is PdfNumber count ? count.IntValue : 0;
        var first = stream.Get("First") is PdfNumber f ? f.IntValue : 0;
        var lexer = new PdfLexer(decoded, names);
        var index = new List<(int, int)>(Math.Clamp(n, 0, 4096));

        // Each pair takes at least four bytes ("1 0 "), which bounds a hostile /N.
        for (var i = 0; i < n && i < (decoded.Length / 4) + 1; i++)
        {
            var number = lexer.Next();
            var offset = lexer.Next();
            if (number.Kind != PdfTokenKind.Integer || offset.Kind != PdfTokenKind.Integer || number.Integer is < 0 or > int.MaxValue || offset.Integer is < 0 or > int.MaxValue)
            {
                break;
            }

            index.Add(((int)number.Integer, (int)offset.Integer));
        }

        if (index.Count < n)
        {
            diagnostics.Repair("objstm-damaged", $"An object stream declares {n} objects but its header lists {index.Count}.");
        }

        if (first <= 0 || first > decoded.Length)
        {
            first = lexer.Position;
        }

        return new ObjectStream(decoded, [.. index], first, diagnostics, names, maxDepth);
    }

    /// <summary>The object at <paramref name="index"/>, checked against <paramref name="objectNumber"/> (searched for when the index is wrong); null when absent.</summary>
    public PdfObject? Get(int index, int objectNumber)
    {
        if (index < 0 || index >= _index.Length || _index[index].Number != objectNumber)
        {
            index = Array.FindIndex(_index, e => e.Number == objectNumber);
            if (index < 0)
            {
                return null;
            }
        }

        var position = (long)_first + _index[index].Offset;
        if (position >= _data.Length)
        {
            return null;
        }

        var lexer = new PdfLexer(_data, _names) { Position = (int)position };
        return new PdfObjectParser(lexer, _diagnostics, _maxDepth).ParseObject();
    }
}
