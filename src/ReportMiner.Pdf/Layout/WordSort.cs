using System.Buffers;
using System.Runtime.InteropServices;

namespace ReportMiner.Pdf.Layout;

/// <summary>
/// Sorts words in place by a number read once per word (a baseline, a left edge) rather than twice in every
/// comparison. The result is exactly that of <see cref="List{T}.Sort(Comparison{T})"/> comparing the same numbers,
/// the order of ties included: both run the framework's one introspective sort, here over an array of keys that
/// carries the words along, with the same comparisons and so the same swaps. A page sorts its words several times
/// (bands, lines, words within a line), so the delegate call per comparison was a good part of its layout time.
/// </summary>
internal static class WordSort
{
    /// <summary>Sorts <paramref name="words"/> by <paramref name="key"/>, smallest first.</summary>
    public static void Ascending(List<LayoutWord> words, Func<LayoutWord, double> key) => Sort(words, key, descending: false);

    /// <summary>Sorts <paramref name="words"/> by <paramref name="key"/>, largest first.</summary>
    public static void Descending(List<LayoutWord> words, Func<LayoutWord, double> key) => Sort(words, key, descending: true);

    private static void Sort(List<LayoutWord> words, Func<LayoutWord, double> key, bool descending)
    {
        var count = words.Count;
        if (count < 2)
        {
            return;
        }

        var keys = ArrayPool<double>.Shared.Rent(count);
        try
        {
            var items = CollectionsMarshal.AsSpan(words);
            for (var i = 0; i < count; i++)
            {
                var k = key(items[i]);
                if (double.IsNaN(k))
                {
                    // NaN orders differently in a key array (moved to the front) than in a comparison: keep the comparison.
                    SortByComparison(words, key, descending);
                    return;
                }

                // Negated keys sort ascending exactly as the keys sort descending (b < a ⇔ −a < −b; ties stay ties).
                keys[i] = descending ? -k : k;
            }

            keys.AsSpan(0, count).Sort(items);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(keys);
        }
    }

    /// <summary>The plain comparison sort (a method of its own, so that the usual path allocates no closure).</summary>
    private static void SortByComparison(List<LayoutWord> words, Func<LayoutWord, double> key, bool descending) =>
        words.Sort(descending ? (a, b) => key(b).CompareTo(key(a)) : (a, b) => key(a).CompareTo(key(b)));
}
