using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ReportMiner.Documents;

namespace ReportMiner.Loading.Html;

/// <summary>
/// Turns the main content of a page into blocks, in document order, with one explicit stack instead of
/// recursion (a page nested thousands deep must not overflow the call stack).
/// <list type="bullet">
/// <item>Headings, paragraphs and list items become blocks of their kind; a nested list is flattened in order
/// (the outer item's text before the inner list is one item, its text after is another).</item>
/// <item>Text a block element holds directly (a <c>&lt;div&gt;</c> of bare text) is a paragraph of its own.</item>
/// <item>Inline elements join their text without spaces, as a browser shows them; <c>&lt;br&gt;</c> is a line
/// break, and two in a row end the paragraph (old pages separate paragraphs that way).</item>
/// <item>Data tables become one row block per <c>&lt;tr&gt;</c> with cells kept apart; layout tables (holding
/// headings or tables) are read through as ordinary blocks. A <c>&lt;dl&gt;</c> becomes one row per term
/// group: the term(s), then the description(s).</item>
/// <item>Paragraphs inside a <c>&lt;blockquote&gt;</c> are <see cref="BlockKind.Quotation"/> blocks.</item>
/// </list>
/// </summary>
internal sealed partial class HtmlBlockWalker
{
    /// <summary>The blank line the builder puts between blocks, counted so the text limit holds for the whole text.</summary>
    private const int BlockSeparatorLength = 2;

    private readonly MainContent _content;
    private readonly ReportDocumentBuilder _builder;
    private readonly int _maxTextLength;
    private readonly StringBuilder _run = new();
    private readonly Stack<BlockContext> _contexts = new();
    private int _emitted;
    private int _breaks;
    private bool _truncated;

    private HtmlBlockWalker(MainContent content, ReportDocumentBuilder builder, int maxTextLength)
    {
        _content = content;
        _builder = builder;
        _maxTextLength = maxTextLength;
    }

    /// <summary>Adds the blocks of <paramref name="content"/> to <paramref name="builder"/>.</summary>
    /// <returns>Whether the text was cut short at <paramref name="maxTextLength"/> characters.</returns>
    public static bool Walk(MainContent content, ReportDocumentBuilder builder, int maxTextLength)
    {
        var walker = new HtmlBlockWalker(content, builder, maxTextLength);
        walker.Run();
        return walker._truncated;
    }

    private void Run()
    {
        _contexts.Push(new BlockContext(BlockKind.Paragraph, 0));
        // AngleSharp finds a node's sibling by searching its parent's child list, so walking siblings is
        // quadratic in the number of children; every walk here indexes ChildNodes instead.
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((_content.Root, false));
        while (stack.Count > 0 && !_truncated)
        {
            var (node, exit) = stack.Pop();
            if (exit)
            {
                Leave((IElement)node);
                continue;
            }

            if (node is IText text)
            {
                AppendText(text.Data);
                continue;
            }

            if (node is not IElement element || (element != _content.Root && _content.IsSkipped(element)))
            {
                continue;
            }

            if (!Enter(element))
            {
                continue;
            }

            stack.Push((element, true));
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push((children[i], false));
            }
        }

