namespace ReportMiner.Pdf;

/// <summary>
/// Options that control how a PDF is read: the password, resource bounds that protect against hostile files,
/// and whether damage is repaired (with warnings) or reported as an exception.
/// </summary>
public sealed record PdfReadOptions
{
    /// <summary>The default options: no password, lenient repair and the documented bounds.</summary>
    public static PdfReadOptions Default { get; } = new();

    /// <summary>
    /// The password of an encrypted file, tried as the user password and then as the owner password.
    /// Default <c>null</c>, which means the empty password (enough for most "protected" report PDFs).
    /// </summary>
    public string? Password { get; init; }

    /// <summary>The largest number of bytes any one stream may decode to; decoding stops there with a warning. Default 64 MiB.</summary>
    public long MaxDecodedStreamBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The largest file accepted; larger inputs are rejected with a <see cref="PdfFormatException"/>. Default 512 MiB.</summary>
    public long MaxFileBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>The deepest nesting of arrays and dictionaries, and the longest chain of references or page-tree levels followed. Default 200.</summary>
    public int MaxObjectDepth { get; init; } = 200;

    /// <summary>The deepest nesting of form XObjects the text layer follows. Default 12.</summary>
    public int MaxFormDepth { get; init; } = 12;

    /// <summary>The most content-stream operators the text layer executes on one page. Default 5,000,000.</summary>
    public int MaxOperatorsPerPage { get; init; } = 5_000_000;

    /// <summary>
    /// The most bytes reading one document may allocate, counted on the thread that reads it from the moment it is
    /// opened (allocation, not memory held: a 40-page report allocates about 20 MB). Past it the read stops with a
    /// <see cref="PdfLimitExceededException"/>, which bounds a decompression bomb or a page of millions of operators.
    /// Default: no limit.
    /// </summary>
    public long MaxAllocatedBytes { get; init; } = long.MaxValue;

    /// <summary>
    /// Whether structural damage is repaired (<c>true</c>, the default: the reader recovers and adds a <see cref="PdfWarning"/>)
    /// or reported (<c>false</c>: the first structural problem throws a <see cref="PdfFormatException"/>).
    /// </summary>
    public bool Lenient { get; init; } = true;
}
