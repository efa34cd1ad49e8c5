using ReportMiner.Pdf.Encryption;
using ReportMiner.Pdf.Objects;

namespace ReportMiner.Pdf.Parsing;

/// <summary>
/// Builds PDF objects from tokens (ISO 32000-1 §7.3): direct objects, indirect objects <c>N G obj … endobj</c> and
/// streams. Nesting is bounded by <see cref="PdfReadOptions.MaxObjectDepth"/>, so hostile input such as
/// 100,000 opening brackets ends in a <see cref="PdfFormatException"/> instead of a stack overflow.
/// One parser reads one object at a time; it is cheap, so callers create one per load.
/// </summary>
internal sealed class PdfObjectParser
{
    private const int SmallIntegerMax = 255;
    private static readonly PdfNumber[] SmallIntegers = CreateSmallIntegers();

    private readonly PdfLexer _lexer;
    private readonly PdfDiagnostics _diagnostics;
    private readonly int _maxDepth;

    private IObjectDecryptor? _decryptor;
    private int _objectNumber;
    private int _generation;

    public PdfObjectParser(PdfLexer lexer, PdfDiagnostics diagnostics, int maxDepth)
    {
        _lexer = lexer;
        _diagnostics = diagnostics;
        _maxDepth = maxDepth;
    }

    /// <summary>The lexer, whose position the parser advances.</summary>
    public PdfLexer Lexer => _lexer;

    /// <summary>Resolves an indirect stream /Length; without it such streams are delimited by searching for <c>endstream</c>.</summary>
    public Func<PdfReference, long?>? LengthResolver { get; init; }

    /// <summary>A shared <see cref="PdfNumber"/> for small integers, which make up most numbers in a file.</summary>
    public static PdfNumber Integer(long value) =>
        value is >= 0 and <= SmallIntegerMax ? SmallIntegers[value] : new PdfNumber(value, true);

    /// <summary>Parses the direct object at the lexer position; <see cref="PdfNull"/> when there is none.</summary>
    public PdfObject ParseObject() => TryParseValue(0, out var value) ? value : PdfNull.Instance;

    /// <summary>Reads <c>N G obj</c> at the lexer position; on failure the position is unchanged.</summary>
    public bool TryReadObjectHeader(out int objectNumber, out int generation)
    {
        var start = _lexer.Position;
        var a = _lexer.Next();
        var b = _lexer.Next();
        var c = _lexer.Next();
        if (a.Kind == PdfTokenKind.Integer && b.Kind == PdfTokenKind.Integer && _lexer.IsKeyword(c, "obj"u8)
            && a.Integer is >= 0 and <= int.MaxValue && b.Integer is >= 0 and <= int.MaxValue)
        {
            objectNumber = (int)a.Integer;
            generation = (int)b.Integer;
            return true;
        }

        _lexer.Position = start;
        objectNumber = 0;
        generation = 0;
        return false;
    }

    /// <summary>
    /// Parses <c>N G obj value [stream … endstream] [endobj]</c> at the lexer position, decrypting strings and
    /// stream data with <paramref name="decryptor"/>; null when no object header is there.
    /// </summary>
    public PdfIndirectObject? ParseIndirectObject(IObjectDecryptor? decryptor)
    {
        if (!TryReadObjectHeader(out var number, out var generation))
        {
            return null;
        }

        _decryptor = decryptor;
        _objectNumber = number;
        _generation = generation;
        try
        {
            var value = TryParseValue(0, out var parsed) ? parsed : PdfNull.Instance;
            var save = _lexer.Position;
            var next = _lexer.Next();
            if (value is PdfDictionary dictionary && _lexer.IsKeyword(next, "stream"u8))
            {
                value = ReadStream(dictionary);
                save = _lexer.Position;
                next = _lexer.Next();
            }

            if (!_lexer.IsKeyword(next, "endobj"u8))
            {
                // A missing endobj is common and harmless: the next object header ends this one.
                _lexer.Position = save;
            }

            return new PdfIndirectObject(number, generation, value);
        }
        finally
        {
            _decryptor = null;
        }
    }

    private static PdfNumber[] CreateSmallIntegers()
    {
        var numbers = new PdfNumber[SmallIntegerMax + 1];
        for (var i = 0; i < numbers.Length; i++)
        {
            numbers[i] = new PdfNumber(i, true);
        }

        return numbers;
    }

    /// <summary>Keywords that end an object; met where a value is expected, they mean the object is cut short.</summary>
    private static bool IsStructuralKeyword(ReadOnlySpan<byte> k) =>
        k.SequenceEqual("endobj"u8) || k.SequenceEqual("stream"u8) || k.SequenceEqual("endstream"u8) || k.SequenceEqual("obj"u8)
        || k.SequenceEqual("xref"u8) || k.SequenceEqual("trailer"u8) || k.SequenceEqual("startxref"u8);

