using System.Runtime.CompilerServices;
using System.Text;
using ReportMiner.Pdf.Fonts;
using ReportMiner.Pdf.Objects;
using ReportMiner.Pdf.Parsing;
using ReportMiner.Pdf.Text;

namespace ReportMiner.Pdf.Content;

/// <summary>What interpreting a page's content yields for the text layer.</summary>
internal sealed class PageContent
{
    /// <summary>The glyphs in drawing order.</summary>
    public List<TextGlyph> Glyphs { get; } = new(256);

    /// <summary>Horizontal and vertical rules (thin filled rectangles and stroked segments).</summary>
    public List<Rule> Rules { get; } = [];

    /// <summary>Problems met while interpreting.</summary>
    public List<PdfWarning> Warnings { get; } = [];

    /// <summary>Empties the lists so that the next page can reuse their storage (a page's glyph list can reach the large-object heap).</summary>
    public void Clear()
    {
        Glyphs.Clear();
        Rules.Clear();
        Warnings.Clear();
    }
}

/// <summary>
/// Executes the text-relevant part of content streams (ISO 32000-1 §8, §9): graphics-state stack, text state
/// and positioning, text showing, form XObjects (recursive, depth-bounded, cycle-checked) and rules for tables.
/// Everything else (colour, images, shading, clipping) is skipped. Bounded by <see cref="PdfReadOptions.MaxOperatorsPerPage"/>.
/// </summary>
internal sealed class TextInterpreter
{
    private const int MaxOperands = 4096;
    private const int MaxStateDepth = 256;
    private const int MaxRules = 20_000;

    /// <summary>The budget is checked every this many operators (a power of two): often enough to stop a hostile page within milliseconds, rarely enough to cost nothing.</summary>
    private const int BudgetInterval = 4096;

    /// <summary>The most glyphs kept for one page (a dense real page has about 5,000); beyond it the page stops with a warning.</summary>
    private const int MaxGlyphs = 1_000_000;

    private const int OpQ = 'q';
    private const int OpQPop = 'Q';
    private const int OpCm = 'c' | ('m' << 8);
    private const int OpBT = 'B' | ('T' << 8);
    private const int OpET = 'E' | ('T' << 8);
    private const int OpTf = 'T' | ('f' << 8);
    private const int OpTm = 'T' | ('m' << 8);
    private const int OpTd = 'T' | ('d' << 8);
    private const int OpTD = 'T' | ('D' << 8);
    private const int OpTStar = 'T' | ('*' << 8);
    private const int OpTc = 'T' | ('c' << 8);
    private const int OpTw = 'T' | ('w' << 8);
    private const int OpTz = 'T' | ('z' << 8);
    private const int OpTL = 'T' | ('L' << 8);
    private const int OpTs = 'T' | ('s' << 8);
    private const int OpTr = 'T' | ('r' << 8);
    private const int OpTj = 'T' | ('j' << 8);
    private const int OpTJ = 'T' | ('J' << 8);
    private const int OpQuote = '\'';
    private const int OpDoubleQuote = '"';
    private const int OpDo = 'D' | ('o' << 8);
    private const int OpBI = 'B' | ('I' << 8);
    private const int OpRe = 'r' | ('e' << 8);
    private const int OpM = 'm';
    private const int OpL = 'l';
    private const int OpH = 'h';
    private const int OpN = 'n';
    private const int OpStroke = 'S';
    private const int OpCloseStroke = 's';
    private const int OpFill = 'f';
    private const int OpFillOld = 'F';
    private const int OpFillEo = 'f' | ('*' << 8);
    private const int OpB = 'B';
    private const int OpBEo = 'B' | ('*' << 8);
    private const int Opb = 'b';
    private const int OpbEo = 'b' | ('*' << 8);
    private const int OpBDC = 'B' | ('D' << 8) | ('C' << 16);
    private const int OpBMC = 'B' | ('M' << 8) | ('C' << 16);
    private const int OpEMC = 'E' | ('M' << 8) | ('C' << 16);
    private const int MaxMarkedDepth = 256;

