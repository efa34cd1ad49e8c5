using System.Text;

namespace ReportMiner.Documents;

/// <summary>
/// Builds a <see cref="ReportDocument"/> from blocks, for loaders whose document text is made from the
/// blocks (HTML, PDF): it joins them with blank lines and records each block's span, so the invariants of
/// <see cref="Block"/> hold by construction.
/// </summary>
public sealed class ReportDocumentBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<Block> _blocks = [];
    private readonly List<ReportWarning> _warnings = [];
    private int? _lastPage;

    /// <summary>The number of blocks added so far.</summary>
    public int Count => _blocks.Count;

    /// <summary>Adds a block. Text is trimmed and its white space folded; an empty block is ignored.</summary>
    /// <returns>This builder.</returns>
    public ReportDocumentBuilder Add(BlockKind kind, string text, int? page = null, int level = 0, IReadOnlyList<string>? cells = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = FoldWhiteSpace(text);
        if (folded.Length == 0)
        {
            return this;
        }

        if (_text.Length > 0)
        {
            _text.Append(page is not null && _lastPage is not null && page != _lastPage ? "\n\f\n" : "\n\n");
        }

        var start = _text.Length;
        _text.Append(folded);
        _lastPage = page;
        _blocks.Add(new Block
        {
            Kind = kind,
            Text = folded,
            Span = new SourceSpan(start, folded.Length, page),
            Level = level,
            Cells = cells ?? [],
        });
        return this;
    }

    /// <summary>Adds a table row whose cells are joined by tabs in the text.</summary>
    /// <returns>This builder.</returns>
    public ReportDocumentBuilder AddRow(IReadOnlyList<string> cells, int? page = null)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var folded = cells.Select(FoldWhiteSpace).ToArray();
        if (folded.All(c => c.Length == 0))
        {
            return this;
        }

        return Add(BlockKind.TableRow, string.Join('\t', folded), page, 0, folded);
    }

    /// <summary>Records a warning met while loading.</summary>
    /// <returns>This builder.</returns>
    public ReportDocumentBuilder Warn(ReportWarning warning)
    {
        _warnings.Add(warning);
        return this;
    }

    /// <summary>Makes the document.</summary>
    public ReportDocument Build(DocumentSource source, DocumentFormat format, DocumentMetadata? metadata = null) =>
        new(source, format, _text.ToString(), _blocks.ToArray(), metadata, _warnings.ToArray());

    /// <summary>Trims and folds runs of white space (but keeps tabs between cells) into single spaces.</summary>
    internal static string FoldWhiteSpace(string text)
    {
        if (IsFolded(text))
        {
            // Text from the PDF layout (words joined by single spaces) is usually folded already.
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c == '\t')
            {
                sb.Append('\t');
                pendingSpace = false;
            }
            else if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                pendingSpace = sb.Length > 0 && sb[^1] != '\t';
            }
            else
            {
                if (pendingSpace)
                {
                    sb.Append(' ');
                }

                pendingSpace = false;
                sb.Append(c);
            }
        }

        return sb.ToString().Trim();
    }

    /// <summary>
    /// Whether folding would give <paramref name="text"/> back unchanged: no white space at either end, and no white
    /// space inside but tabs and single spaces between two characters that are neither white space nor tabs.
    /// </summary>
    private static bool IsFolded(string text)
    {
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
        {
            return false;
        }

        for (var i = 1; i < text.Length - 1; i++)
        {
            var c = text[i];
            if (c != '\t' && char.IsWhiteSpace(c) && (c != ' ' || char.IsWhiteSpace(text[i - 1]) || char.IsWhiteSpace(text[i + 1])))
            {
                return false;
            }
        }

        return true;
    }
}
