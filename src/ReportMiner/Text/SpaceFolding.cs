using System.Text.RegularExpressions;

namespace ReportMiner.Text;

/// <summary>
/// Folds each run of white space and hyphens to one space, as labels, grades and aliases are compared
/// ("requires-improvement", "requires  improvement"). One compiled expression, shared by every caller, instead of a
/// look-up in the regular-expression cache on every call.
/// </summary>
internal static partial class SpaceFolding
{
    /// <summary><paramref name="text"/> with every run of white space and hyphens replaced by one space.</summary>
    public static string Fold(string text) => SpacesAndHyphens().Replace(text, " ");

    [GeneratedRegex(@"[\s\-]+")]
    private static partial Regex SpacesAndHyphens();
}
