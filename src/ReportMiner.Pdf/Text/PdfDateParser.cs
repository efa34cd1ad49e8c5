using System.Globalization;

namespace ReportMiner.Pdf.Text;

/// <summary>Parses PDF date strings (ISO 32000-1 §7.9.4): <c>D:YYYYMMDDHHmmSSOHH'mm'</c>, every part after the year optional.</summary>
internal static class PdfDateParser
{
    /// <summary>The date, or null when the text is not a PDF date.</summary>
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var s = text.Trim().AsSpan();
        if (s.StartsWith("D:"))
        {
            s = s[2..];
        }

        var pos = 0;
        if (!Digits(s, ref pos, 4, out var year) || year < 1)
        {
            return null;
        }

        var month = Digits(s, ref pos, 2, out var v) ? v : 1;
        var day = Digits(s, ref pos, 2, out v) ? v : 1;
        var hour = Digits(s, ref pos, 2, out v) ? v : 0;
        var minute = Digits(s, ref pos, 2, out v) ? v : 0;
        var second = Digits(s, ref pos, 2, out v) ? v : 0;
        var offset = TimeSpan.Zero;
        if (pos < s.Length && s[pos] is '+' or '-')
        {
            var sign = s[pos] == '-' ? -1 : 1;
            pos++;
            var oh = Digits(s, ref pos, 2, out v) ? v : 0;
            if (pos < s.Length && s[pos] == '\'')
            {
                pos++;
            }

            var om = Digits(s, ref pos, 2, out v) ? v : 0;
            if (oh <= 14 && om < 60)
            {
                offset = new TimeSpan(sign * oh, sign * om, 0);
            }
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return null;
        }

        return new DateTimeOffset(year, month, day, hour, minute, second, offset);
    }

    private static bool Digits(ReadOnlySpan<char> s, ref int pos, int count, out int value)
    {
        value = 0;
        if (pos + count > s.Length || !int.TryParse(s.Slice(pos, count), NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        pos += count;
        return true;
    }
}
