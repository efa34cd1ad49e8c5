namespace ReportMiner.Pdf.Parsing;

/// <summary>The kinds of token the PDF lexer produces (ISO 32000-1 §7.2).</summary>
internal enum PdfTokenKind : byte
{
    /// <summary>No more input.</summary>
    EndOfInput,

    /// <summary>An integer; its value is in <see cref="PdfToken.Integer"/>.</summary>
    Integer,

    /// <summary>A real number; its value is in <see cref="PdfToken.Real"/>.</summary>
    Real,

    /// <summary>A literal string; the token spans the bytes between the outer parentheses, escapes not yet processed.</summary>
    LiteralString,

    /// <summary>A hexadecimal string; the token spans the bytes between the angle brackets.</summary>
    HexString,

    /// <summary>A name; the token spans the bytes after the solidus, #xx escapes not yet processed.</summary>
    Name,

    /// <summary><c>[</c></summary>
    ArrayStart,

    /// <summary><c>]</c></summary>
    ArrayEnd,

    /// <summary><c>&lt;&lt;</c></summary>
    DictionaryStart,

    /// <summary><c>&gt;&gt;</c></summary>
    DictionaryEnd,

    /// <summary>A run of regular characters that is not a number: true, false, null, R, obj, stream, or a content-stream operator. Also a stray delimiter.</summary>
    Keyword,

    /// <summary><c>{</c> (PostScript calculator functions only).</summary>
    BraceOpen,

    /// <summary><c>}</c></summary>
    BraceClose,
}

/// <summary>
/// One token: its kind and where its bytes are. Values of strings and names are decoded only on request, so
/// skipping tokens allocates nothing.
/// </summary>
/// <param name="Kind">The token kind.</param>
/// <param name="Start">The offset of the token's content in the lexer's input.</param>
/// <param name="Length">The length of the token's content.</param>
/// <param name="Integer">The value of an <see cref="PdfTokenKind.Integer"/> token.</param>
/// <param name="Real">The value of a <see cref="PdfTokenKind.Real"/> or <see cref="PdfTokenKind.Integer"/> token.</param>
internal readonly record struct PdfToken(PdfTokenKind Kind, int Start, int Length, long Integer = 0, double Real = 0);
