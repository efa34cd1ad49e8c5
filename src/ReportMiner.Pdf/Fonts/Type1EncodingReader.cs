using System.Text;
using ReportMiner.Pdf.Content;

namespace ReportMiner.Pdf.Fonts;

/// <summary>
/// Reads the built-in encoding from the clear-text part of an embedded Type 1 font program
/// (<c>/Encoding 256 array … dup 32 /space put … readonly def</c>); StandardEncoding programs return null.
/// </summary>
internal static class Type1EncodingReader
{
    /// <summary>The encoding, or null when the program uses StandardEncoding or none can be read.</summary>
    public static FontEncoding? Read(ReadOnlySpan<byte> program)
    {
        var start = program.IndexOf("/Encoding"u8);
        if (start < 0)
        {
            return null;
        }

        // The clear-text part ends at eexec; nothing after it is readable without decryption.
        var end = program.IndexOf("eexec"u8);
        var text = program[start..(end > start ? end : program.Length)];
        var lexer = new ContentLexer(text);
        lexer.Next();
        var pairs = new List<KeyValuePair<int, string>>();
        double lastNumber = -1;
        string? lastName = null;
        var tokens = 0;
        while (tokens++ < 10_000)
        {
            var kind = lexer.Next();
            if (kind == ContentTokenKind.End)
            {
                break;
            }

            if (kind == ContentTokenKind.Keyword)
            {
                var k = lexer.Token;
                if (k.SequenceEqual("StandardEncoding"u8))
                {
                    return null;
                }

                if (k.SequenceEqual("put"u8) && lastName is not null && lastNumber >= 0)
                {
                    pairs.Add(new((int)lastNumber, lastName));
                }
                else if (k.SequenceEqual("def"u8) || k.SequenceEqual("readonly"u8))
                {
                    break;
                }

                if (!k.SequenceEqual("dup"u8))
                {
                    lastName = null;
                }
            }
            else if (kind == ContentTokenKind.Number)
            {
                lastNumber = lexer.Number;
            }
            else if (kind == ContentTokenKind.Name)
            {
                lastName = Encoding.Latin1.GetString(lexer.Token);
            }
        }

        return pairs.Count == 0 ? null : FontEncoding.FromPairs(pairs);
    }
}
