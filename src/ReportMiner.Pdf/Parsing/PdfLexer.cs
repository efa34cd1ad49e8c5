namespace ReportMiner.Pdf.Parsing;

/// <summary>
/// Splits PDF bytes into tokens (ISO 32000-1 §7.2). Works on a span of the whole input with a movable position,
/// so the object parser, the cross-reference reader and content-stream readers can share it; tokens carry
/// offsets, and values are decoded only when asked for.
/// </summary>
internal sealed class PdfLexer
{
    private const byte Regular = 0;
    private const byte White = 1;
    private const byte Delimiter = 2;

    private static readonly byte[] Classes = BuildClasses();

    private readonly ReadOnlyMemory<byte> _data;

    public PdfLexer(ReadOnlyMemory<byte> data, NameTable? names = null)
    {
        _data = data;
        Names = names ?? new NameTable();
    }

    /// <summary>The whole input.</summary>
    public ReadOnlyMemory<byte> Memory => _data;

    /// <summary>The whole input as a span.</summary>
    public ReadOnlySpan<byte> Span => _data.Span;

    /// <summary>The input length.</summary>
    public int Length => _data.Length;

    /// <summary>The offset of the next byte to read.</summary>
    public int Position { get; set; }

    /// <summary>The name table shared by everything parsed from this input.</summary>
    public NameTable Names { get; }

    /// <summary>PDF white-space: NUL, TAB, LF, FF, CR, SP.</summary>
    public static bool IsWhitespace(byte b) => Classes[b] == White;

    /// <summary>PDF delimiters: ( ) &lt; &gt; [ ] { } / %.</summary>
    public static bool IsDelimiter(byte b) => Classes[b] == Delimiter;

    /// <summary>Any byte that is neither white-space nor a delimiter.</summary>
    public static bool IsRegular(byte b) => Classes[b] == Regular;

    /// <summary>Skips white-space and comments.</summary>
    public void SkipWhitespaceAndComments()
    {
        var s = Span;
        var p = Position;
        while (p < s.Length)
        {
            var b = s[p];
            if (Classes[b] == White)
            {
                p++;
            }
            else if (b == (byte)'%')
            {
                var eol = s[p..].IndexOfAny((byte)'\n', (byte)'\r');
                p = eol < 0 ? s.Length : p + eol;
            }
            else
            {
                break;
            }
        }

        Position = p;
    }

    /// <summary>Reads the next token without consuming it.</summary>
    public PdfToken Peek()
    {
        var saved = Position;
        var token = Next();
        Position = saved;
        return token;
    }

    /// <summary>Reads the next token.</summary>
    public PdfToken Next()
    {
        SkipWhitespaceAndComments();
        var s = Span;
        var p = Position;
        if (p >= s.Length)
        {
            return new PdfToken(PdfTokenKind.EndOfInput, s.Length, 0);
        }

        var b = s[p];
        switch (b)
        {
            case (byte)'/':
                return LexName(s, p);
            case (byte)'(':
                return LexLiteralString(s, p);
            case (byte)'<':
                if (p + 1 < s.Length && s[p + 1] == (byte)'<')
                {
                    Position = p + 2;
                    return new PdfToken(PdfTokenKind.DictionaryStart, p, 2);
                }

                return LexHexString(s, p);
            case (byte)'>':
                if (p + 1 < s.Length && s[p + 1] == (byte)'>')
                {
                    Position = p + 2;
                    return new PdfToken(PdfTokenKind.DictionaryEnd, p, 2);
                }

                Position = p + 1;
                return new PdfToken(PdfTokenKind.Keyword, p, 1);
            case (byte)'[':
                Position = p + 1;
                return new PdfToken(PdfTokenKind.ArrayStart, p, 1);
            case (byte)']':
                Position = p + 1;
                return new PdfToken(PdfTokenKind.ArrayEnd, p, 1);
            case (byte)'{':
                Position = p + 1;
                return new PdfToken(PdfTokenKind.BraceOpen, p, 1);
            case (byte)'}':
                Position = p + 1;
                return new PdfToken(PdfTokenKind.BraceClose, p, 1);
            case (byte)')':
                // A stray closing parenthesis: hand it up as a one-byte keyword the parser can skip.
                Position = p + 1;
                return new PdfToken(PdfTokenKind.Keyword, p, 1);
        }

        var end = p;
        while (end < s.Length && Classes[s[end]] == Regular)
        {
            end++;
        }

        Position = end;
        if (b is (byte)'+' or (byte)'-' or (byte)'.' || (b >= (byte)'0' && b <= (byte)'9'))
        {
            return LexNumber(s, p, end);
        }

        return new PdfToken(PdfTokenKind.Keyword, p, end - p);
    }

