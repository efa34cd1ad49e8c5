using ReportMiner.Pdf.Parsing;

namespace ReportMiner.Pdf.Content;

/// <summary>The kinds of token in a content stream or CMap.</summary>
internal enum ContentTokenKind
{
    /// <summary>End of input.</summary>
    End,

    /// <summary>An integer or real number (<see cref="ContentLexer.Number"/>).</summary>
    Number,

    /// <summary>A name; <see cref="ContentLexer.Token"/> is the text after the solidus, escapes unresolved.</summary>
    Name,

    /// <summary>A literal string; <see cref="ContentLexer.Token"/> spans the bytes between the parentheses (escapes unresolved).</summary>
    LiteralString,

    /// <summary>A hexadecimal string; <see cref="ContentLexer.Token"/> spans the digits between the angle brackets.</summary>
    HexString,

    /// <summary>[</summary>
    ArrayStart,

    /// <summary>]</summary>
    ArrayEnd,

    /// <summary>&lt;&lt;</summary>
    DictStart,

    /// <summary>&gt;&gt;</summary>
    DictEnd,

    /// <summary>{ or } (PostScript procedures in CMaps; ignored).</summary>
    Brace,

    /// <summary>An operator or keyword (<see cref="ContentLexer.Token"/>).</summary>
    Keyword,
}

