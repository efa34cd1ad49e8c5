namespace ReportMiner.Tests;

/// <summary>Where the repository, the corpus and the shared seeds are, found from the test assembly's folder.</summary>
internal static class TestPaths
{
    private static readonly Lazy<string> LazyRoot = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReportMiner.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("the repository root (ReportMiner.sln) was not found above the test folder");
    });

    public static string RepositoryRoot => LazyRoot.Value;

    public static string Corpus => Path.Combine(RepositoryRoot, "corpus");

    /// <summary>The shared seed documents, beside the repository (../shared/seeds), or null where absent.</summary>
    public static string? Seeds
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "seeds"));
            return Directory.Exists(path) ? path : null;
        }
    }
}

/// <summary>A fact that is skipped, with a message, where ../shared/seeds is absent.</summary>
internal sealed class SeedsFactAttribute : FactAttribute
{
    public SeedsFactAttribute()
    {
        if (TestPaths.Seeds is null)
        {
            Skip = "../shared/seeds is absent: the seed documents are not part of this checkout";
        }
    }
}
