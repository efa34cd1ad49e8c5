using ReportMiner.Pdf.Objects;

namespace ReportMiner.Pdf.Document;

/// <summary>
/// One page of a <see cref="PdfFile"/> as the object layer sees it: its dictionary, with the inheritable
/// attributes (/Resources, /MediaBox, /CropBox, /Rotate) already looked up through the page tree.
/// </summary>
public sealed class PdfPageObject
{
    private readonly PdfFile _file;

    internal PdfPageObject(PdfFile file, int number, PdfDictionary dictionary, PdfDictionary resources, PdfRectangle mediaBox, PdfRectangle? cropBox, int rotate)
    {
        _file = file;
        Number = number;
        Dictionary = dictionary;
        Resources = resources;
        MediaBox = mediaBox;
        CropBox = cropBox;
        Rotate = rotate;
    }

    /// <summary>The 1-based page number, in page-tree order.</summary>
    public int Number { get; }

    /// <summary>The page dictionary (values unresolved).</summary>
    public PdfDictionary Dictionary { get; }

    /// <summary>The page's resource dictionary, inherited from an ancestor where the page has none; empty when there is none at all.</summary>
    public PdfDictionary Resources { get; }

    /// <summary>The media box (inherited where needed); US Letter when the file gives no usable one.</summary>
    public PdfRectangle MediaBox { get; }

    /// <summary>The crop box (inherited where needed), or <c>null</c> when the file gives none.</summary>
    public PdfRectangle? CropBox { get; }

    /// <summary>The page rotation in degrees clockwise: 0, 90, 180 or 270.</summary>
    public int Rotate { get; }

    /// <summary>
    /// Decodes every /Contents stream of the page and concatenates them with a newline between them, so that a
    /// content-stream lexer sees one stream. A stream that cannot be decoded is skipped with a warning.
    /// </summary>
    public byte[] GetContentBytes() => _file.GetPageContentBytes(this);
}