    private readonly IPdfObjectResolver resolver;
    private readonly FontFactory fonts;
    private readonly PdfReadOptions options;
    private readonly int pageNumber;
    private readonly PageContent output;
    private readonly ReadBudget budget;
    private readonly List<GraphicsState> stack = [];
    private readonly HashSet<PdfFont> reportedFonts = [];
    private readonly HashSet<string> reportedWarnings = new(StringComparer.Ordinal);
    private readonly List<PdfObject> formStack = [];
    private readonly List<Rule> pendingPath = [];
    private readonly List<MarkedContent> markedContent = [];

    private Operand[] operands = new Operand[64];
    private int operandCount;
    private byte[] scratch = new byte[1024];
    private int scratchLength;
    private long operatorCount;
    private bool stopped;

    private GraphicsState gs;
    private Matrix textMatrix = Matrix.Identity;
    private Matrix lineMatrix = Matrix.Identity;
    private double pathX;
    private double pathY;

    /// <summary>Creates an interpreter for one page.</summary>
    /// <param name="resolver">Resolves objects and decodes streams.</param>
    /// <param name="fonts">The document's font cache.</param>
    /// <param name="options">Bounds.</param>
    /// <param name="pageNumber">The 1-based page number, for warnings.</param>
    /// <param name="reuse">A <see cref="PageContent"/> from an earlier page to clear and refill, or null for a new one.</param>
    /// <param name="budget">What reading the document may still spend, checked every few thousand operators; null for no limit.</param>
    public TextInterpreter(IPdfObjectResolver resolver, FontFactory fonts, PdfReadOptions options, int pageNumber, PageContent? reuse = null, ReadBudget? budget = null)
    {
        this.budget = budget ?? ReadBudget.Unlimited;
        reuse?.Clear();
        output = reuse ?? new PageContent();
        this.resolver = resolver;
        this.fonts = fonts;
        this.options = options;
        this.pageNumber = pageNumber;
    }

    /// <summary>Interprets a page's content stream bytes with its resources under <paramref name="pageMatrix"/>.</summary>
    public PageContent Run(ReadOnlySpan<byte> content, PdfDictionary? resources, Matrix pageMatrix)
    {
        gs = new GraphicsState { Ctm = pageMatrix, HorizontalScale = 1 };
        var frame = new ResourceFrame(resources);
        Execute(content, frame);
        return output;
    }

    private void Warn(string code, string message)
    {
        if (reportedWarnings.Add(code + "\n" + message))
        {
            output.Warnings.Add(new PdfWarning(code, message, pageNumber));
        }
    }

    private void Execute(ReadOnlySpan<byte> content, ResourceFrame frame)
    {
        var lexer = new ContentLexer(content);
        operandCount = 0;
        scratchLength = 0;
        while (!stopped)
        {
            var kind = lexer.Next();
            switch (kind)
            {
                case ContentTokenKind.End:
                    return;
                case ContentTokenKind.Keyword:
                    if ((++operatorCount & (BudgetInterval - 1)) == 0)
                    {
                        budget.Check();
                    }

                    if (operatorCount > options.MaxOperatorsPerPage)
                    {
                        Warn("operator-limit", $"the page has more than {options.MaxOperatorsPerPage} operators; interpretation stopped there");
                        stopped = true;
                        return;
                    }

                    var token = lexer.Token;
                    if (token.Length == 2 && token[0] == 'B' && token[1] == 'I')
                    {
                        SkipInlineImage(ref lexer);
                    }
                    else
                    {
                        Dispatch(token, content, frame);
                    }

                    operandCount = 0;
                    scratchLength = 0;
                    break;
                case ContentTokenKind.Number:
                    Push(new Operand(kind, lexer.Number, 0, 0));
                    break;
                case ContentTokenKind.Name:
                    Push(new Operand(kind, 0, lexer.TokenStart, lexer.Token.Length));
                    break;
                case ContentTokenKind.LiteralString:
                case ContentTokenKind.HexString:
                    {
                        var len = lexer.DecodeString(kind, ref scratch, scratchLength);
                        Push(new Operand(ContentTokenKind.LiteralString, 0, scratchLength, len));
                        scratchLength += len;
                        break;
                    }

                default:
                    Push(new Operand(kind, 0, 0, 0));
                    break;
            }
        }
    }

