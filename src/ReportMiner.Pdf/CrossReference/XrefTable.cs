using ReportMiner.Pdf.Objects;

namespace ReportMiner.Pdf.CrossReference;

/// <summary>
/// The merged cross-reference of a file: the newest entry of each object (sections are added newest first, so
/// the first entry seen for an object wins) and the merged trailer.
/// </summary>
internal sealed class XrefTable
{
    private readonly Dictionary<int, XrefEntry> _entries = [];
    private readonly Dictionary<string, PdfObject> _trailer = [];

    /// <summary>The merged trailer: keys of newer trailers win.</summary>
    public PdfDictionary Trailer => new(_trailer);

    /// <summary>The number of entries.</summary>
    public int Count => _entries.Count;

    /// <summary>How many bytes of junk precede <c>%PDF-</c> when the offsets in the table count from the header rather than the file start.</summary>
    public int Shift { get; set; }

    /// <summary>The object numbers with entries.</summary>
    public IEnumerable<int> ObjectNumbers => _entries.Keys;

    /// <summary>Adds an entry unless the object already has one (from a newer section).</summary>
    public void TryAdd(int objectNumber, XrefEntry entry) => _entries.TryAdd(objectNumber, entry);

    /// <summary>Adds or replaces an entry (used when rebuilding, where later in the file means newer).</summary>
    public void Set(int objectNumber, XrefEntry entry) => _entries[objectNumber] = entry;

    /// <summary>The entry of <paramref name="objectNumber"/>.</summary>
    public bool TryGet(int objectNumber, out XrefEntry entry) => _entries.TryGetValue(objectNumber, out entry);

    /// <summary>Adds the keys of an older trailer that newer ones did not set.</summary>
    public void MergeTrailer(PdfDictionary trailer)
    {
        foreach (var (key, value) in trailer.Entries)
        {
            _trailer.TryAdd(key, value);
        }
    }

    /// <summary>Sets the keys of a newer trailer, replacing older values (used when rebuilding).</summary>
    public void OverrideTrailer(PdfDictionary trailer)
    {
        foreach (var (key, value) in trailer.Entries)
        {
            _trailer[key] = value;
        }
    }
}
