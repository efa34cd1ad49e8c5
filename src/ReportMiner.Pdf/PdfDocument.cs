using ReportMiner.Pdf.Content;
using ReportMiner.Pdf.Document;
using ReportMiner.Pdf.Fonts;
using ReportMiner.Pdf.Layout;
using ReportMiner.Pdf.Objects;
using ReportMiner.Pdf.Text;

namespace ReportMiner.Pdf;

/// <summary>
/// A PDF opened for text extraction: page text with layout (reading order, headers and footers, tables) and
/// document metadata. Pages are analysed on first request and cached. Not thread-safe.
/// </summary>
/// <example>
/// <code>
/// using var doc = PdfDocument.Open(File.ReadAllBytes("report.pdf"));
/// foreach (var block in doc.GetPage(1).Blocks) { Console.WriteLine($"{block.Kind}: {block.Text}"); }
/// string all = doc.GetText();
/// </code>
/// </example>
public sealed class PdfDocument : IDisposable
{
    private readonly PdfFile file;
    private readonly PdfReadOptions options;
    private readonly FontFactory fonts;
    private readonly PdfPageText?[] pages;
    private readonly PageContent pageContent = new();
    private PdfDocumentInfo? info;
    private bool disposed;

    private PdfDocument(PdfFile file, PdfReadOptions options)
    {
        this.file = file;
        this.options = options;
        fonts = new FontFactory(file);
        pages = new PdfPageText?[file.Pages.Count];
    }

    /// <summary>The number of pages.</summary>
    public int PageCount => pages.Length;

    /// <summary>The document information dictionary.</summary>
    public PdfDocumentInfo Info => info ??= ReadInfo();

    /// <summary>File-level warnings, followed by the warnings of every page analysed so far.</summary>
    public IReadOnlyList<PdfWarning> Warnings
    {
        get
        {
            var all = new List<PdfWarning>(file.Warnings);
            foreach (var page in pages)
            {
                if (page is not null)
                {
                    all.AddRange(page.Warnings);
                }
            }

            return all;
        }
    }

    /// <summary>Opens a PDF from memory.</summary>
    /// <exception cref="PdfFormatException">The data is not a readable PDF.</exception>
    /// <exception cref="PdfEncryptedException">The file is encrypted and cannot be opened with the given password.</exception>
    public static PdfDocument Open(ReadOnlyMemory<byte> data, PdfReadOptions? options = null) => Open(data, options, CancellationToken.None);

    /// <summary>
    /// Opens a PDF from memory; cancelling <paramref name="cancellationToken"/> stops the opening, and the reading of
    /// any page after it, with an <see cref="OperationCanceledException"/> (checked every few thousand operators, so
    /// promptly even on a hostile page).
    /// </summary>
    /// <exception cref="PdfFormatException">The data is not a readable PDF.</exception>
    /// <exception cref="PdfEncryptedException">The file is encrypted and cannot be opened with the given password.</exception>
    /// <exception cref="PdfLimitExceededException">Reading allocated more than <see cref="PdfReadOptions.MaxAllocatedBytes"/> (here or, later, in <see cref="GetPage"/>).</exception>
    public static PdfDocument Open(ReadOnlyMemory<byte> data, PdfReadOptions? options, CancellationToken cancellationToken)
    {
        options ??= PdfReadOptions.Default;
        return new PdfDocument(PdfFile.Open(data, options, cancellationToken), options);
    }

    /// <summary>Opens a PDF from a stream, which is read to its end (and not disposed).</summary>
    /// <exception cref="PdfFormatException">The data is not a readable PDF, or is larger than <see cref="PdfReadOptions.MaxFileBytes"/>.</exception>
    /// <exception cref="PdfEncryptedException">The file is encrypted and cannot be opened with the given password.</exception>
    public static PdfDocument Open(Stream stream, PdfReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= PdfReadOptions.Default;
        if (stream.CanSeek && stream.Length - stream.Position > options.MaxFileBytes)
        {
            throw new PdfFormatException($"the input is larger than the {options.MaxFileBytes}-byte limit");
        }

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Open(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), options);
    }

    /// <summary>The text of page <paramref name="pageNumber"/> (1-based), with layout applied. A damaged page yields its warnings and whatever text was read, never an exception.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pageNumber"/> is not between 1 and <see cref="PageCount"/>.</exception>
    public PdfPageText GetPage(int pageNumber)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageNumber, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageNumber, PageCount);
        return pages[pageNumber - 1] ??= ReadPage(file.Pages[pageNumber - 1]);
    }

    /// <summary>Every page in order.</summary>
    public IEnumerable<PdfPageText> GetPages()
    {
        for (var n = 1; n <= PageCount; n++)
        {
            yield return GetPage(n);
        }
    }

    /// <summary>
    /// The whole document as plain text, close to <c>pdftotext</c>'s default mode: each page's text ends with a form
    /// feed; blocks are separated by a blank line and lines by a line feed; headers and footers are included.
    /// </summary>
    public string GetText() => PlainTextWriter.Document(GetPages());

    /// <inheritdoc />
    public void Dispose()
    {
        disposed = true;
        Array.Clear(pages);
    }

    private PdfPageText ReadPage(PdfPageObject page)
    {
        var box = page.CropBox ?? page.MediaBox;
        if (box.Width <= 0 || box.Height <= 0)
        {
            box = page.MediaBox.Width > 0 && page.MediaBox.Height > 0 ? page.MediaBox : PdfRectangle.Letter;
        }

        var rotate = ((page.Rotate % 360) + 360) % 360;
        var (width, height) = rotate is 90 or 270 ? (box.Height, box.Width) : (box.Width, box.Height);
        file.Budget.Check();
        var warnings = new List<PdfWarning>();
        List<PdfTextBlock> blocks = [];
        try
        {
            var interpreter = new TextInterpreter(file, fonts, options, page.Number, pageContent, file.Budget);
            var content = interpreter.Run(page.GetContentBytes(), page.Resources, Matrix.ForPage(box, rotate));
            warnings.AddRange(content.Warnings);
            blocks = PageLayout.Analyze(content, width, height);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException and not PdfLimitExceededException)
        {
            // One damaged page must not cost the rest of the document.
            warnings.Add(new PdfWarning("page-failed", $"page {page.Number} could not be read ({ex.GetType().Name}: {ex.Message})", page.Number));
        }

        return new PdfPageText(page.Number, width, height, blocks, warnings);
    }

    private PdfDocumentInfo ReadInfo()
    {
        var dict = file.Info;
        return new PdfDocumentInfo
        {
            Title = Str("Title"),
            Author = Str("Author"),
            Subject = Str("Subject"),
            Producer = Str("Producer"),
            Creator = Str("Creator"),
            CreationDate = PdfDateParser.Parse(Str("CreationDate")),
            ModificationDate = PdfDateParser.Parse(Str("ModDate")),
        };

        string? Str(string key) => file.GetAs<PdfString>(dict, key)?.ToTextString();
    }
}
