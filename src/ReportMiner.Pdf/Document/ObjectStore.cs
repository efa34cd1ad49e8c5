using ReportMiner.Pdf.CrossReference;
using ReportMiner.Pdf.Encryption;
using ReportMiner.Pdf.Filters;
using ReportMiner.Pdf.Objects;
using ReportMiner.Pdf.Parsing;

namespace ReportMiner.Pdf.Document;

/// <summary>
/// Loads, decrypts and caches indirect objects through the cross-reference, falling back to a scan of the
/// whole file when an object is not where the cross-reference says (or is missing from it). Reference chains
/// and re-entrant loads (an object whose /Length is itself) are bounded, so loops end in a warning.
/// </summary>
internal sealed class ObjectStore : IPdfObjectResolver
{
    private readonly ReadOnlyMemory<byte> _data;
    private readonly PdfReadOptions _options;
    private readonly PdfDiagnostics _diagnostics;
    private readonly NameTable _names;
    private readonly Dictionary<int, PdfObject> _cache = [];
    private readonly Dictionary<int, ObjectStream?> _objectStreams = [];
    private readonly Dictionary<PdfStream, int> _streamNumbers = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<int> _loading = [];
    private XrefTable? _table;

    private XrefRebuilder.Result? _scan;
    private bool _objectStreamsRegistered;
    private bool _xrefWrongReported;
    private IObjectDecryptor? _decryptor;

    public ObjectStore(ReadOnlyMemory<byte> data, XrefTable? table, PdfReadOptions options, PdfDiagnostics diagnostics, NameTable names)
    {
        _data = data;
        _table = table;
        _options = options;
        _diagnostics = diagnostics;
        _names = names;
    }

    /// <summary>The trailer: from the cross-reference when it was readable, else from the scan.</summary>
    public PdfDictionary Trailer => (_table ?? Rebuild().Table).Trailer;

    /// <summary>Sets the decryptor for everything loaded from now on, and forgets what was loaded before it.</summary>
    public void SetDecryptor(IObjectDecryptor decryptor)
    {
        _decryptor = decryptor;
        _cache.Clear();
        _objectStreams.Clear();
        _streamNumbers.Clear();
        _objectStreamsRegistered = false;
    }

    /// <inheritdoc />
    public PdfObject Resolve(PdfObject? obj)
    {
        var depth = 0;
        while (obj is PdfReference reference)
        {
            if (++depth > _options.MaxObjectDepth)
            {
                _diagnostics.Repair("reference-loop", $"References starting at {reference} form a chain longer than {_options.MaxObjectDepth} (PdfReadOptions.MaxObjectDepth), probably a loop; it resolved to null.");
                return PdfNull.Instance;
            }

            obj = Load(reference.ObjectNumber);
        }

        return obj ?? PdfNull.Instance;
    }

    /// <inheritdoc />
    public byte[] DecodeStream(PdfStream stream) => DecodeStream(stream, null);

    /// <summary>Decodes <paramref name="stream"/>, naming <paramref name="page"/> in any warning.</summary>
    public byte[] DecodeStream(PdfStream stream, int? page)
    {
        var description = _streamNumbers.TryGetValue(stream, out var number) ? $"Object {number}" : "A stream";
        var context = new FilterContext(_options.MaxDecodedStreamBytes, _diagnostics, this, description, page);
        try
        {
            return StreamDecoder.Decode(stream, context);
        }
        catch (Exception e) when (e is not PdfException and not OperationCanceledException and not OutOfMemoryException)
        {
            // Filters report damage as warnings; anything else escaping them is still a damaged stream, not a crash.
            _diagnostics.Repair("stream-damaged", $"{description}: the stream could not be decoded ({e.Message}); it was read as empty.", page);
            return [];
        }
    }

    /// <summary>Every object number known to the cross-reference or the scan (for repairs that search all objects).</summary>
    public IEnumerable<int> AllObjectNumbers()
    {
        var scan = Rebuild();
        RegisterObjectStreams(scan);
        var numbers = new SortedSet<int>(scan.Table.ObjectNumbers);
        if (_table is not null)
        {
            numbers.UnionWith(_table.ObjectNumbers);
        }

        return numbers;
    }

    /// <summary>The object <paramref name="number"/> (generation numbers are not checked: damaged files get them wrong and no reader relies on them).</summary>
    public PdfObject Load(int number)
    {
        if (_cache.TryGetValue(number, out var cached))
        {
            return cached;
        }

        if (!_loading.Add(number))
        {
            _diagnostics.Repair("reference-loop", $"Object {number} refers to itself while being loaded (through its /Length or its object stream); the inner reference resolved to null.");
            return PdfNull.Instance;
        }

        try
        {
            var value = _table is null ? null : LoadFrom(_table, number);
            if (value is null && _diagnostics.Lenient)
            {
                var entryExists = _table?.TryGet(number, out _) == true;
                var scan = Rebuild();
                value = LoadFrom(scan.Table, number);
                if (value is null && !_objectStreamsRegistered)
                {
                    RegisterObjectStreams(scan);
                    value = LoadFrom(scan.Table, number);
                }

                if (value is not null && _table is not null && !_xrefWrongReported)
                {
                    // One warning per file: a miscounting writer gets every offset wrong, and one message says it all.
                    _xrefWrongReported = true;
                    _diagnostics.Repair(
                        "xref-wrong",
                        entryExists
                            ? $"Object {number} (and maybe others) is not where the cross-reference says; objects were located by scanning the file."
                            : $"Object {number} (and maybe others) is missing from the cross-reference; objects were located by scanning the file.");
                }
            }

            if (value is null && !_diagnostics.Lenient && _table?.TryGet(number, out var stale) == true && stale.Kind != XrefEntryKind.Free)
            {
                _diagnostics.Repair("xref-wrong", $"Object {number} is not where the cross-reference says.");
            }

            value ??= PdfNull.Instance;
            _cache[number] = value;
            return value;
        }
        finally
        {
            _loading.Remove(number);
        }
    }

