namespace ReportMiner.Pdf.CrossReference;

/// <summary>Where an object lives (§7.5.4 and §7.5.8.3).</summary>
internal enum XrefEntryKind : byte
{
    /// <summary>Deleted or never used: the object is null.</summary>
    Free,

    /// <summary>At a byte offset in the file.</summary>
    InFile,

    /// <summary>Inside an object stream.</summary>
    Compressed,
}

/// <summary>One cross-reference entry.</summary>
/// <param name="Kind">Where the object lives.</param>
/// <param name="Offset">The byte offset (in-file) or the object-stream number (compressed).</param>
/// <param name="Generation">The generation (in-file) or the index within the object stream (compressed).</param>
internal readonly record struct XrefEntry(XrefEntryKind Kind, long Offset, int Generation)
{
    /// <summary>A free entry.</summary>
    public static XrefEntry Free => new(XrefEntryKind.Free, 0, 0);
}