        Flush();
    }

    /// <summary>Handles an element's start tag.</summary>
    /// <returns>Whether its children are still to be walked.</returns>
    private bool Enter(IElement element)
    {
        var name = element.LocalName;
        switch (name)
        {
            case "br":
                AppendBreak();
                return false;
            case "hr":
                Flush();
                return false;
            case "img" or "wbr" or "area" or "track" or "source":
                return false;
            case "q":
                // Browsers draw quotation marks around <q>; quote extraction needs them in the text.
                AppendText("\u201C");
                return true;
            case "table" when element is IHtmlTableElement table && !IsLayoutTable(table):
                Flush();
                EmitTable(table);
                return false;
            case "dl":
                Flush();
                EmitDefinitionList(element);
                return false;
            case "pre" or "listing" or "xmp" or "plaintext":
                Flush();
                EmitPreformatted(element);
                return false;
        }

        if (HtmlElementKinds.IsBlock(name))
        {
            Flush();
            if (GluedCells(element) is { } cells)
            {
                AddRow(cells);
                return false;
            }

            _contexts.Push(ContextFor(name, _contexts.Peek()));
        }

        return true;
    }

    /// <summary>
    /// The cells of a block made only of inline elements set side by side with nothing between them, each a whole
    /// word or phrase (<c>&lt;span class="area"&gt;Standards&lt;/span&gt;&lt;span class="grade"&gt;Adequate&lt;/span&gt;</c>): a
    /// page's style lays such pieces out apart, as a label and its value, where their text alone would run together
    /// ("StandardsAdequate"). Null for any other block.
    /// </summary>
    private List<string>? GluedCells(IElement block)
    {
        var children = block.ChildNodes;
        if (children.Length is < 2 or > 12)
        {
            return null;
        }

        var cells = new List<string>();
        var glued = true;
        INode? previous = null;
        foreach (var child in children)
        {
            if (child is IText text)
            {
                if (!string.IsNullOrWhiteSpace(text.Data))
                {
                    return null;
                }

                previous = child;
                continue;
            }

            if (child is not IElement e || HtmlElementKinds.IsBlock(e.LocalName) || e.LocalName is "br" or "img" or "q" || e.QuerySelector("*") is not null)
            {
                return null;
            }

            var cell = CollectText(e, keepLines: false).Trim();
            if (cell.Length == 0)
            {
                return null;
            }

            if (cells.Count > 0)
            {
                // Each piece runs into the one before it, and starts as a new phrase does.
                glued &= previous is IElement && char.IsLetterOrDigit(cells[^1][^1]) && (char.IsUpper(cell[0]) || char.IsDigit(cell[0]));
            }

            cells.Add(cell);
            previous = child;
        }

        return glued && cells.Count >= 2 ? cells : null;
    }

    /// <summary>Handles an element's end tag.</summary>
    private void Leave(IElement element)
    {
        if (element.LocalName == "q")
        {
            AppendText("\u201D");
        }
        else if (HtmlElementKinds.IsBlock(element.LocalName))
        {
            Flush();
            _contexts.Pop();
        }
    }

    private static BlockContext ContextFor(string name, BlockContext parent)
    {
        var level = HtmlElementKinds.HeadingLevel(name);
        if (level > 0)
        {
            return new BlockContext(BlockKind.Heading, level);
        }

        return name switch
        {
            "li" => new BlockContext(BlockKind.ListItem, 0),
            "blockquote" => new BlockContext(BlockKind.Quotation, 0),
            _ => parent,
        };
    }

    private void AppendText(string text)
    {
        foreach (var c in text)
        {
            if (HtmlElementKinds.IsInvisible(c))
            {
                continue;
            }

            if (!char.IsWhiteSpace(c))
            {
                _breaks = 0;
            }

            _run.Append(c);
        }

        if (_emitted + _run.Length + BlockSeparatorLength > _maxTextLength)
        {
            _run.Length = Math.Max(0, _maxTextLength - _emitted - BlockSeparatorLength);
            Flush();
            _truncated = true;
        }
    }

    private void AppendBreak()
    {
        if (++_breaks >= 2)
        {
            Flush();
            return;
        }

        _run.Append('\n');
    }

    /// <summary>Ends the current run of inline text as a block of the innermost context's kind.</summary>
    private void Flush()
    {
        _breaks = 0;
        if (_run.Length == 0)
        {
            return;
        }

        var text = _run.ToString();
        _run.Clear();
        var context = _contexts.Peek();
        Add(context.Kind, text, context.Level);
    }

    private void Add(BlockKind kind, string text, int level = 0)
    {
        if (_truncated)
        {
            return;
        }

        _builder.Add(kind, text, level: level);
        _emitted += text.Length + BlockSeparatorLength;
        _truncated = _emitted >= _maxTextLength;
    }

    private void AddRow(List<string> cells)
    {
        if (_truncated || cells.Count == 0)
        {
            return;
        }

        _builder.AddRow(cells);
        _emitted += cells.Sum(c => c.Length + 1) + BlockSeparatorLength;
        _truncated = _emitted >= _maxTextLength;
    }

    /// <summary>
    /// A table that holds headings or other tables is page layout, not data: old sites lay out whole pages so.
    /// Reading it as rows would glue a page of prose into one cell.
    /// </summary>
    private bool IsLayoutTable(IHtmlTableElement table)
    {
        var role = table.GetAttribute("role");
        if (role is "presentation" or "none")
        {
            return true;
        }

        var stack = new Stack<IElement>();
        var top = table.ChildNodes;
        for (var i = top.Length - 1; i >= 0; i--)
        {
            if (top[i] is not IElement child)
            {
                continue;
            }

            stack.Push(child);
        }

        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (_content.IsSkipped(element))
            {
                continue;
            }

            if (element.LocalName is "table" or "main" or "article" or "blockquote" || HtmlElementKinds.HeadingLevel(element.LocalName) > 0)
            {
                return true;
            }

            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is not IElement child)
                {
                    continue;
                }

                stack.Push(child);
            }
        }

        return false;
    }

    private void EmitTable(IHtmlTableElement table)
    {
        if (table.Caption is { } caption && !_content.IsSkipped(caption))
        {
            Add(_contexts.Peek().Kind, CollectText(caption, keepLines: false));
        }

        foreach (var row in table.Rows)
        {
            if (_content.IsSkipped(row))
            {
                continue;
            }

            var cells = new List<string>();
            foreach (var cell in row.Cells)
            {
                if (!_content.IsSkipped(cell))
                {
                    cells.Add(CollectText(cell, keepLines: false));
                }
            }

            AddRow(cells);
        }
    }

    /// <summary>Emits one row per group of terms and their descriptions (<c>&lt;dt&gt;Overall&lt;/dt&gt;&lt;dd&gt;Good&lt;/dd&gt;</c>
    /// gives the row "Overall | Good"). A <c>&lt;div&gt;</c> wrapping a group, as HTML allows, is looked through.</summary>
    private void EmitDefinitionList(IElement list)
    {
        var terms = new List<string>();
        var descriptions = new List<string>();
        foreach (var item in DefinitionItems(list))
        {
            if (item.LocalName == "dt")
            {
                if (descriptions.Count > 0)
                {
                    EmitGroup(terms, descriptions);
                }

                terms.Add(CollectText(item, keepLines: false));
            }
            else
            {
                descriptions.Add(CollectText(item, keepLines: false));
            }
        }

        EmitGroup(terms, descriptions);
    }

    private void EmitGroup(List<string> terms, List<string> descriptions)
    {
        var cells = new List<string>(terms.Count + descriptions.Count);
        cells.AddRange(terms);
        cells.AddRange(descriptions);
        AddRow(cells);
        terms.Clear();
        descriptions.Clear();
    }

    private IEnumerable<IElement> DefinitionItems(IElement list)
    {
        foreach (var child in list.Children)
        {
            if (_content.IsSkipped(child))
            {
                continue;
            }

            if (child.LocalName is "dt" or "dd")
            {
                yield return child;
            }
            else if (child.LocalName == "div")
            {
                foreach (var inner in child.Children)
                {
                    if (inner.LocalName is "dt" or "dd" && !_content.IsSkipped(inner))
                    {
                        yield return inner;
                    }
                }
            }
        }
    }

    /// <summary>Preformatted text keeps its line breaks in the source, so its blank lines are read as paragraph breaks.</summary>
    private void EmitPreformatted(IElement element)
    {
        var kind = _contexts.Peek().Kind == BlockKind.Quotation ? BlockKind.Quotation : BlockKind.Paragraph;
        foreach (var paragraph in BlankLine().Split(CollectText(element, keepLines: true)))
        {
            Add(kind, paragraph);
        }
    }

    /// <summary>The text under <paramref name="root"/>, with a space (or a line break) wherever a block or
    /// <c>&lt;br&gt;</c> separates words, and nothing where inline tags do.</summary>
    private string CollectText(IElement root, bool keepLines)
    {
        var separator = keepLines ? '\n' : ' ';
        var text = new StringBuilder();
        var stack = new Stack<(INode Node, bool Exit)>();
        var top = root.ChildNodes;
        for (var i = top.Length - 1; i >= 0; i--)
        {
            stack.Push((top[i], false));
        }

        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (exit)
            {
                text.Append(((IElement)node).LocalName == "q" ? '\u201D' : separator);
                continue;
            }

            if (node is IText t)
            {
                foreach (var c in t.Data)
                {
                    if (!HtmlElementKinds.IsInvisible(c))
                    {
                        text.Append(c);
                    }
                }

                continue;
            }

            if (node is not IElement element || _content.IsSkipped(element))
            {
                continue;
            }

            var name = element.LocalName;
            if (name == "br")
            {
                text.Append(separator);
                continue;
            }

            var isBlock = HtmlElementKinds.IsBlock(name);
            if (isBlock)
            {
                text.Append(separator);
            }

            if (name == "q")
            {
                text.Append('\u201C');
            }

            if (isBlock || name == "q")
            {
                stack.Push((element, true));
            }

            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push((children[i], false));
            }
        }

        return text.ToString();
    }

    [GeneratedRegex(@"\n[ \t\r\f\u00A0]*\n", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BlankLine();

    private readonly record struct BlockContext(BlockKind Kind, int Level);
}
