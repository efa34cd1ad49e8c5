using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportMiner.Loading.Html;

/// <summary>
/// Reads the dates pages put in their metadata: ISO 8601 (<c>2015-06-10</c>, <c>2015-06-10T09:30:00+01:00</c>)
/// and the common written forms of UK sites (<c>10 June 2015</c>, <c>Wednesday 10th June 2015</c>,
/// <c>June 10, 2015</c>, <c>10/06/2015</c> day first, <c>2015/06/10</c>, <c>20150610</c>).
/// A timestamp's date is taken as written, not converted to UTC: a release published at 00:01 British
/// Summer Time is published that day.
/// </summary>
internal static partial class HtmlDateParser
{
    private static readonly string[] WrittenFormats =
    [
        "d MMMM yyyy", "d MMM yyyy", "MMMM d yyyy", "MMM d yyyy", "d MMMM, yyyy", "MMMM d, yyyy", "MMM d, yyyy",
        "dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy", "dd-MM-yyyy", "yyyy/MM/dd", "yyyyMMdd", "d-MMM-yyyy",
    ];

    /// <summary>Reads <paramref name="text"/> as a date.</summary>
    /// <returns>Whether it was one (years 1900–2199 only: other numbers are not publication dates).</returns>
    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        var iso = IsoDate().Match(trimmed);
        if (iso.Success)
        {
            return TryMake(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value, out date);
        }

        var cleaned = Ordinal().Replace(Weekday().Replace(trimmed, string.Empty), "$1");
        cleaned = Spaces().Replace(cleaned.Replace("Sept ", "Sep ", StringComparison.OrdinalIgnoreCase), " ").Trim();
        if (DateOnly.TryParseExact(cleaned, WrittenFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date))
        {
            return date.Year is >= 1900 and < 2200;
        }

        return false;
    }

    private static bool TryMake(string year, string month, string day, out DateOnly date)
    {
        date = default;
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        if (y is < 1900 or >= 2200 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        date = new DateOnly(y, m, d);
        return true;
    }

    /// <summary>An ISO 8601 date at the start, optionally followed by a time.</summary>
    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?:$|[T\s])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(\d{1,2})(?:st|nd|rd|th)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Spaces();
}
