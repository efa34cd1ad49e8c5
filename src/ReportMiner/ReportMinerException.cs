namespace ReportMiner;

/// <summary>
/// The root of every error ReportMiner raises. It names the source document and, where known, the page.
/// </summary>
public class ReportMinerException : Exception
{
    /// <summary>Creates an exception.</summary>
    public ReportMinerException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    public ReportMinerException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and an inner exception.</summary>
    public ReportMinerException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception about <paramref name="source"/>.</summary>
    public ReportMinerException(string message, string? source, int? page = null, Exception? innerException = null)
        : base(Describe(message, source, page), innerException)
    {
        SourcePath = source;
        Page = page;
    }

    /// <summary>The path or name of the document concerned, where known.</summary>
    public string? SourcePath { get; }

    /// <summary>The 1-based page concerned, where known.</summary>
    public int? Page { get; }

    /// <summary>The stage that failed (<c>load</c>, <c>extract</c>, <c>export</c>).</summary>
    public virtual string Stage => "extract";

    private static string Describe(string message, string? source, int? page)
    {
        var where = source is null ? string.Empty : page is null ? $"{source}: " : $"{source} (page {page}): ";
        return where + message;
    }
}

/// <summary>A document could not be read: empty, damaged, undecodable or unreadable.</summary>
public class DocumentLoadException : ReportMinerException
{
    /// <summary>Creates an exception.</summary>
    public DocumentLoadException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    public DocumentLoadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and an inner exception.</summary>
    public DocumentLoadException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception about <paramref name="source"/>.</summary>
    public DocumentLoadException(string message, string? source, int? page = null, Exception? innerException = null)
        : base(message, source, page, innerException)
    {
    }

    /// <inheritdoc />
    public override string Stage => "load";
}

/// <summary>The document's format is not one ReportMiner reads (a binary file, an image, a spreadsheet).</summary>
public sealed class UnsupportedFormatException : DocumentLoadException
{
    /// <summary>Creates an exception.</summary>
    public UnsupportedFormatException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    public UnsupportedFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and an inner exception.</summary>
    public UnsupportedFormatException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception about <paramref name="source"/>.</summary>
    public UnsupportedFormatException(string message, string? source)
        : base(message, source)
    {
    }
}

/// <summary>The document is encrypted and cannot be opened with the password given (none, by default).</summary>
public sealed class EncryptedDocumentException : DocumentLoadException
{
    /// <summary>Creates an exception.</summary>
    public EncryptedDocumentException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    public EncryptedDocumentException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and an inner exception.</summary>
    public EncryptedDocumentException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception about <paramref name="source"/>.</summary>
    public EncryptedDocumentException(string message, string? source, Exception? innerException = null)
        : base(message, source, null, innerException)
    {
    }
}

/// <summary>A trained model or a data file (framework table, gazetteer) could not be read.</summary>
public sealed class ModelException : ReportMinerException
{
    /// <summary>Creates an exception.</summary>
    public ModelException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    public ModelException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and an inner exception.</summary>
    public ModelException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <inheritdoc />
    public override string Stage => "model";
}

/// <summary>
/// Reading one document allocated more memory than <see cref="ReportExtractorOptions.MaxMemoryPerDocument"/> allows
/// (a decompression bomb, a page of millions of operators); the document was given up. Stage <c>memory</c>.
/// </summary>
public sealed class DocumentLimitException : ReportMinerException
{
    /// <summary>Creates an exception.</summary>
    public DocumentLimitException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    public DocumentLimitException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and an inner exception.</summary>
    public DocumentLimitException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception about <paramref name="source"/>.</summary>
    public DocumentLimitException(string message, string? source, Exception? innerException = null)
        : base(message, source, null, innerException)
    {
    }

    /// <inheritdoc />
    public override string Stage => "memory";
}
