using System.Text;

namespace ReportMiner.Frameworks;

/// <summary>
/// Makes a standard id from a label as printed ("Preventing crime and anti-social behaviour" →
/// <c>preventing-crime-and-anti-social-behaviour</c>), for frameworks whose standards are taken as printed.
/// </summary>
public static class StandardSlug
{
    /// <summary>The slug of <paramref name="label"/>: lower case, runs of other characters as one hyphen, leading numbering dropped.</summary>
    public static string From(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var sb = new StringBuilder(label.Length);
        foreach (var c in label.Trim().TrimEnd(':', '.').ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (c != '\'' && c != '’' && sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        return sb.ToString().Trim('-');
    }
}