/// <summary>
/// A forward-only, allocation-free tokenizer for content streams and CMaps (ISO 32000-1 §7.2, §7.8.2). Tokens are
/// slices of the input; strings are decoded on demand by <see cref="DecodeString"/>. Malformed input never throws:
/// stray bytes are skipped.
/// </summary>
internal ref struct ContentLexer
{
    private readonly ReadOnlySpan<byte> data;
    private int pos;
    private int tokenStart;
    private int tokenLength;

    /// <summary>Creates a lexer over <paramref name="data"/>.</summary>
    public ContentLexer(ReadOnlySpan<byte> data)
    {
        this.data = data;
        pos = 0;
    }

    /// <summary>The value of the last <see cref="ContentTokenKind.Number"/> token.</summary>
    public double Number { get; private set; }

    /// <summary>The bytes of the last token (see <see cref="ContentTokenKind"/> for what each kind spans).</summary>
    public readonly ReadOnlySpan<byte> Token => data.Slice(tokenStart, tokenLength);

    /// <summary>The offset of the last token in the input.</summary>
    public readonly int TokenStart => tokenStart;

    /// <summary>The current read position.</summary>
    public int Position
    {
        readonly get => pos;
        set => pos = Math.Clamp(value, 0, data.Length);
    }

    /// <summary>The whole input.</summary>
    public readonly ReadOnlySpan<byte> Data => data;

    /// <summary>Whether <paramref name="b"/> is PDF white space (a table look-up shared with <see cref="PdfLexer"/>).</summary>
    public static bool IsWhite(byte b) => PdfLexer.IsWhitespace(b);

    /// <summary>Whether <paramref name="b"/> is a PDF delimiter.</summary>
    public static bool IsDelimiter(byte b) => PdfLexer.IsDelimiter(b);

    /// <summary>Reads the next token.</summary>
    public ContentTokenKind Next()
    {
        var d = data;
        while (true)
        {
            while (pos < d.Length && IsWhite(d[pos]))
            {
                pos++;
            }

            if (pos >= d.Length)
            {
                tokenStart = pos;
                tokenLength = 0;
                return ContentTokenKind.End;
            }

            if (d[pos] != (byte)'%')
            {
                break;
            }

            while (pos < d.Length && d[pos] != (byte)'\n' && d[pos] != (byte)'\r')
            {
                pos++;
            }
        }

        var c = d[pos];
        switch (c)
        {
            case (byte)'/':
                {
                    var start = ++pos;
                    while (pos < d.Length && PdfLexer.IsRegular(d[pos]))
                    {
                        pos++;
                    }

                    SetToken(start, pos - start);
                    return ContentTokenKind.Name;
                }

            case (byte)'(':
                {
                    var start = ++pos;
                    var depth = 1;
                    while (pos < d.Length)
                    {
                        var b = d[pos];
                        if (b == (byte)'\\')
                        {
                            pos += 2;
                            continue;
                        }

                        if (b == (byte)'(')
                        {
                            depth++;
                        }
                        else if (b == (byte)')' && --depth == 0)
                        {
                            break;
                        }

                        pos++;
                    }

                    var end = Math.Min(pos, d.Length);
                    SetToken(start, end - start);
                    pos = Math.Min(end + 1, d.Length);
                    return ContentTokenKind.LiteralString;
                }

            case (byte)'<':
                if (pos + 1 < d.Length && d[pos + 1] == (byte)'<')
                {
                    SetToken(pos, 2);
                    pos += 2;
                    return ContentTokenKind.DictStart;
                }
                else
                {
                    var start = ++pos;
                    var rel = d[pos..].IndexOf((byte)'>');
                    var end = rel < 0 ? d.Length : pos + rel;
                    SetToken(start, end - start);
                    pos = Math.Min(end + 1, d.Length);
                    return ContentTokenKind.HexString;
                }

            case (byte)'>':
                SetToken(pos, 1);
                if (pos + 1 < d.Length && d[pos + 1] == (byte)'>')
                {
                    pos += 2;
                    return ContentTokenKind.DictEnd;
                }

                pos++;
                return Next();

            case (byte)'[':
                SetToken(pos++, 1);
                return ContentTokenKind.ArrayStart;

            case (byte)']':
                SetToken(pos++, 1);
                return ContentTokenKind.ArrayEnd;

            case (byte)'{':
            case (byte)'}':
                SetToken(pos++, 1);
                return ContentTokenKind.Brace;

            case (byte)')':
                pos++;
                return Next();
        }

        if (c is (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'+' or (byte)'.')
        {
            if (TryNumber())
            {
                return ContentTokenKind.Number;
            }
        }

        var kStart = pos;
        while (pos < d.Length && PdfLexer.IsRegular(d[pos]))
        {
            pos++;
        }

        SetToken(kStart, pos - kStart);
        return ContentTokenKind.Keyword;
    }

    /// <summary>Decodes the last string token (literal or hex) into <paramref name="output"/>, returning the number of bytes written; <paramref name="output"/> grows as needed.</summary>
    public readonly int DecodeString(ContentTokenKind kind, ref byte[] output, int offset)
    {
        var src = Token;
        EnsureCapacity(ref output, offset + src.Length + 1);
        return kind == ContentTokenKind.HexString ? DecodeHex(src, output.AsSpan(offset)) : DecodeLiteral(src, output.AsSpan(offset));
    }

    /// <summary>Decodes hexadecimal digits (white space ignored, an odd final digit padded with 0).</summary>
    public static int DecodeHex(ReadOnlySpan<byte> src, Span<byte> dst)
    {
        var n = 0;
        var high = -1;
        foreach (var b in src)
        {
            var v = HexValue(b);
            if (v < 0)
            {
                continue;
            }

            if (high < 0)
            {
                high = v;
            }
            else
            {
                dst[n++] = (byte)((high << 4) | v);
                high = -1;
            }
        }

        if (high >= 0)
        {
            dst[n++] = (byte)(high << 4);
        }

        return n;
    }

    /// <summary>The value of a hexadecimal digit, or −1.</summary>
    public static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    private static int DecodeLiteral(ReadOnlySpan<byte> src, Span<byte> dst)
    {
        var n = 0;
        for (var i = 0; i < src.Length; i++)
        {
            var b = src[i];
            if (b == (byte)'\r')
            {
                // An unescaped end of line of any kind is read as a single line feed.
                dst[n++] = (byte)'\n';
                if (i + 1 < src.Length && src[i + 1] == (byte)'\n')
                {
                    i++;
                }

                continue;
            }

            if (b != (byte)'\\' || i + 1 >= src.Length)
            {
                dst[n++] = b;
                continue;
            }

            var e = src[++i];
            switch (e)
            {
                case (byte)'n': dst[n++] = (byte)'\n'; break;
                case (byte)'r': dst[n++] = (byte)'\r'; break;
                case (byte)'t': dst[n++] = (byte)'\t'; break;
                case (byte)'b': dst[n++] = 8; break;
                case (byte)'f': dst[n++] = 12; break;
                case (byte)'\r':
                    if (i + 1 < src.Length && src[i + 1] == (byte)'\n')
                    {
                        i++;
                    }

                    break;
                case (byte)'\n':
                    break;
                case >= (byte)'0' and <= (byte)'7':
                    {
                        var v = e - '0';
                        for (var k = 0; k < 2 && i + 1 < src.Length && src[i + 1] is >= (byte)'0' and <= (byte)'7'; k++)
                        {
                            v = (v * 8) + (src[++i] - '0');
                        }

                        dst[n++] = (byte)v;
                        break;
                    }

                default:
                    dst[n++] = e;
                    break;
            }
        }

        return n;
    }

    private static void EnsureCapacity(ref byte[] buffer, int size)
    {
        if (buffer.Length < size)
        {
            Array.Resize(ref buffer, Math.Max(size, buffer.Length * 2));
        }
    }

    private void SetToken(int start, int length)
    {
        tokenStart = start;
        tokenLength = length;
    }

    private bool TryNumber()
    {
        var d = data;
        var start = pos;
        var i = pos;
        var negative = false;
        if (d[i] is (byte)'-' or (byte)'+')
        {
            negative = d[i] == (byte)'-';
            i++;

            // Some producers write "--5" or "-+5"; read them as one sign.
            while (i < d.Length && d[i] is (byte)'-' or (byte)'+')
            {
                i++;
            }
        }

        double value = 0;
        var digits = 0;
        while (i < d.Length && d[i] is >= (byte)'0' and <= (byte)'9')
        {
            value = (value * 10) + (d[i] - '0');
            i++;
            digits++;
        }

        if (i < d.Length && d[i] == (byte)'.')
        {
            i++;
            double scale = 0.1;
            while (i < d.Length && d[i] is >= (byte)'0' and <= (byte)'9')
            {
                value += (d[i] - '0') * scale;
                scale *= 0.1;
                i++;
                digits++;
            }
        }

        if (digits == 0)
        {
            pos = start;
            return false;
        }

        // A number glued to letters ("12abc") is a keyword, as in other readers.
        if (i < d.Length && PdfLexer.IsRegular(d[i]) && d[i] is not ((byte)'-' or (byte)'.'))
        {
            pos = start;
            return false;
        }

        Number = negative ? -value : value;
        SetToken(start, i - start);
        pos = i;
        return true;
    }
}
