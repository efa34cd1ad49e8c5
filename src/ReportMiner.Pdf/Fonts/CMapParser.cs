using System.Text;
using ReportMiner.Pdf.Content;

namespace ReportMiner.Pdf.Fonts;

/// <summary>
/// Parses embedded CMap streams and ToUnicode maps: codespace ranges, bfchar, bfrange (incremental and array
/// forms), cidchar, cidrange, /WMode and <c>usecmap</c> of a predefined identity map. Damaged input yields the
/// mappings read so far.
/// </summary>
internal static class CMapParser
{
    /// <summary>Bound on mappings read from one CMap, against hostile files.</summary>
    private const int MaxMappings = 200_000;

    /// <summary>Parses <paramref name="data"/>; <paramref name="resolveUseCMap"/> supplies a named parent map for <c>usecmap</c>.</summary>
    public static CMap Parse(ReadOnlySpan<byte> data, Func<string, CMap?>? resolveUseCMap = null)
    {
        var map = new CMap();
        var lexer = new ContentLexer(data);
        var buffer = new byte[64];
        string? lastName = null;
        double lastNumber = 0;
        var count = 0;
        while (true)
        {
            var kind = lexer.Next();
            if (kind == ContentTokenKind.End)
            {
                break;
            }

            switch (kind)
            {
                case ContentTokenKind.Name:
                    {
                        var name = Encoding.Latin1.GetString(lexer.Token);
                        if (lastName == "CMapName")
                        {
                            map.Name = name;
                        }

                        lastName = name;
                        continue;
                    }

                case ContentTokenKind.Number:
                    lastNumber = lexer.Number;
                    if (lastName == "WMode")
                    {
                        map.WMode = (int)lastNumber;
                    }

                    continue;

                case ContentTokenKind.Keyword:
                    break;

                default:
                    continue;
            }

            var keyword = lexer.Token;
            if (keyword.SequenceEqual("usecmap"u8) && lastName is not null)
            {
                var parent = lastName.StartsWith("Identity", StringComparison.Ordinal) ? CMap.CreateIdentity(lastName.EndsWith("-V", StringComparison.Ordinal)) : resolveUseCMap?.Invoke(lastName);
                if (parent is not null)
                {
                    map.Include(parent);
                }
            }
            else if (keyword.SequenceEqual("begincodespacerange"u8))
            {
                ReadCodespaces(ref lexer, map, ref buffer);
            }
            else if (keyword.SequenceEqual("beginbfchar"u8))
            {
                count += ReadBfChars(ref lexer, map, ref buffer);
            }
            else if (keyword.SequenceEqual("beginbfrange"u8))
            {
                count += ReadBfRanges(ref lexer, map, ref buffer);
            }
            else if (keyword.SequenceEqual("begincidchar"u8))
            {
                count += ReadCidChars(ref lexer, map, ref buffer);
            }
            else if (keyword.SequenceEqual("begincidrange"u8))
            {
                count += ReadCidRanges(ref lexer, map, ref buffer);
            }

            if (count > MaxMappings)
            {
                break;
            }
        }

        return map;
    }

    private static bool IsString(ContentTokenKind k) => k is ContentTokenKind.HexString or ContentTokenKind.LiteralString;

    private static bool IsEnd(ContentTokenKind kind, ref ContentLexer lexer) =>
        kind == ContentTokenKind.End || (kind == ContentTokenKind.Keyword && lexer.Token.StartsWith("end"u8));

    private static void ReadCodespaces(ref ContentLexer lexer, CMap map, ref byte[] buffer)
    {
        while (true)
        {
            var k = lexer.Next();
            if (IsEnd(k, ref lexer))
            {
                return;
            }

            if (!IsString(k))
            {
                continue;
            }

            var lowLen = lexer.DecodeString(k, ref buffer, 0);
            var k2 = lexer.Next();
            if (!IsString(k2))
            {
                return;
            }

            var highLen = lexer.DecodeString(k2, ref buffer, 8);
            map.AddCodespace(buffer.AsSpan(0, lowLen), buffer.AsSpan(8, highLen));
        }
    }

