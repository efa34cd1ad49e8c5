using System.Globalization;

namespace ReportMiner.Text;

/// <summary>Reads whole numbers written in digits ("18", "1,200") or English words ("four", "twenty-one", "a hundred").</summary>
public static class NumberWords
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["none"] = 0, ["one"] = 1, ["a"] = 1, ["an"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
        ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["dozen"] = 12,
    };

    /// <summary>The regular-expression fragment that matches a number in digits or words (one to two words, hyphenated tens).</summary>
    public const string Pattern =
        @"(?:\d{1,3}(?:,\d{3})+|\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s\-](?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:a|one)\s+hundred)";

    /// <summary>Reads <paramref name="text"/> as a whole number.</summary>
    /// <returns>Whether it is one.</returns>
    public static bool TryParse(string text, out int value)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        if (int.TryParse(t.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        var words = t.ToLowerInvariant().Split([' ', '-', '\u2010'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return false;
        }

        var total = 0;
        foreach (var w in words)
        {
            if (w == "hundred")
            {
                total = Math.Max(total, 1) * 100;
            }
            else if (w == "and")
            {
                continue;
            }
            else if (Units.TryGetValue(w, out var u))
            {
                total += u;
            }
            else
            {
                value = 0;
                return false;
            }
        }

        value = total;
        return true;
    }
}