    private bool TryParseValue(int depth, out PdfObject value)
    {
        while (true)
        {
            var start = _lexer.Position;
            var token = _lexer.Next();
            switch (token.Kind)
            {
                case PdfTokenKind.Integer:
                    value = ReadIntegerOrReference(token);
                    return true;
                case PdfTokenKind.Real:
                    value = new PdfNumber(token.Real, false);
                    return true;
                case PdfTokenKind.Name:
                    value = new PdfName(_lexer.DecodeName(token));
                    return true;
                case PdfTokenKind.LiteralString:
                    value = MakeString(_lexer.DecodeLiteralString(token), false);
                    return true;
                case PdfTokenKind.HexString:
                    value = MakeString(_lexer.DecodeHexString(token), true);
                    return true;
                case PdfTokenKind.ArrayStart:
                    value = ReadArray(depth + 1);
                    return true;
                case PdfTokenKind.DictionaryStart:
                    value = ReadDictionary(depth + 1);
                    return true;
                case PdfTokenKind.Keyword:
                    var bytes = _lexer.TokenBytes(token);
                    if (bytes.SequenceEqual("null"u8))
                    {
                        value = PdfNull.Instance;
                        return true;
                    }

                    if (bytes.SequenceEqual("true"u8) || bytes.SequenceEqual("false"u8))
                    {
                        value = PdfBoolean.Of(bytes[0] == (byte)'t');
                        return true;
                    }

                    if (IsStructuralKeyword(bytes))
                    {
                        _lexer.Position = start;
                        value = PdfNull.Instance;
                        return false;
                    }

                    _diagnostics.Repair("syntax", $"Unexpected token '{System.Text.Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 20)])}' at offset {token.Start} was skipped.");
                    continue;
                case PdfTokenKind.BraceOpen:
                case PdfTokenKind.BraceClose:
                    // PostScript braces belong to calculator functions, which are streams; here they are noise.
                    continue;
                default:
                    // End of input, or a closing bracket where a value was expected: the caller decides.
                    _lexer.Position = start;
                    value = PdfNull.Instance;
                    return false;
            }
        }
    }

    private PdfObject ReadIntegerOrReference(PdfToken first)
    {
        if (first.Integer is >= 0 and <= int.MaxValue)
        {
            var save = _lexer.Position;
            var second = _lexer.Next();
            if (second.Kind == PdfTokenKind.Integer && second.Integer is >= 0 and <= int.MaxValue)
            {
                var third = _lexer.Next();
                if (third.Kind == PdfTokenKind.Keyword && _lexer.TokenBytes(third).SequenceEqual("R"u8))
                {
                    return new PdfReference((int)first.Integer, (int)second.Integer);
                }
            }

            _lexer.Position = save;
        }

        return Integer(first.Integer);
    }

    private void CheckDepth(int depth)
    {
        if (depth > _maxDepth)
        {
            throw new PdfFormatException(
                $"Objects near offset {_lexer.Position} are nested more than {_maxDepth} levels deep; the file is damaged or hostile (the bound is PdfReadOptions.MaxObjectDepth).");
        }
    }

    private PdfArray ReadArray(int depth)
    {
        CheckDepth(depth);
        var items = new List<PdfObject>();
        while (true)
        {
            var save = _lexer.Position;
            var token = _lexer.Next();
            if (token.Kind == PdfTokenKind.ArrayEnd)
            {
                break;
            }

            _lexer.Position = save;
            if (TryParseValue(depth, out var item))
            {
                items.Add(item);
                continue;
            }

            token = _lexer.Next();
            if (token.Kind == PdfTokenKind.DictionaryEnd)
            {
                _diagnostics.Repair("syntax", $"Stray '>>' inside an array at offset {token.Start} was skipped.");
                continue;
            }

            // End of input or an object-ending keyword: the array was never closed.
            _lexer.Position = save;
            _diagnostics.Repair("syntax", $"An array was not closed before offset {save}.");
            break;
        }

        return new PdfArray(items);
    }

