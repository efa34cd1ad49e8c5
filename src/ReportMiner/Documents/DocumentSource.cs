namespace ReportMiner.Documents;

/// <summary>Where a document came from: its path (or any name the caller gives it).</summary>
/// <param name="Path">The path or name, written to the record's <c>source</c>.</param>
public sealed record DocumentSource(string Path)
{
    /// <summary>The file name without folders.</summary>
    public string FileName => System.IO.Path.GetFileName(Path);

    /// <summary>The extension in lower case, with its dot (<c>.pdf</c>), or empty.</summary>
    public string Extension => System.IO.Path.GetExtension(Path).ToLowerInvariant();
}