    private static int ReadBfChars(ref ContentLexer lexer, CMap map, ref byte[] buffer)
    {
        var n = 0;
        while (true)
        {
            var k = lexer.Next();
            if (IsEnd(k, ref lexer))
            {
                return n;
            }

            if (!IsString(k))
            {
                continue;
            }

            var len = lexer.DecodeString(k, ref buffer, 0);
            var code = CMap.ToCode(buffer.AsSpan(0, len));
            var k2 = lexer.Next();
            var text = ReadDestination(ref lexer, k2, ref buffer);
            if (text is null)
            {
                if (IsEnd(k2, ref lexer))
                {
                    return n;
                }

                continue;
            }

            map.AddUnicode(code, text);
            n++;
        }
    }

    private static int ReadBfRanges(ref ContentLexer lexer, CMap map, ref byte[] buffer)
    {
        var n = 0;
        while (true)
        {
            var k = lexer.Next();
            if (IsEnd(k, ref lexer))
            {
                return n;
            }

            if (!IsString(k))
            {
                continue;
            }

            var len = lexer.DecodeString(k, ref buffer, 0);
            var low = CMap.ToCode(buffer.AsSpan(0, len));
            var k2 = lexer.Next();
            if (!IsString(k2))
            {
                return n;
            }

            len = lexer.DecodeString(k2, ref buffer, 0);
            var high = CMap.ToCode(buffer.AsSpan(0, len));
            var k3 = lexer.Next();
            if (k3 == ContentTokenKind.ArrayStart)
            {
                // Array form: one destination per code, in order.
                var code = low;
                while (true)
                {
                    var ke = lexer.Next();
                    if (ke is ContentTokenKind.ArrayEnd or ContentTokenKind.End)
                    {
                        break;
                    }

                    var text = ReadDestination(ref lexer, ke, ref buffer);
                    if (text is not null && code <= high)
                    {
                        map.AddUnicode(code, text);
                        n++;
                    }

                    code++;
                }

                continue;
            }

            var start = ReadDestination(ref lexer, k3, ref buffer);
            if (start is not null)
            {
                map.AddUnicodeRange(low, high, start);
                n += (int)Math.Min(high - low + 1, 256);
            }
        }
    }

    private static string? ReadDestination(ref ContentLexer lexer, ContentTokenKind kind, ref byte[] buffer)
    {
        if (IsString(kind))
        {
            var len = lexer.DecodeString(kind, ref buffer, 0);
            return len == 0 ? null : CMap.DecodeDestination(buffer.AsSpan(0, len));
        }

        if (kind == ContentTokenKind.Name)
        {
            return GlyphList.ToUnicode(Encoding.Latin1.GetString(lexer.Token));
        }

        return null;
    }

    private static int ReadCidChars(ref ContentLexer lexer, CMap map, ref byte[] buffer)
    {
        var n = 0;
        while (true)
        {
            var k = lexer.Next();
            if (IsEnd(k, ref lexer))
            {
                return n;
            }

            if (!IsString(k))
            {
                continue;
            }

            var len = lexer.DecodeString(k, ref buffer, 0);
            var code = CMap.ToCode(buffer.AsSpan(0, len));
            if (lexer.Next() != ContentTokenKind.Number)
            {
                return n;
            }

            map.AddCid(code, (int)lexer.Number);
            n++;
        }
    }

    private static int ReadCidRanges(ref ContentLexer lexer, CMap map, ref byte[] buffer)
    {
        var n = 0;
        while (true)
        {
            var k = lexer.Next();
            if (IsEnd(k, ref lexer))
            {
                return n;
            }

            if (!IsString(k))
            {
                continue;
            }

            var len = lexer.DecodeString(k, ref buffer, 0);
            var low = CMap.ToCode(buffer.AsSpan(0, len));
            var k2 = lexer.Next();
            if (!IsString(k2))
            {
                return n;
            }

            len = lexer.DecodeString(k2, ref buffer, 0);
            var high = CMap.ToCode(buffer.AsSpan(0, len));
            if (lexer.Next() != ContentTokenKind.Number)
            {
                return n;
            }

            map.AddCidRange(low, high, (int)lexer.Number);
            n++;
        }
    }
}
