using ReportMiner.Pdf.Objects;

namespace ReportMiner.Pdf.Text;

/// <summary>Typed, resolving look-ups in dictionaries and arrays, as the text layer needs them; a wrong type reads as absent.</summary>
internal static class TextResolverExtensions
{
    /// <summary>The value of <paramref name="key"/> in <paramref name="dict"/>, resolved, if it has type <typeparamref name="T"/>.</summary>
    public static T? GetAs<T>(this IPdfObjectResolver resolver, PdfDictionary? dict, string key)
        where T : PdfObject =>
        dict is null ? null : resolver.Resolve(dict.Get(key)) as T;

    /// <summary>The resolved item <paramref name="index"/> of <paramref name="array"/>, if it has type <typeparamref name="T"/>.</summary>
    public static T? GetAs<T>(this IPdfObjectResolver resolver, PdfArray? array, int index)
        where T : PdfObject =>
        array is null || (uint)index >= (uint)array.Count ? null : resolver.Resolve(array[index]) as T;

    /// <summary>The number under <paramref name="key"/>, or <paramref name="fallback"/>.</summary>
    public static double GetNumberOr(this IPdfObjectResolver resolver, PdfDictionary? dict, string key, double fallback) =>
        resolver.GetAs<PdfNumber>(dict, key)?.Value ?? fallback;

    /// <summary>The name under <paramref name="key"/>, or null.</summary>
    public static string? GetName(this IPdfObjectResolver resolver, PdfDictionary? dict, string key) =>
        resolver.GetAs<PdfName>(dict, key)?.Value;

    /// <summary>Reads a numeric array (e.g. a matrix) into doubles; non-numbers read as 0. Null when absent.</summary>
    public static double[]? GetNumbers(this IPdfObjectResolver resolver, PdfDictionary? dict, string key)
    {
        var array = resolver.GetAs<PdfArray>(dict, key);
        if (array is null)
        {
            return null;
        }

        var result = new double[array.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = (resolver.Resolve(array[i]) as PdfNumber)?.Value ?? 0;
        }

        return result;
    }
}
