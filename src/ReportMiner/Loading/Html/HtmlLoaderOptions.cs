namespace ReportMiner.Loading.Html;

/// <summary>Limits for <see cref="HtmlLoader"/>. Use <see cref="Default"/> and change what you need with <c>with</c>.</summary>
public sealed record HtmlLoaderOptions
{
    /// <summary>The defaults: pages up to 64 MiB, text up to 4,000,000 characters.</summary>
    public static HtmlLoaderOptions Default { get; } = new();

    /// <summary>
    /// The largest page, in bytes, that is read at all; a larger one fails with a <see cref="DocumentLoadException"/>.
    /// Parsing takes time and memory in proportion (about 2.5 s and 1 GB for 50 MB). Default 64 MiB.
    /// </summary>
    public long MaxInputBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// The most characters of block text kept from one page; the rest is dropped with an
    /// <c>html-text-truncated</c> warning. A 600-page report runs to about 2,000,000. Default 4,000,000.
    /// </summary>
    public int MaxTextLength { get; init; } = 4_000_000;
}
