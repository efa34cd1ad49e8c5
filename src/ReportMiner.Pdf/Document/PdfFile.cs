using System.Text;
using ReportMiner.Pdf.CrossReference;
using ReportMiner.Pdf.Encryption;
using ReportMiner.Pdf.Objects;
using ReportMiner.Pdf.Parsing;

namespace ReportMiner.Pdf.Document;

/// <summary>
/// A PDF file opened at the object level: cross-reference (repaired when damaged), decryption, the catalog
/// and the flat page list. The text layer reads pages through <see cref="Pages"/> and objects through
/// <see cref="IPdfObjectResolver"/>. Not thread-safe: objects are loaded and cached on demand.
/// </summary>
/// <example>
/// <code>
/// var file = PdfFile.Open(File.ReadAllBytes("report.pdf"));
/// foreach (var page in file.Pages) { var content = page.GetContentBytes(); }
/// </code>
/// </example>
public sealed class PdfFile : IPdfObjectResolver
{
    private const int HeaderSearchBytes = 64 * 1024;

    private readonly ObjectStore _store;
    private readonly PdfDiagnostics _diagnostics;

    private PdfFile(ObjectStore store, PdfDiagnostics diagnostics, PdfReadOptions options, PdfDictionary trailer, PdfDictionary catalog, PdfDictionary? info, string version, bool isEncrypted)
    {
        _store = store;
        _diagnostics = diagnostics;
        Options = options;
        Trailer = trailer;
        Catalog = catalog;
        Info = info;
        Version = version;
        IsEncrypted = isEncrypted;
        Pages = [];
    }

    /// <summary>The trailer dictionary (for incremental updates, the newest trailer with older keys merged in; for a rebuilt file, what the scan found).</summary>
    public PdfDictionary Trailer { get; }

    /// <summary>The document catalog (/Root), resolved.</summary>
    public PdfDictionary Catalog { get; }

    /// <summary>The document information dictionary (/Info), resolved, or <c>null</c> when there is none.</summary>
    public PdfDictionary? Info { get; }

    /// <summary>The PDF version, such as "1.7": the header's, or the catalog's /Version when that is later.</summary>
    public string Version { get; }

    /// <summary>Whether the file is encrypted (it was decrypted with the password from <see cref="PdfReadOptions.Password"/> or the empty one).</summary>
    public bool IsEncrypted { get; }

    /// <summary>The pages in page-tree order.</summary>
    public IReadOnlyList<PdfPageObject> Pages { get; private set; }

    /// <summary>The problems the reader recovered from so far (objects load lazily, so this list can grow after <see cref="Open(ReadOnlyMemory{byte}, PdfReadOptions?)"/>).</summary>
    public IReadOnlyList<PdfWarning> Warnings => _diagnostics.Warnings;

    /// <summary>The options the file was opened with.</summary>
    public PdfReadOptions Options { get; }

    /// <summary>
    /// Opens a PDF from its bytes. Damage is repaired with warnings unless <see cref="PdfReadOptions.Lenient"/> is off.
    /// </summary>
    /// <param name="data">The whole file; it is not copied, so it must not change while the file is in use.</param>
    /// <param name="options">Read options; <see cref="PdfReadOptions.Default"/> when null.</param>
    /// <exception cref="PdfFormatException">The input is not a PDF, exceeds <see cref="PdfReadOptions.MaxFileBytes"/>, or is damaged beyond repair (or at all, in strict mode).</exception>
    /// <exception cref="PdfEncryptedException">The file needs a password that <see cref="PdfReadOptions.Password"/> does not give, or uses an unsupported security handler.</exception>
    public static PdfFile Open(ReadOnlyMemory<byte> data, PdfReadOptions? options = null) => Open(data, options, CancellationToken.None);

