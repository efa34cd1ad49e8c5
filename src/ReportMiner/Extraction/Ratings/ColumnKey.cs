using System.Text.RegularExpressions;
using ReportMiner.Documents;

namespace ReportMiner.Extraction.Ratings;

/// <summary>
/// The abbreviations a document defines for its table columns ("Key: RR = reducing reoffending; PP = protecting the
/// public"), so that a header of codes ("RR | PP | PC") names its standards.
/// </summary>
internal sealed partial class ColumnKey
{
    private readonly Dictionary<string, string> _meanings;

    private ColumnKey(Dictionary<string, string> meanings) => _meanings = meanings;

    /// <summary>The abbreviations defined in <paramref name="document"/>'s key lines (none where it has no key).</summary>
    public static ColumnKey Of(ReportDocument document)
    {
        var meanings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var block in document.Blocks)
        {
            if (!KeyLine().IsMatch(block.Text))
            {
                continue;
            }

            foreach (Match m in Definition().Matches(block.Text))
            {
                meanings.TryAdd(m.Groups["code"].Value, m.Groups["meaning"].Value.Trim());
            }
        }

        return new ColumnKey(meanings);
    }

    /// <summary><paramref name="header"/> with each cell that is a defined code replaced by its meaning.</summary>
    public IReadOnlyList<string> Expand(IReadOnlyList<string> header) =>
        _meanings.Count == 0 ? header : header.Select(c => _meanings.GetValueOrDefault(c.Trim(), c)).ToList();

    /// <summary>A line that opens a key to abbreviations: "Key:", "Abbreviations:", "Column key –".</summary>
    [GeneratedRegex(@"^\s*(?:(?:column\s+)?key|abbreviations?(?:\s+used)?)\s*[:–—-]", RegexOptions.IgnoreCase)]
    private static partial Regex KeyLine();

    /// <summary>One definition: "RR = reducing reoffending", "PP: protecting the public", up to the next ';' or '.'.</summary>
    [GeneratedRegex(@"\b(?<code>[A-Z]{2,5})\s*(?:=|:|–|—)\s*(?<meaning>[^;=]+?)(?=\s*(?:;|\.\s|\.$|$|,\s*[A-Z]{2,5}\s*(?:=|:|–|—)))")]
    private static partial Regex Definition();
}
