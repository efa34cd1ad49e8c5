namespace ReportMiner.Pdf.Layout;

/// <summary>Page-wide typography facts the classifiers compare against.</summary>
/// <param name="BodySize">The most common font size, weighted by characters.</param>
/// <param name="BodyIsBold">Whether most body-size text is bold.</param>
internal sealed record PageStatistics(double BodySize, bool BodyIsBold)
{
    /// <summary>Computes the statistics of <paramref name="words"/>.</summary>
    public static PageStatistics From(List<LayoutWord> words)
    {
        if (words.Count == 0)
        {
            return new PageStatistics(10, false);
        }

        var bySize = new Dictionary<double, (int Chars, int Bold)>();
        foreach (var w in words)
        {
            var key = Math.Round(w.Size * 2) / 2;
            bySize.TryGetValue(key, out var v);
            bySize[key] = (v.Chars + w.Text.Length, v.Bold + (w.IsBold ? w.Text.Length : 0));
        }

        var best = bySize.MaxBy(kv => kv.Value.Chars);
        return new PageStatistics(Math.Max(best.Key, 1), best.Value.Bold * 2 > best.Value.Chars);
    }
}