    /// <summary>
    /// Stops trusting the cross-reference: from now on objects come from the scan only. Used when the
    /// cross-reference led to no usable catalog, since its entries may then be garbage (even "free" ones).
    /// </summary>
    public void UseRebuiltTable()
    {
        Rebuild();
        _table = null;
        _cache.Clear();
        _objectStreams.Clear();
        _streamNumbers.Clear();
        _objectStreamsRegistered = false;
    }

    /// <summary>Scans the file (once) for object headers and trailers.</summary>
    public XrefRebuilder.Result Rebuild()
    {
        if (_scan is not null)
        {
            return _scan;
        }

        var scan = new XrefRebuilder(_data, _options, _diagnostics, _names).Scan();
        _scan = scan;
        if (!scan.HasTrailer)
        {
            // No classic trailer: the dictionaries of cross-reference streams carry /Root, /Info, /ID and /Encrypt.
            foreach (var number in scan.XrefStreams)
            {
                if (scan.Table.TryGet(number, out var entry) && ParseAt(entry.Offset, number, decrypt: false) is PdfStream xref)
                {
                    scan.Table.OverrideTrailer(xref);
                }
            }
        }

        return scan;
    }

    /// <summary>Null when the table has no usable answer (missing entry, or nothing readable where it points); <see cref="PdfNull"/> for free entries.</summary>
    private PdfObject? LoadFrom(XrefTable table, int number)
    {
        if (!table.TryGet(number, out var entry))
        {
            return null;
        }

        return entry.Kind switch
        {
            XrefEntryKind.Free => PdfNull.Instance,
            XrefEntryKind.InFile => ParseAt(entry.Offset + table.Shift, number, decrypt: true),
            _ => LoadCompressed((int)entry.Offset, entry.Generation, number),
        };
    }

    private PdfObject? ParseAt(long offset, int number, bool decrypt)
    {
        _diagnostics.Budget.Check();
        if (offset < 0 || offset >= _data.Length)
        {
            return null;
        }

        var lexer = new PdfLexer(_data, _names) { Position = (int)offset };
        var parser = new PdfObjectParser(lexer, _diagnostics, _options.MaxObjectDepth) { LengthResolver = ResolveLength };
        PdfIndirectObject? parsed;
        try
        {
            parsed = parser.ParseIndirectObject(decrypt ? _decryptor : null);
        }
        catch (PdfFormatException e) when (_diagnostics.Lenient)
        {
            _diagnostics.Repair("object-damaged", $"Object {number} could not be read: {e.Message} It resolved to null.");
            return PdfNull.Instance;
        }
        catch (Exception e) when (e is not PdfException and not OperationCanceledException and not OutOfMemoryException)
        {
            // Not expected from the parser; still a damaged object rather than a crash of the caller.
            _diagnostics.Repair("object-damaged", $"Object {number} could not be read ({e.GetType().Name}: {e.Message}); it resolved to null.");
            return PdfNull.Instance;
        }

        if (parsed is not { } found || found.Number != number)
        {
            return null;
        }

        if (found.Value is PdfStream stream)
        {
            _streamNumbers[stream] = number;
        }

        return found.Value;
    }

    private long? ResolveLength(PdfReference reference) => Resolve(reference) is PdfNumber n ? n.LongValue : null;

    private PdfObject? LoadCompressed(int streamNumber, int index, int number)
    {
        if (!_objectStreams.TryGetValue(streamNumber, out var objectStream))
        {
            objectStream = OpenObjectStream(streamNumber);
            _objectStreams[streamNumber] = objectStream;
        }

        return objectStream?.Get(index, number);
    }

    private ObjectStream? OpenObjectStream(int streamNumber)
    {
        if (Load(streamNumber) is not PdfStream stream)
        {
            _diagnostics.Repair("objstm-missing", $"Object stream {streamNumber} is missing or is not a stream; the objects in it resolved to null.");
            return null;
        }

        return ObjectStream.Create(stream, DecodeStream(stream), _diagnostics, _names, _options.MaxObjectDepth);
    }

    /// <summary>Adds the objects of every object stream found by the scan, unless a direct object of the same number comes later in the file.</summary>
    private void RegisterObjectStreams(XrefRebuilder.Result scan)
    {
        if (_objectStreamsRegistered)
        {
            return;
        }

        _objectStreamsRegistered = true;
        foreach (var streamNumber in scan.ObjectStreams)
        {
            if (!scan.Table.TryGet(streamNumber, out var streamEntry))
            {
                continue;
            }

            var objectStream = OpenObjectStream(streamNumber);
            _objectStreams[streamNumber] = objectStream;
            if (objectStream is null)
            {
                continue;
            }

            var index = 0;
            foreach (var number in objectStream.ObjectNumbers)
            {
                if (!scan.Table.TryGet(number, out var existing) || (existing.Kind == XrefEntryKind.InFile && existing.Offset < streamEntry.Offset))
                {
                    scan.Table.Set(number, new XrefEntry(XrefEntryKind.Compressed, streamNumber, index));
                }

                index++;
            }
        }
    }
}
