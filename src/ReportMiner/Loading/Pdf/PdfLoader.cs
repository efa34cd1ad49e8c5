using ReportMiner.Documents;
using ReportMiner.Pdf;

namespace ReportMiner.Loading.Pdf;

/// <summary>
/// Reads PDF files through ReportMiner's own managed PDF text layer (<c>ReportMiner.Pdf</c>): pages become
/// blocks in reading order with their page numbers; running headers, footers and page numbers become
/// <see cref="BlockKind.Furniture"/> (decided across the document by <see cref="RunningFurniture"/>); table rows keep their cells. Damaged pages become warnings.
/// </summary>
public sealed class PdfLoader : IDocumentLoader
{
    private readonly PdfReadOptions _options;

    /// <summary>Creates a loader; <paramref name="password"/> opens encrypted files that need one.</summary>
    public PdfLoader(string? password = null) => _options = PdfReadOptions.Default with { Password = password };

    /// <inheritdoc />
    public DocumentFormat Format => DocumentFormat.Pdf;

    /// <inheritdoc />
    public ReportDocument Load(ReadOnlyMemory<byte> content, DocumentSource source) => Load(content, source, DocumentBudget.Unlimited);

    /// <inheritdoc />
    public ReportDocument Load(ReadOnlyMemory<byte> content, DocumentSource source, DocumentBudget budget)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(budget);
        try
        {
            // The reader counts from its own start, so it gets what is left of the document's allowance.
            return Read(content, source, _options with { MaxAllocatedBytes = budget.RemainingBytes }, budget);
        }
        catch (PdfLimitExceededException e)
        {
            throw budget.OverLimit(e);
        }
    }

    private static ReportDocument Read(ReadOnlyMemory<byte> content, DocumentSource source, PdfReadOptions options, DocumentBudget budget)
    {
        PdfDocument pdf;
        try
        {
            pdf = PdfDocument.Open(content, options, budget.CancellationToken);
        }
        catch (PdfEncryptedException e)
        {
            throw new EncryptedDocumentException($"the PDF is encrypted: {e.Message}", source.Path, e);
        }
        catch (PdfException e) when (e is not PdfLimitExceededException)
        {
            throw new DocumentLoadException($"the PDF cannot be read: {e.Message}", source.Path, null, e);
        }

        using (pdf)
        {
            var builder = new ReportDocumentBuilder();
            var pages = new List<PdfPageText>(pdf.PageCount);
            foreach (var page in pdf.GetPages())
            {
                budget.ThrowIfExceeded();
                pages.Add(page);
            }

            var furniture = RunningFurniture.Of(pages);
            foreach (var page in pages)
            {
                foreach (var block in page.Blocks)
                {
                    switch (block.Kind)
                    {
                        case var kind when RunningFurniture.IsMargin(kind) && !furniture.IsFurniture(block):
                            builder.Add(BlockKind.Paragraph, block.Text, page.Number, 0);
                            break;
                        case PdfBlockKind.TableRow when block.Cells.Count > 0:
                            builder.AddRow(block.Cells, page.Number);
                            break;
                        default:
                            builder.Add(Map(block.Kind), block.Text, page.Number, block.Kind == PdfBlockKind.Heading ? Math.Max(1, block.HeadingLevel) : 0);
                            break;
                    }
                }
            }

            foreach (var w in pdf.Warnings)
            {
                builder.Warn(new ReportWarning("pdf-" + w.Code, w.Message, w.Page));
            }

            if (builder.Count == 0)
            {
                builder.Warn(new ReportWarning("pdf-no-text", "the PDF has no text layer (a scanned document?): nothing could be read"));
            }

            var info = pdf.Info;
            var metadata = new DocumentMetadata
            {
                Title = string.IsNullOrWhiteSpace(info.Title) ? null : info.Title,
                PageCount = pdf.PageCount,
                Producer = info.Producer,
            };
            return builder.Build(source, DocumentFormat.Pdf, metadata);
        }
    }

    private static BlockKind Map(PdfBlockKind kind) => kind switch
    {
        PdfBlockKind.Heading => BlockKind.Heading,
        PdfBlockKind.ListItem => BlockKind.ListItem,
        PdfBlockKind.TableRow => BlockKind.TableRow,
        PdfBlockKind.Header or PdfBlockKind.Footer or PdfBlockKind.PageNumber => BlockKind.Furniture,
        _ => BlockKind.Paragraph,
    };
}