    /// <summary>
    /// Opens a PDF from its bytes, as <see cref="Open(ReadOnlyMemory{byte}, PdfReadOptions?)"/> does; cancelling
    /// <paramref name="cancellationToken"/> stops the reading of this file and of its pages, now or later, with an
    /// <see cref="OperationCanceledException"/>.
    /// </summary>
    /// <param name="data">The whole file; it is not copied, so it must not change while the file is in use.</param>
    /// <param name="options">Read options; <see cref="PdfReadOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <exception cref="PdfFormatException">The input is not a PDF, exceeds <see cref="PdfReadOptions.MaxFileBytes"/>, or is damaged beyond repair (or at all, in strict mode).</exception>
    /// <exception cref="PdfEncryptedException">The file needs a password that <see cref="PdfReadOptions.Password"/> does not give, or uses an unsupported security handler.</exception>
    /// <exception cref="PdfLimitExceededException">Reading allocated more than <see cref="PdfReadOptions.MaxAllocatedBytes"/>.</exception>
    public static PdfFile Open(ReadOnlyMemory<byte> data, PdfReadOptions? options, CancellationToken cancellationToken)
    {
        options ??= PdfReadOptions.Default;
        try
        {
            return OpenCore(data, options, cancellationToken);
        }
        catch (Exception e) when (e is not PdfException and not OperationCanceledException and not OutOfMemoryException)
        {
            // Every failure to read a file is a PdfException for callers, whatever the damage tripped over.
            throw new PdfFormatException($"The file could not be read: {e.GetType().Name}: {e.Message}", e);
        }
    }

    private static PdfFile OpenCore(ReadOnlyMemory<byte> data, PdfReadOptions options, CancellationToken cancellationToken)
    {
        if (data.Length > options.MaxFileBytes)
        {
            throw new PdfFormatException($"The input is {data.Length} bytes, more than PdfReadOptions.MaxFileBytes ({options.MaxFileBytes}); raise the limit to read it.");
        }

        var diagnostics = new PdfDiagnostics(options.Lenient, new ReadBudget(options.MaxAllocatedBytes, cancellationToken));
        var (headerOffset, headerVersion) = FindHeader(data.Span);
        if (headerOffset > 0)
        {
            diagnostics.Warn("header-junk", $"{headerOffset} bytes precede the %PDF- header.");
        }

        var names = new NameTable();
        var startXref = XrefReader.FindStartXref(data.Span);
        var table = startXref is { } start ? new XrefReader(data, headerOffset, options, diagnostics, names).Read(start) : null;
        if (table is null)
        {
            diagnostics.Repair(
                "xref-rebuilt",
                startXref is null
                    ? "The file has no startxref (it may be truncated); the cross-reference was rebuilt by scanning the file for objects."
                    : $"startxref points to offset {startXref}, where there is no cross-reference; it was rebuilt by scanning the file for objects.");
        }

        var store = new ObjectStore(data, table, options, diagnostics, names);
        var trailer = store.Trailer;
        var isEncrypted = SetUpDecryption(store, trailer, options, diagnostics);
        var catalog = FindCatalog(store, ref trailer, diagnostics);
        var info = store.Resolve(trailer.Get("Info")) as PdfDictionary;
        var version = LaterVersion(headerVersion, (store.Resolve(catalog.Get("Version")) as PdfName)?.Value);

        var file = new PdfFile(store, diagnostics, options, trailer, catalog, info, version, isEncrypted);
        file.Pages = new PageTreeBuilder(file, store, diagnostics, options.MaxObjectDepth).Build(catalog);
        return file;
    }

    /// <summary>What reading this file may still spend; the text layer checks it as it goes.</summary>
    internal ReadBudget Budget => _diagnostics.Budget;

    /// <summary>Records a warning (the text layer adds its own, such as fonts without a Unicode mapping).</summary>
    public void AddWarning(PdfWarning warning)
    {
        ArgumentNullException.ThrowIfNull(warning);
        _diagnostics.Add(warning);
    }

    /// <inheritdoc />
    public PdfObject Resolve(PdfObject? obj) => _store.Resolve(obj);

    /// <inheritdoc />
    public byte[] DecodeStream(PdfStream stream) => _store.DecodeStream(stream);

