using System.Text;

namespace ReportMiner.Pdf.Tests.Text;

/// <summary>Similarity measures for comparing extracted text with a reference.</summary>
internal static class TextSimilarity
{
    /// <summary>White space folded to single spaces, trimmed.</summary>
    public static string Fold(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>1 − Levenshtein distance / longer length (order-sensitive, character level).</summary>
    public static double Ordered(string a, string b)
    {
        if (a.Length == 0 && b.Length == 0)
        {
            return 1;
        }

        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var ca = a[i - 1];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = ca == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
            }

            (prev, cur) = (cur, prev);
        }

        return 1.0 - ((double)prev[b.Length] / Math.Max(a.Length, b.Length));
    }

    /// <summary>Dice similarity of the word multisets, each word weighted by its length (order-insensitive).</summary>
    public static double BagOfWords(string a, string b)
    {
        var ca = Count(a);
        var cb = Count(b);
        long common = 0, total = 0;
        foreach (var (w, n) in ca)
        {
            total += (long)w.Length * n;
            if (cb.TryGetValue(w, out var m))
            {
                common += (long)w.Length * Math.Min(n, m);
            }
        }

        foreach (var (w, n) in cb)
        {
            total += (long)w.Length * n;
        }

        return total == 0 ? 1 : 2.0 * common / total;
    }

    private static Dictionary<string, int> Count(string s)
    {
        var d = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            d[w] = d.GetValueOrDefault(w) + 1;
        }

        return d;
    }
}
