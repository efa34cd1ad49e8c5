namespace ReportMiner.Pdf;

/// <summary>The base of every exception the PDF reader throws on purpose.</summary>
public class PdfException : Exception
{
    /// <summary>Creates an exception with a message.</summary>
    public PdfException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the underlying cause.</summary>
    public PdfException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>The input is not a PDF, is damaged beyond repair, or (with <see cref="PdfReadOptions.Lenient"/> off) has a structural problem.</summary>
public class PdfFormatException : PdfException
{
    /// <summary>Creates an exception with a message.</summary>
    public PdfFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the underlying cause.</summary>
    public PdfFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>The file is encrypted and the password is missing or wrong, or its security handler is not supported.</summary>
public class PdfEncryptedException : PdfException
{
    /// <summary>Creates an exception with a message.</summary>
    public PdfEncryptedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the underlying cause.</summary>
    public PdfEncryptedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>
/// Reading the document allocated more memory than <see cref="PdfReadOptions.MaxAllocatedBytes"/> allows (a
/// decompression bomb, a page of millions of operators); the read stopped there.
/// </summary>
public class PdfLimitExceededException : PdfException
{
    /// <summary>Creates an exception with a message.</summary>
    public PdfLimitExceededException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the underlying cause.</summary>
    public PdfLimitExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