    /// <summary>The raw bytes of a token.</summary>
    public ReadOnlySpan<byte> TokenBytes(in PdfToken token) => Span.Slice(token.Start, token.Length);

    /// <summary>Whether <paramref name="token"/> is the keyword <paramref name="keyword"/>.</summary>
    public bool IsKeyword(in PdfToken token, ReadOnlySpan<byte> keyword) =>
        token.Kind == PdfTokenKind.Keyword && TokenBytes(token).SequenceEqual(keyword);

    /// <summary>The value of a name token, with #xx escapes resolved.</summary>
    public string DecodeName(in PdfToken token)
    {
        var raw = TokenBytes(token);
        if (raw.IndexOf((byte)'#') < 0)
        {
            return Names.Get(raw);
        }

        Span<byte> buffer = raw.Length <= 256 ? stackalloc byte[raw.Length] : new byte[raw.Length];
        var n = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == (byte)'#' && i + 2 < raw.Length && HexValue(raw[i + 1]) >= 0 && HexValue(raw[i + 2]) >= 0)
            {
                buffer[n++] = (byte)((HexValue(raw[i + 1]) << 4) | HexValue(raw[i + 2]));
                i += 2;
            }
            else
            {
                buffer[n++] = raw[i];
            }
        }

        return Names.Get(buffer[..n]);
    }

    /// <summary>The bytes of a literal string token, with escapes and end-of-line normalisation applied (§7.3.4.2).</summary>
    public byte[] DecodeLiteralString(in PdfToken token)
    {
        var raw = TokenBytes(token);
        if (raw.IndexOfAny((byte)'\\', (byte)'\r') < 0)
        {
            return raw.ToArray();
        }

        var output = new byte[raw.Length];
        var n = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == (byte)'\r')
            {
                // A bare CR or CRLF inside a string means LF.
                output[n++] = (byte)'\n';
                if (i + 1 < raw.Length && raw[i + 1] == (byte)'\n')
                {
                    i++;
                }

                continue;
            }

            if (c != (byte)'\\' || i + 1 >= raw.Length)
            {
                output[n++] = c;
                continue;
            }

            var e = raw[++i];
            switch (e)
            {
                case (byte)'n': output[n++] = (byte)'\n'; break;
                case (byte)'r': output[n++] = (byte)'\r'; break;
                case (byte)'t': output[n++] = (byte)'\t'; break;
                case (byte)'b': output[n++] = (byte)'\b'; break;
                case (byte)'f': output[n++] = (byte)'\f'; break;
                case (byte)'\r':
                    // Line continuation: backslash + EOL produces nothing.
                    if (i + 1 < raw.Length && raw[i + 1] == (byte)'\n')
                    {
                        i++;
                    }

                    break;
                case (byte)'\n':
                    break;
                case >= (byte)'0' and <= (byte)'7':
                    var value = e - '0';
                    for (var k = 0; k < 2 && i + 1 < raw.Length && raw[i + 1] >= (byte)'0' && raw[i + 1] <= (byte)'7'; k++)
                    {
                        value = (value * 8) + (raw[++i] - '0');
                    }

                    output[n++] = (byte)value; // high-order overflow is ignored, as the spec says
                    break;
                default:
                    // \( \) \\ and unknown escapes: the backslash is dropped.
                    output[n++] = e;
                    break;
            }
        }

        return n == output.Length ? output : output.AsSpan(0, n).ToArray();
    }

    /// <summary>The bytes of a hexadecimal string token; white-space and stray characters are ignored, an odd final digit is followed by 0.</summary>
    public byte[] DecodeHexString(in PdfToken token) => DecodeHex(TokenBytes(token));

    /// <summary>Decodes hexadecimal digits, ignoring anything else, padding an odd final digit with 0.</summary>
    public static byte[] DecodeHex(ReadOnlySpan<byte> raw)
    {
        var output = new byte[(raw.Length + 1) / 2];
        var n = 0;
        var high = -1;
        foreach (var c in raw)
        {
            var v = HexValue(c);
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
                output[n++] = (byte)((high << 4) | v);
                high = -1;
            }
        }

        if (high >= 0)
        {
            output[n++] = (byte)(high << 4);
        }

        return n == output.Length ? output : output.AsSpan(0, n).ToArray();
    }

    /// <summary>The value of a hexadecimal digit, or -1.</summary>
    public static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>
    /// Parses a number leniently, as Acrobat does: repeated signs, a sign after digits or a lone "-" or "." are
    /// tolerated (the garbage is ignored, an empty number is 0).
    /// </summary>
    internal static PdfToken ParseNumber(ReadOnlySpan<byte> s, int start, int end)
    {
        var p = start;
        var negative = false;
        while (p < end && s[p] is (byte)'+' or (byte)'-')
        {
            negative |= s[p] == (byte)'-';
            p++;
        }

        var digitsStart = p;
        long mantissa = 0;
        var digits = 0;
        var fraction = -1;
        for (; p < end; p++)
        {
            var c = s[p];
            if (c >= (byte)'0' && c <= (byte)'9')
            {
                mantissa = (mantissa * 10) + (c - '0');
                digits++;
                if (fraction >= 0)
                {
                    fraction++;
                }
            }
            else if (c == (byte)'.' && fraction == -1)
            {
                fraction = 0;
            }
            else
            {
                break;
            }
        }

        if (digits > 18)
        {
            // Beyond the exact range of a long: let the runtime parse the digits as a double.
            var text = System.Text.Encoding.ASCII.GetString(s[digitsStart..p]);
            var big = double.Parse(text.Length > 0 && text[^1] == '.' ? text + "0" : text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
            big = negative ? -big : big;
            return new PdfToken(PdfTokenKind.Real, start, end - start, (long)Math.Clamp(big, long.MinValue, long.MaxValue), big);
        }

        if (fraction == -1)
        {
            var integer = negative ? -mantissa : mantissa;
            return new PdfToken(PdfTokenKind.Integer, start, end - start, integer, integer);
        }

        var value = fraction > 0 ? mantissa / Pow10(fraction) : mantissa;
        value = negative ? -value : value;
        return new PdfToken(PdfTokenKind.Real, start, end - start, (long)value, value);
    }

    private static double Pow10(int n)
    {
        var r = 1.0;
        for (var i = 0; i < n; i++)
        {
            r *= 10;
        }

        return r;
    }

    private static byte[] BuildClasses()
    {
        var classes = new byte[256];
        foreach (var b in "\0\t\n\f\r "u8)
        {
            classes[b] = White;
        }

        foreach (var b in "()<>[]{}/%"u8)
        {
            classes[b] = Delimiter;
        }

        return classes;
    }

    private PdfToken LexNumber(ReadOnlySpan<byte> s, int start, int end) => ParseNumber(s, start, end);

    private PdfToken LexName(ReadOnlySpan<byte> s, int p)
    {
        var start = p + 1;
        var end = start;
        while (end < s.Length && Classes[s[end]] == Regular)
        {
            end++;
        }

        Position = end;
        return new PdfToken(PdfTokenKind.Name, start, end - start);
    }

    private PdfToken LexLiteralString(ReadOnlySpan<byte> s, int p)
    {
        var start = p + 1;
        var depth = 1;
        var i = start;
        while (i < s.Length)
        {
            // Jump to the next byte that matters; most string bytes are plain text.
            var next = s[i..].IndexOfAny((byte)'(', (byte)')', (byte)'\\');
            if (next < 0)
            {
                break;
            }

            i += next;
            var c = s[i];
            if (c == (byte)'\\')
            {
                i += 2;
                continue;
            }

            if (c == (byte)'(')
            {
                depth++;
            }
            else if (--depth == 0)
            {
                Position = i + 1;
                return new PdfToken(PdfTokenKind.LiteralString, start, i - start);
            }

            i++;
        }

        // Unterminated: the string runs to the end of the input.
        Position = s.Length;
        return new PdfToken(PdfTokenKind.LiteralString, start, s.Length - start);
    }

    private PdfToken LexHexString(ReadOnlySpan<byte> s, int p)
    {
        var start = p + 1;
        var close = s[start..].IndexOf((byte)'>');
        var end = close < 0 ? s.Length : start + close;
        Position = close < 0 ? s.Length : end + 1;
        return new PdfToken(PdfTokenKind.HexString, start, end - start);
    }
}