    internal byte[] GetPageContentBytes(PdfPageObject page)
    {
        var contents = _store.Resolve(page.Dictionary.Get("Contents"));
        var streams = new List<byte[]>();
        switch (contents)
        {
            case PdfStream stream:
                streams.Add(_store.DecodeStream(stream, page.Number));
                break;
            case PdfArray array:
                foreach (var item in array.Items)
                {
                    if (_store.Resolve(item) is PdfStream part)
                    {
                        streams.Add(_store.DecodeStream(part, page.Number));
                    }
                    else
                    {
                        _diagnostics.Repair("contents-damaged", $"A /Contents entry ({item}) is not a stream; it was skipped.", page.Number);
                    }
                }

                break;
            case PdfNull:
                break;
            default:
                _diagnostics.Repair("contents-damaged", "The page /Contents is neither a stream nor an array; the page was read as empty.", page.Number);
                break;
        }

        if (streams.Count == 1)
        {
            return streams[0];
        }

        // A newline between parts keeps a token at the end of one stream from running into the next.
        var total = streams.Sum(s => (long)s.Length) + Math.Max(0, streams.Count - 1);
        var result = new byte[total];
        var pos = 0;
        for (var i = 0; i < streams.Count; i++)
        {
            if (i > 0)
            {
                result[pos++] = (byte)'\n';
            }

            streams[i].CopyTo(result, pos);
            pos += streams[i].Length;
        }

        return result;
    }

    /// <summary>Finds <c>%PDF-x.y</c> in the first 64 KiB (junk before it is tolerated).</summary>
    private static (int Offset, string Version) FindHeader(ReadOnlySpan<byte> data)
    {
        var window = data[..Math.Min(data.Length, HeaderSearchBytes)];
        var at = window.IndexOf("%PDF-"u8);
        if (at < 0)
        {
            throw new PdfFormatException(data.IsEmpty
                ? "The input is empty, not a PDF."
                : "The input is not a PDF: there is no %PDF- header in its first 64 KiB.");
        }

        var p = at + 5;
        var end = p;
        while (end < data.Length && end - p < 8 && (char.IsAsciiDigit((char)data[end]) || data[end] == (byte)'.'))
        {
            end++;
        }

        var version = end > p ? Encoding.ASCII.GetString(data[p..end]) : "1.4";
        return (at, version);
    }

    private static string LaterVersion(string header, string? catalog) =>
        catalog is not null && System.Version.TryParse(catalog, out var c) && System.Version.TryParse(header, out var h) && c > h ? catalog : header;

    private static bool SetUpDecryption(ObjectStore store, PdfDictionary trailer, PdfReadOptions options, PdfDiagnostics diagnostics)
    {
        var encryptObject = trailer.Get("Encrypt");
        if (encryptObject is null or PdfNull)
        {
            return false;
        }

        if (store.Resolve(encryptObject) is not PdfDictionary encrypt)
        {
            throw new PdfEncryptedException("The trailer says the file is encrypted, but its /Encrypt dictionary is missing or damaged; the file cannot be decrypted.");
        }

        var handler = StandardSecurityHandler.Create(
            encrypt, trailer, store, options.Password, encryptObject is PdfReference r ? r.ObjectNumber : -1, diagnostics);
        store.SetDecryptor(handler);
        return true;
    }

    /// <summary>The catalog from /Root; when that is missing or broken, the /Type/Catalog object found by scanning (preferring one with /Pages, the last in object order).</summary>
    private static PdfDictionary FindCatalog(ObjectStore store, ref PdfDictionary trailer, PdfDiagnostics diagnostics)
    {
        if (store.Resolve(trailer.Get("Root")) is PdfDictionary root && root.ContainsKey("Pages"))
        {
            return root;
        }

        diagnostics.Repair("catalog-searched", "The trailer has no usable /Root; the document catalog was searched for among all objects.");
        // The cross-reference led nowhere, so its entries cannot be trusted; the scan may also bring a trailer it lacked.
        store.UseRebuiltTable();
        var scanned = store.Trailer;
        if (store.Resolve(scanned.Get("Root")) is PdfDictionary scannedRoot && scannedRoot.ContainsKey("Pages"))
        {
            trailer = scanned;
            return scannedRoot;
        }

        PdfDictionary? best = null;
        foreach (var number in store.AllObjectNumbers())
        {
            if (store.Load(number) is PdfDictionary d and not PdfStream && (store.Resolve(d.Get("Type")) as PdfName)?.Value == "Catalog"
                && (best is null || d.ContainsKey("Pages") || !best.ContainsKey("Pages")))
            {
                best = d;
            }
        }

        return best ?? throw new PdfFormatException("The file has no document catalog (no usable /Root and no /Type/Catalog object); it is damaged beyond repair.");
    }
}