    private void Push(in Operand op)
    {
        if (operandCount >= MaxOperands)
        {
            return;
        }

        if (operandCount == operands.Length)
        {
            Array.Resize(ref operands, operands.Length * 2);
        }

        operands[operandCount++] = op;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Num(int indexFromEnd)
    {
        var i = operandCount - indexFromEnd;
        return i >= 0 && operands[i].Kind == ContentTokenKind.Number ? operands[i].Number : 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool HasNumbers(int count)
    {
        if (operandCount < count)
        {
            return false;
        }

        for (var i = operandCount - count; i < operandCount; i++)
        {
            if (operands[i].Kind != ContentTokenKind.Number)
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Key(ReadOnlySpan<byte> t) => t.Length switch
    {
        1 => t[0],
        2 => t[0] | (t[1] << 8),
        3 => t[0] | (t[1] << 8) | (t[2] << 16),
        _ => -1,
    };

    private void Dispatch(ReadOnlySpan<byte> token, ReadOnlySpan<byte> content, ResourceFrame frame)
    {
        switch (Key(token))
        {
            case OpQ:
                SaveState();
                break;
            case OpQPop:
                RestoreState(frame);
                break;
            case OpCm:
                if (HasNumbers(6))
                {
                    gs.Ctm = new Matrix(Num(6), Num(5), Num(4), Num(3), Num(2), Num(1)).Multiply(gs.Ctm);
                }

                break;
            case OpBT:
                textMatrix = Matrix.Identity;
                lineMatrix = Matrix.Identity;
                break;
            case OpET:
                break;
            case OpTf:
                SelectFont(content, frame);
                break;
            case OpTm:
                if (HasNumbers(6))
                {
                    textMatrix = new Matrix(Num(6), Num(5), Num(4), Num(3), Num(2), Num(1));
                    lineMatrix = textMatrix;
                }

                break;
            case OpTd:
                if (HasNumbers(2))
                {
                    MoveLine(Num(2), Num(1));
                }

                break;
            case OpTD:
                if (HasNumbers(2))
                {
                    gs.Leading = -Num(1);
                    MoveLine(Num(2), Num(1));
                }

                break;
            case OpTStar:
                MoveLine(0, -gs.Leading);
                break;
            case OpTc:
                gs.CharSpacing = Num(1);
                break;
            case OpTw:
                gs.WordSpacing = Num(1);
                break;
            case OpTz:
                gs.HorizontalScale = Num(1) / 100.0;
                break;
            case OpTL:
                gs.Leading = Num(1);
                break;
            case OpTs:
                gs.Rise = Num(1);
                break;
            case OpTr:
                gs.RenderMode = (int)Num(1);
                break;
            case OpTj:
                if (operandCount >= 1 && operands[operandCount - 1].Kind == ContentTokenKind.LiteralString)
                {
                    ShowString(operands[operandCount - 1]);
                }

                break;
            case OpQuote:
                MoveLine(0, -gs.Leading);
                if (operandCount >= 1 && operands[operandCount - 1].Kind == ContentTokenKind.LiteralString)
                {
                    ShowString(operands[operandCount - 1]);
                }

                break;
            case OpDoubleQuote:
                if (operandCount >= 3)
                {
                    gs.WordSpacing = Num(3);
                    gs.CharSpacing = Num(2);
                    MoveLine(0, -gs.Leading);
                    if (operands[operandCount - 1].Kind == ContentTokenKind.LiteralString)
                    {
                        ShowString(operands[operandCount - 1]);
                    }
                }

                break;
            case OpTJ:
                ShowArray();
                break;
            case OpDo:
                if (operandCount >= 1 && operands[operandCount - 1].Kind == ContentTokenKind.Name)
                {
                    var nameOp = operands[operandCount - 1];
                    DrawXObject(content.Slice(nameOp.Start, nameOp.Length), frame);
                }

                break;
            case OpRe:
                if (HasNumbers(4))
                {
                    AddRectangle(Num(4), Num(3), Num(2), Num(1));
                }

                break;
            case OpM:
                if (HasNumbers(2))
                {
                    (pathX, pathY) = gs.Ctm.Transform(Num(2), Num(1));
                }

                break;
            case OpL:
                if (HasNumbers(2))
                {
                    var (x, y) = gs.Ctm.Transform(Num(2), Num(1));
                    if (pendingPath.Count < 1000)
                    {
                        pendingPath.Add(new Rule(Math.Min(pathX, x), Math.Min(pathY, y), Math.Max(pathX, x), Math.Max(pathY, y)));
                    }

                    (pathX, pathY) = (x, y);
                }

                break;
            case OpStroke:
            case OpCloseStroke:
            case OpFill:
            case OpFillOld:
            case OpFillEo:
            case OpB:
            case OpBEo:
            case Opb:
            case OpbEo:
                CommitPath();
                break;
            case OpBMC:
                BeginMarkedContent(content, withProperties: false);
                break;
            case OpBDC:
                BeginMarkedContent(content, withProperties: true);
                break;
            case OpEMC:
                EndMarkedContent();
                break;
            case OpN:
            case OpH:
                if (Key(token) == OpN)
                {
                    pendingPath.Clear();
                }

                break;
        }
    }

    // The operators below copy graphics states and marked-content entries, which hold references: kept out of
    // Dispatch (NoInlining), their copies do not make every operator clear a large stack frame on entry.

    /// <summary>q: saves the graphics state.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void SaveState()
    {
        if (stack.Count < MaxStateDepth)
        {
            stack.Add(gs);
        }
    }

    /// <summary>Q: restores the graphics state saved last within this content stream.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void RestoreState(ResourceFrame frame)
    {
        if (stack.Count > frame.StackBase)
        {
            gs = stack[^1];
            stack.RemoveAt(stack.Count - 1);
        }
    }

    /// <summary>Tf: selects a font and size.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void SelectFont(ReadOnlySpan<byte> content, ResourceFrame frame)
    {
        if (operandCount >= 2 && operands[operandCount - 2].Kind == ContentTokenKind.Name)
        {
            var nameOp = operands[operandCount - 2];
            gs.Font = frame.GetFont(content.Slice(nameOp.Start, nameOp.Length), resolver, fonts, Warn);
            gs.FontSize = Num(1);
        }
    }

    /// <summary>BMC, or BDC with its property list (whose /ActualText replaces the glyphs drawn inside).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void BeginMarkedContent(ReadOnlySpan<byte> content, bool withProperties)
    {
        if (markedContent.Count >= MaxMarkedDepth)
        {
            return;
        }

        if (!withProperties)
        {
            markedContent.Add(new MarkedContent(null, output.Glyphs.Count, default, 0));
            return;
        }

        var actualText = FindActualText(content);
        markedContent.Add(new MarkedContent(actualText, output.Glyphs.Count, actualText is null ? default : TextOrigin(), gs.FontSize));
    }

    /// <summary>EMC: ends the innermost marked-content sequence.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void EndMarkedContent()
    {
        if (markedContent.Count > 0)
        {
            var marked = markedContent[^1];
            markedContent.RemoveAt(markedContent.Count - 1);
            if (marked.ActualText is not null)
            {
                ApplyActualText(marked);
            }
        }
    }

    /// <summary>The /ActualText of an inline BDC property list, decoded as a PDF text string, or null.</summary>
    private string? FindActualText(ReadOnlySpan<byte> content)
    {
        for (var i = 0; i + 1 < operandCount; i++)
        {
            var op = operands[i];
            if (op.Kind == ContentTokenKind.Name && content.Slice(op.Start, op.Length).SequenceEqual("ActualText"u8)
                && operands[i + 1].Kind == ContentTokenKind.LiteralString)
            {
                var s = operands[i + 1];
                return Fonts.UnicodeFixups.Apply(new PdfString(scratch.AsSpan(s.Start, s.Length).ToArray()).ToTextString());
            }
        }

        return null;
    }

    /// <summary>Replaces the glyphs drawn inside a marked-content sequence by its /ActualText, placed where they began.</summary>
    private void ApplyActualText(MarkedContent marked)
    {
        var glyphs = output.Glyphs;
        if (marked.FirstGlyph >= glyphs.Count)
        {
            // Nothing with Unicode was drawn (e.g. glyphs of a font without a mapping): place the text where the
            // sequence began, as wide as the text position moved.
            var font = gs.Font;
            var (x, y) = TextOrigin();
            var size = Math.Abs(marked.FontSize) * Math.Sqrt((gs.Ctm.C * gs.Ctm.C) + (gs.Ctm.D * gs.Ctm.D));
            if (font is not null && marked.ActualText!.Length > 0 && size > 0.01)
            {
                var moved = Math.Sqrt(((x - marked.Origin.X) * (x - marked.Origin.X)) + ((y - marked.Origin.Y) * (y - marked.Origin.Y)));
                glyphs.Add(new TextGlyph(marked.ActualText, marked.Origin.X, marked.Origin.Y, moved, size, 0, font, 0));
            }

            return;
        }

        var first = glyphs[marked.FirstGlyph];
        var last = glyphs[^1];
        var width = Math.Max(first.Width, last.X + last.Width - first.X);
        glyphs.RemoveRange(marked.FirstGlyph, glyphs.Count - marked.FirstGlyph);
        if (marked.ActualText!.Length > 0)
        {
            glyphs.Add(first with { Text = marked.ActualText, Width = width, Spacing = last.Spacing });
        }
    }

    /// <summary>The current text position in display space.</summary>
    private (double X, double Y) TextOrigin()
    {
        var m = textMatrix.Multiply(gs.Ctm);
        return (m.E, m.F);
    }

    private void MoveLine(double tx, double ty)
    {
        lineMatrix = Matrix.Translation(tx, ty).Multiply(lineMatrix);
        textMatrix = lineMatrix;
    }

    private void ShowArray()
    {
        // The array's elements are the operands after the last '['.
        var start = operandCount - 1;
        while (start >= 0 && operands[start].Kind != ContentTokenKind.ArrayStart)
        {
            start--;
        }

        for (var i = start + 1; i < operandCount; i++)
        {
            var op = operands[i];
            if (op.Kind == ContentTokenKind.LiteralString)
            {
                ShowString(op);
            }
            else if (op.Kind == ContentTokenKind.Number)
            {
                // A kerning adjustment: a translation of −n/1000 em, scaled horizontally.
                var tx = -op.Number / 1000.0 * gs.FontSize * gs.HorizontalScale;
                if (gs.Font?.IsVertical == true)
                {
                    textMatrix = Matrix.Translation(0, -op.Number / 1000.0 * gs.FontSize).Multiply(textMatrix);
                }
                else
                {
                    textMatrix = Matrix.Translation(tx, 0).Multiply(textMatrix);
                }
            }
        }
    }

    private void ShowString(in Operand op)
    {
        var font = gs.Font ?? SelectFallbackFont();

        var bytes = scratch.AsSpan(op.Start, op.Length);
        var size = gs.FontSize;
        var hScale = gs.HorizontalScale;
        var vertical = font.IsVertical;
        var trm = textMatrix.Multiply(gs.Ctm);
        var placement = GlyphPlacement.For(trm, size * font.SizeScale, vertical);
        var rise = gs.Rise;
        var pos = 0;
        while (pos < bytes.Length && !stopped)
        {
            var used = font.ReadCode(bytes, pos, out var code);
            pos += used;
            var glyph = font.GetGlyph(code);
            var isWordSpace = used == 1 && code == 32;
            var spacing = gs.CharSpacing + (isWordSpace ? gs.WordSpacing : 0);

            // The glyph's own advance (no Tc/Tw) in text space, and the full displacement.
            double advance, displacement;
            if (vertical)
            {
                advance = size;
                displacement = size + spacing;
            }
            else
            {
                advance = glyph.Width * size * hScale;
                displacement = ((glyph.Width * size) + spacing) * hScale;
            }

            if (glyph.Text is null)
            {
                ReportNoUnicode(font);
            }
            else if (glyph.Text.Length > 0 && placement.IsDrawable)
            {
                var x = (trm.C * rise) + trm.E;
                var y = (trm.D * rise) + trm.F;
                Emit(glyph.Text, x, y, Math.Abs(advance) * placement.BaseScale, spacing * (vertical ? 1 : hScale) * placement.BaseScale, font, placement);
            }

            if (vertical)
            {
                textMatrix = Matrix.Translation(0, -displacement).Multiply(textMatrix);
                trm = new Matrix(trm.A, trm.B, trm.C, trm.D, trm.E - (displacement * trm.C), trm.F - (displacement * trm.D));
            }
            else
            {
                textMatrix = new Matrix(textMatrix.A, textMatrix.B, textMatrix.C, textMatrix.D, textMatrix.E + (displacement * textMatrix.A), textMatrix.F + (displacement * textMatrix.B));
                trm = new Matrix(trm.A, trm.B, trm.C, trm.D, trm.E + (displacement * trm.A), trm.F + (displacement * trm.B));
            }
        }
    }

    // The rare paths of ShowString are methods of their own (NoInlining): their warnings' string building would
    // otherwise add temporaries that the loop's frame clears on every string shown.

    /// <summary>Text shown before any font was selected: Helvetica metrics, with a warning.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private PdfFont SelectFallbackFont()
    {
        var font = fonts.Fallback;
        gs.Font = font;
        if (gs.FontSize == 0)
        {
            gs.FontSize = 12;
        }

        Warn("font-missing", "text was shown before any font was selected; Helvetica metrics assumed");
        return font;
    }

    /// <summary>Warns, once per font, that codes without Unicode were drawn and left out.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ReportNoUnicode(PdfFont font)
    {
        if (reportedFonts.Add(font))
        {
            if (font.LacksUnicode)
            {
                Warn("font-no-unicode", $"font {font.Name} has no Unicode mapping (no /ToUnicode and no usable encoding); its text is omitted");
            }
            else
            {
                Warn("glyph-no-unicode", $"font {font.Name}: some character codes have no Unicode mapping; they are omitted");
            }
        }
    }

    /// <summary>Adds a glyph (inlined into <see cref="ShowString"/>'s loop; the rare limit warning is a call of its own).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Emit(string text, double x, double y, double width, double spacing, PdfFont font, in GlyphPlacement placement)
    {
        if (double.IsNaN(x) || double.IsNaN(y))
        {
            return;
        }

        if (output.Glyphs.Count >= MaxGlyphs)
        {
            StopAtGlyphLimit();
            return;
        }

        output.Glyphs.Add(new TextGlyph(text, x, y, width, placement.FontSize, spacing, font, placement.Direction));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void StopAtGlyphLimit()
    {
        Warn("glyph-limit", $"the page draws more than {MaxGlyphs} glyphs; interpretation stopped there");
        stopped = true;
    }

    private void DrawXObject(ReadOnlySpan<byte> name, ResourceFrame frame)
    {
        var xobject = frame.GetXObject(name, resolver, out var key);
        if (xobject is not PdfStream form || resolver.GetName(form, "Subtype") != "Form")
        {
            return;
        }

        if (formStack.Count >= options.MaxFormDepth)
        {
            Warn("form-depth", $"form XObjects nested deeper than {options.MaxFormDepth}; the deeper ones are skipped");
            return;
        }

        if (key is not null && formStack.Contains(key))
        {
            Warn("form-cycle", "a form XObject draws itself; the cycle is cut");
            return;
        }

        byte[] bytes;
        try
        {
            bytes = resolver.DecodeStream(form);
        }
        catch (PdfException ex) when (ex is not PdfLimitExceededException)
        {
            Warn("form-broken", "a form XObject could not be decoded: " + ex.Message);
            return;
        }

        // Forms run with their own operand and state context; the caller's state is restored afterwards.
        var savedOperands = operands;
        var savedCount = operandCount;
        var savedScratch = scratch;
        var savedScratchLength = scratchLength;
        var savedGs = gs;
        var savedText = textMatrix;
        var savedLine = lineMatrix;
        var savedStackCount = stack.Count;
        operands = new Operand[64];
        scratch = new byte[256];
        if (Matrix.FromArray(resolver.GetNumbers(form, "Matrix")) is { } m)
        {
            gs.Ctm = m.Multiply(gs.Ctm);
        }

        formStack.Add(key ?? form);
        var formResources = resolver.GetAs<PdfDictionary>(form, "Resources") ?? frame.Resources;
        Execute(bytes, new ResourceFrame(formResources) { StackBase = stack.Count });
        formStack.RemoveAt(formStack.Count - 1);

        if (stack.Count > savedStackCount)
        {
            stack.RemoveRange(savedStackCount, stack.Count - savedStackCount);
        }

        operands = savedOperands;
        operandCount = savedCount;
        scratch = savedScratch;
        scratchLength = savedScratchLength;
        gs = savedGs;
        textMatrix = savedText;
        lineMatrix = savedLine;
    }

    private void AddRectangle(double x, double y, double w, double h)
    {
        var (x1, y1) = gs.Ctm.Transform(x, y);
        var (x2, y2) = gs.Ctm.Transform(x + w, y + h);
        if (pendingPath.Count < 1000)
        {
            pendingPath.Add(new Rule(Math.Min(x1, x2), Math.Min(y1, y2), Math.Max(x1, x2), Math.Max(y1, y2)));
        }
    }

    private void CommitPath()
    {
        foreach (var r in pendingPath)
        {
            if ((r.IsHorizontal || r.IsVertical) && output.Rules.Count < MaxRules)
            {
                output.Rules.Add(r);
            }
        }

        pendingPath.Clear();
    }

    private static void SkipInlineImage(ref ContentLexer lexer)
    {
        // Skip the image dictionary up to ID, then the binary data up to an EI that stands alone.
        while (true)
        {
            var k = lexer.Next();
            if (k == ContentTokenKind.End)
            {
                return;
            }

            if (k == ContentTokenKind.Keyword && lexer.Token.SequenceEqual("ID"u8))
            {
                break;
            }
        }

        var data = lexer.Data;
        var i = lexer.Position + 1;
        while (i + 1 < data.Length)
        {
            if (data[i] == 'E' && data[i + 1] == 'I' && ContentLexer.IsWhite(data[i - 1])
                && (i + 2 >= data.Length || ContentLexer.IsWhite(data[i + 2]) || ContentLexer.IsDelimiter(data[i + 2])))
            {
                lexer.Position = i + 2;
                return;
            }

            i++;
        }

        lexer.Position = data.Length;
    }

    /// <summary>
    /// What every glyph of one shown string shares: the text rendering matrix changes only its translation from glyph
    /// to glyph, so the scales along and across the baseline, the direction and the display font size are worked out
    /// once per string rather than once per glyph.
    /// </summary>
    /// <param name="BaseScale">The length of a text-space unit along the baseline, in display space.</param>
    /// <param name="FontSize">The font size in display space.</param>
    /// <param name="Direction">The baseline direction in quarter turns (see <see cref="TextGlyph.Direction"/>).</param>
    private readonly record struct GlyphPlacement(double BaseScale, double FontSize, int Direction)
    {
        /// <summary>Whether glyphs of this size are drawn at all (not degenerate, not infinite).</summary>
        public bool IsDrawable => !(FontSize < 0.01 || double.IsNaN(FontSize) || double.IsInfinity(FontSize));

        /// <summary>The placement under text rendering matrix <paramref name="trm"/> for a (scaled) font size.</summary>
        public static GlyphPlacement For(in Matrix trm, double size, bool vertical)
        {
            // Scale of text space along the baseline and across it, in display space.
            var baseLen = Math.Sqrt((trm.A * trm.A) + (trm.B * trm.B));
            var upLen = Math.Sqrt((trm.C * trm.C) + (trm.D * trm.D));
            int direction;
            if (vertical)
            {
                direction = 3;
            }
            else if (Math.Abs(trm.A) >= Math.Abs(trm.B))
            {
                direction = trm.A >= 0 ? 0 : 2;
            }
            else
            {
                direction = trm.B > 0 ? 1 : 3;
            }

            // A mirrored matrix (y flipped, as some producers write) still reads upright when the up vector points down.
            return new GlyphPlacement(baseLen, Math.Abs(size) * upLen, direction);
        }
    }

    private struct GraphicsState
    {
        public Matrix Ctm;
        public PdfFont? Font;
        public double FontSize;
        public double CharSpacing;
        public double WordSpacing;
        public double HorizontalScale;
        public double Leading;
        public double Rise;
        public int RenderMode;
    }

    private readonly record struct Operand(ContentTokenKind Kind, double Number, int Start, int Length);

    /// <summary>An open marked-content sequence: its /ActualText (if any) and the first glyph drawn inside it.</summary>
    private readonly record struct MarkedContent(string? ActualText, int FirstGlyph, (double X, double Y) Origin, double FontSize);

    /// <summary>The resources in effect for one content stream (page or form), with per-stream name caches.</summary>
    private sealed class ResourceFrame
    {
        private byte[]? lastFontName;
        private PdfFont? lastFont;
        private Dictionary<string, PdfFont>? fontsByName;

        public ResourceFrame(PdfDictionary? resources) => Resources = resources;

        public PdfDictionary? Resources { get; }

        /// <summary>The graphics-state stack depth when this stream started: a form's Q cannot pop its caller's states.</summary>
        public int StackBase { get; init; }

        public PdfFont GetFont(ReadOnlySpan<byte> name, IPdfObjectResolver resolver, FontFactory fonts, Action<string, string> warn)
        {
            // Tf is frequent and usually repeats the last name; avoid building a string for it.
            if (lastFont is not null && lastFontName is not null && name.SequenceEqual(lastFontName))
            {
                return lastFont;
            }

            var key = Encoding.Latin1.GetString(name);
            fontsByName ??= new Dictionary<string, PdfFont>(StringComparer.Ordinal);
            if (!fontsByName.TryGetValue(key, out var font))
            {
                var fontDict = resolver.GetAs<PdfDictionary>(Resources, "Font");
                font = fonts.Get(fontDict?.Get(key), warn);
                fontsByName[key] = font;
            }

            lastFontName = name.ToArray();
            lastFont = font;
            return font;
        }

        public PdfObject? GetXObject(ReadOnlySpan<byte> name, IPdfObjectResolver resolver, out PdfObject? key)
        {
            var xobjects = resolver.GetAs<PdfDictionary>(Resources, "XObject");
            key = xobjects?.Get(Encoding.Latin1.GetString(name));
            return key is null ? null : resolver.Resolve(key);
        }
    }
}
