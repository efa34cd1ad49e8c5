using ReportMiner.Pdf.Objects;
using ReportMiner.Pdf.Parsing;

namespace ReportMiner.Pdf.Document;

/// <summary>
/// Walks the page tree (§7.7.3) into a flat page list, resolving the inheritable attributes /Resources,
/// /MediaBox, /CropBox and /Rotate. The walk is iterative with a visited set and a depth bound, so a tree
/// whose /Kids loop back ends with a warning. When the tree yields no page at all, every /Type/Page object
/// of the file is taken instead, in object-number order.
/// </summary>
internal sealed class PageTreeBuilder
{
    private readonly PdfFile _file;
    private readonly ObjectStore _store;
    private readonly PdfDiagnostics _diagnostics;
    private readonly int _maxDepth;

    public PageTreeBuilder(PdfFile file, ObjectStore store, PdfDiagnostics diagnostics, int maxDepth)
    {
        _file = file;
        _store = store;
        _diagnostics = diagnostics;
        _maxDepth = maxDepth;
    }

    private readonly record struct Inherited(PdfObject? Resources, PdfObject? MediaBox, PdfObject? CropBox, PdfObject? Rotate)
    {
        public Inherited With(PdfDictionary node) => new(
            node.Get("Resources") ?? Resources,
            node.Get("MediaBox") ?? MediaBox,
            node.Get("CropBox") ?? CropBox,
            node.Get("Rotate") ?? Rotate);
    }

    public List<PdfPageObject> Build(PdfDictionary catalog)
    {
        var pages = new List<PdfPageObject>();
        var visited = new HashSet<PdfDictionary>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(PdfDictionary Node, Inherited Inherited, int Depth)>();
        if (_store.Resolve(catalog.Get("Pages")) is PdfDictionary root)
        {
            stack.Push((root, default, 0));
        }

        while (stack.Count > 0)
        {
            var (node, inherited, depth) = stack.Pop();
            if (!visited.Add(node))
            {
                _diagnostics.Repair("page-tree-loop", "The page tree refers to the same node twice (a loop or a shared page); the repeat was skipped.");
                continue;
            }

            var attributes = inherited.With(node);
            var type = (_store.Resolve(node.Get("Type")) as PdfName)?.Value;
            if (type != "Page" && _store.Resolve(node.Get("Kids")) is PdfArray kids)
            {
                if (depth >= _maxDepth)
                {
                    _diagnostics.Repair("page-tree-deep", $"The page tree is more than {_maxDepth} levels deep (PdfReadOptions.MaxObjectDepth); deeper pages were skipped.");
                    continue;
                }

                for (var i = kids.Count - 1; i >= 0; i--)
                {
                    if (_store.Resolve(kids[i]) is PdfDictionary kid)
                    {
                        stack.Push((kid, attributes, depth + 1));
                    }
                    else
                    {
                        _diagnostics.Repair("page-tree-damaged", $"A page-tree /Kids entry ({kids[i]}) is not a dictionary; it was skipped.");
                    }
                }

                continue;
            }

            if (type is "Pages")
            {
                continue; // an intermediate node without kids: an empty subtree
            }

            pages.Add(CreatePage(pages.Count + 1, node, attributes));
        }

        if (pages.Count == 0 && _diagnostics.Lenient)
        {
            FindPagesByScanning(pages);
        }

        return pages;
    }

    private void FindPagesByScanning(List<PdfPageObject> pages)
    {
        foreach (var number in _store.AllObjectNumbers())
        {
            if (_store.Load(number) is PdfDictionary d and not PdfStream && (_store.Resolve(d.Get("Type")) as PdfName)?.Value == "Page")
            {
                var inherited = default(Inherited);
                if (_store.Resolve(d.Get("Parent")) is PdfDictionary parent)
                {
                    inherited = inherited.With(parent);
                }

                pages.Add(CreatePage(pages.Count + 1, d, inherited.With(d)));
            }
        }

        if (pages.Count > 0)
        {
            _diagnostics.Repair("page-tree-damaged", $"The page tree gives no pages; {pages.Count} page objects were found by scanning and taken in object order.");
        }
    }

    private PdfPageObject CreatePage(int number, PdfDictionary page, Inherited attributes)
    {
        var resources = _store.Resolve(attributes.Resources) as PdfDictionary ?? new PdfDictionary(new Dictionary<string, PdfObject>());
        var mediaBox = Rectangle(attributes.MediaBox);
        if (mediaBox is not { Width: > 0, Height: > 0 })
        {
            _diagnostics.Repair("mediabox-missing", "The page has no usable /MediaBox; US Letter was assumed.", number);
            mediaBox = PdfRectangle.Letter;
        }

        var cropBox = Rectangle(attributes.CropBox);
        var rotate = _store.Resolve(attributes.Rotate) is PdfNumber r ? NormaliseRotation(r.Value) : 0;
        return new PdfPageObject(_file, number, page, resources, mediaBox.Value, cropBox, rotate);
    }

    /// <summary>Rotation must be a multiple of 90; other values are rounded, negatives brought into 0–359.</summary>
    private static int NormaliseRotation(double degrees)
    {
        var quarter = (long)Math.Round(degrees / 90.0) % 4;
        return (int)((quarter + 4) % 4) * 90;
    }

    private PdfRectangle? Rectangle(PdfObject? value)
    {
        if (_store.Resolve(value) is not PdfArray { Count: >= 4 } array)
        {
            return null;
        }

        Span<double> v = stackalloc double[4];
        for (var i = 0; i < 4; i++)
        {
            if (_store.Resolve(array[i]) is not PdfNumber n || !double.IsFinite(n.Value))
            {
                return null;
            }

            v[i] = n.Value;
        }

        return PdfRectangle.FromCorners(v[0], v[1], v[2], v[3]);
    }
}
