using ReportMiner.Classification;

namespace ReportMiner.Tests.Classification;

public sealed class FeatureHasherTests
{
    private static readonly ClassifierInput Input = new("In 17 out of the 18 cases, risk of harm was assessed well.", "2.1 Assessment", "Paragraph", "The context sentence.");

    [Fact]
    public void Transform_TwoInstances_GiveIdenticalFeatures()
    {
        // Given two hashers made separately
        var first = new FeatureHasher();
        var second = new FeatureHasher(FeatureOptions.Default with { });

        // When each reads the same input
        var a = first.Transform(Input);
        var b = second.Transform(Input);

        // Then the features are identical
        Assert.Equal(a.Indices.ToArray(), b.Indices.ToArray());
        Assert.Equal(a.Values.ToArray(), b.Values.ToArray());
    }

    [Fact]
    public void Hash_FixedText_IsTheDocumentedValue()
    {
        // Given the fixed hash (FNV-1a over UTF-16 code units, then the MurmurHash3 finaliser)
        // When a known text is hashed
        var h = FeatureHasher.Hash("w:risk");

        // Then it is the value pinned here, so a model trained in one process reads text the same way in every other
        Assert.Equal(ExpectedHash, h);
    }

    [Fact]
    public void Transform_DifferentNumbers_FoldToTheSameFeatures()
    {
        // Given two sentences that differ only in their counts
        var hasher = new FeatureHasher();

        // When both are read
        var a = hasher.Transform(new ClassifierInput("In 17 out of the 18 cases"));
        var b = hasher.Transform(new ClassifierInput("In 3 out of the 4 cases"));

        // Then their features are the same
        Assert.Equal(a.Indices.ToArray(), b.Indices.ToArray());
    }

    [Fact]
    public void Transform_AnyInput_IndicesInsideTheHashSpace()
    {
        // Given a small hash space
        var hasher = new FeatureHasher(FeatureOptions.Default with { HashBits = 8 });

        // When an input is read
        var v = hasher.Transform(Input);

        // Then every index fits in it
        Assert.All(v.Indices.ToArray(), i => Assert.InRange(i, 0, 255));
        Assert.True(v.Count > 20);
    }

    [Fact]
    public void Transform_CaseAndApostrophes_AreFolded()
    {
        // Given the same words in different case, with a curly apostrophe
        var hasher = new FeatureHasher();

        // When both are read
        var a = hasher.Transform(new ClassifierInput("The Child’s Plan"));
        var b = hasher.Transform(new ClassifierInput("the childs plan"));

        // Then they give the same features
        Assert.Equal(a.Indices.ToArray(), b.Indices.ToArray());
    }

    private const uint ExpectedHash = 561177198u;
}