    private PdfDictionary ReadDictionary(int depth)
    {
        CheckDepth(depth);
        var entries = new Dictionary<string, PdfObject>();
        while (true)
        {
            var save = _lexer.Position;
            var token = _lexer.Next();
            if (token.Kind == PdfTokenKind.DictionaryEnd)
            {
                break;
            }

            if (token.Kind != PdfTokenKind.Name)
            {
                if (token.Kind == PdfTokenKind.EndOfInput
                    || (token.Kind == PdfTokenKind.Keyword && IsStructuralKeyword(_lexer.TokenBytes(token))))
                {
                    _lexer.Position = save;
                    _diagnostics.Repair("syntax", $"A dictionary was not closed before offset {save}.");
                    break;
                }

                // A key that is not a name: skip it (and the value, if one follows, is read as the next key and skipped too).
                _lexer.Position = save;
                if (!TryParseValue(depth, out _))
                {
                    _lexer.Next();
                }

                _diagnostics.Repair("syntax", $"A dictionary key at offset {save} is not a name and was skipped.");
                continue;
            }

            var key = _lexer.DecodeName(token);
            var valueStart = _lexer.Position;
            var next = _lexer.Next();
            if (next.Kind == PdfTokenKind.DictionaryEnd)
            {
                // "/Key >>": a key without a value.
                entries[key] = PdfNull.Instance;
                break;
            }

            _lexer.Position = valueStart;
            if (next.Kind == PdfTokenKind.Name)
            {
                entries[key] = new PdfName(_lexer.DecodeName(_lexer.Next()));
                continue;
            }

            if (TryParseValue(depth, out var value))
            {
                entries[key] = value;
                continue;
            }

            if (next.Kind == PdfTokenKind.ArrayEnd)
            {
                _lexer.Next();
                _diagnostics.Repair("syntax", $"Stray ']' inside a dictionary at offset {next.Start} was skipped.");
                continue;
            }

            _diagnostics.Repair("syntax", $"A dictionary was not closed before offset {valueStart}.");
            break;
        }

        return new PdfDictionary(entries);
    }

    private PdfString MakeString(byte[] bytes, bool isHex) =>
        new(_decryptor is null ? bytes : _decryptor.DecryptString(bytes, _objectNumber, _generation), isHex);

    private PdfStream ReadStream(PdfDictionary dictionary)
    {
        var s = _lexer.Span;
        var p = _lexer.Position;

        // "stream" is followed by CRLF or LF; tolerate a bare CR and spaces before the end of line.
        var q = p;
        while (q < s.Length && s[q] is (byte)' ' or (byte)'\t')
        {
            q++;
        }

        if (q < s.Length && s[q] is (byte)'\r' or (byte)'\n')
        {
            p = q;
        }

        if (p < s.Length && s[p] == (byte)'\r')
        {
            p++;
        }

        if (p < s.Length && s[p] == (byte)'\n')
        {
            p++;
        }

        var dataStart = p;
        var length = DeclaredLength(dictionary.Get("Length"));
        int dataEnd;
        if (length is { } n && n >= 0 && n <= s.Length - dataStart && IsStreamEnd(s, dataStart + (int)n, out var after))
        {
            dataEnd = dataStart + (int)n;
            _lexer.Position = after;
        }
        else
        {
            dataEnd = FindStreamEnd(s, dataStart, out after);
            _lexer.Position = after;
            _diagnostics.Repair(
                "stream-length",
                length is null
                    ? $"Object {_objectNumber}: the stream has no usable /Length; its end was found by searching for 'endstream'."
                    : $"Object {_objectNumber}: the stream /Length {length} is wrong; its end was found by searching for 'endstream'.");
        }

        ReadOnlyMemory<byte> data = _lexer.Memory[dataStart..dataEnd];
        if (_decryptor is not null)
        {
            data = _decryptor.DecryptStream(data, dictionary, _objectNumber, _generation);
        }

        return new PdfStream(dictionary.Entries, data);
    }

    private long? DeclaredLength(PdfObject? lengthObject) => lengthObject switch
    {
        PdfNumber number => number.LongValue,
        PdfReference reference when LengthResolver is not null => LengthResolver(reference),
        _ => null,
    };

    /// <summary>Whether <c>endstream</c> (or, from sloppy writers, <c>endobj</c>) follows <paramref name="end"/> after optional white-space.</summary>
    private static bool IsStreamEnd(ReadOnlySpan<byte> s, int end, out int after)
    {
        var p = end;
        while (p < s.Length && PdfLexer.IsWhitespace(s[p]))
        {
            p++;
        }

        var rest = s[p..];
        if (rest.StartsWith("endstream"u8))
        {
            after = p + 9;
            return true;
        }

        after = p;
        return rest.StartsWith("endobj"u8);
    }

    private static int FindStreamEnd(ReadOnlySpan<byte> s, int dataStart, out int after)
    {
        var rest = s[dataStart..];
        var index = rest.IndexOf("endstream"u8);
        var keywordLength = 9;
        if (index < 0)
        {
            index = rest.IndexOf("endobj"u8);
            keywordLength = 0;
        }

        if (index < 0)
        {
            after = s.Length;
            return s.Length;
        }

        var end = dataStart + index;
        after = end + keywordLength;

        // The end-of-line before endstream is not part of the data.
        if (end > dataStart && s[end - 1] == (byte)'\n')
        {
            end--;
        }

        if (end > dataStart && s[end - 1] == (byte)'\r')
        {
            end--;
        }

        return end;
    }
}
