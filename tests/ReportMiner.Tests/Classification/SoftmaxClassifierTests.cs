using ReportMiner.Classification;

namespace ReportMiner.Tests.Classification;

public sealed class SoftmaxClassifierTests
{
    private static readonly Lazy<SoftmaxClassifier> Toy = new(() => new ClassifierTrainer(ToyData.FastOptions).Train("toy", ToyData.Separable()));

    private static readonly ClassifierInput[] Probes =
    [
        new("an orchard of plum trees"),
        new("boats on the canal", "Findings", "ListItem"),
        new("the gearbox and the clutch", null, null, "context words here"),
        new("nothing known at all"),
    ];

    [Fact]
    public void SaveLoad_RoundTrip_PredictsExactlyTheSame()
    {
        // Given a trained model
        var model = Toy.Value;

        // When it is saved and loaded again
        var loaded = SoftmaxClassifier.Load(new MemoryStream(Save(model)));

        // Then its labels, calibration and every probability are exactly the same
        Assert.Equal(model.Labels, loaded.Labels);
        Assert.Equal(model.Temperature, loaded.Temperature);
        Assert.Equal(model.AbstainThreshold, loaded.AbstainThreshold);
        Assert.Equal(model.Features, loaded.Features);
        foreach (var probe in Probes)
        {
            Assert.Equal(model.Probabilities(probe), loaded.Probabilities(probe));
            Assert.Equal(model.Predict(probe), loaded.Predict(probe));
        }

        Assert.Equal(Save(model), Save(loaded));
    }

    [Fact]
    public void SaveLoad_GroupedLabels_PredictsExactlyTheSame()
    {
        // Given a model whose labels share weights by group ("g1/…")
        var examples = ToyData.Separable().Select(e => e with { Label = (e.Label == "motor" ? "g2/" : "g1/") + e.Label }).ToList();
        var model = new ClassifierTrainer(ToyData.FastOptions).Train("grouped", examples);

        // When it is saved and loaded again
        var loaded = SoftmaxClassifier.Load(new MemoryStream(Save(model)));

        // Then the groups and every probability are the same
        Assert.Equal(2, loaded.GroupCount);
        foreach (var probe in Probes)
        {
            Assert.Equal(model.Probabilities(probe), loaded.Probabilities(probe));
        }
    }

    [Fact]
    public void Load_FlippedWeightByte_ThrowsModelExceptionNamingTheChecksum()
    {
        // Given a saved model with one byte in its weights changed
        var bytes = Save(Toy.Value);
        bytes[bytes.Length - 20] ^= 0x5A;

        // When it is loaded / Then it is refused as damaged
        var e = Assert.Throws<ModelException>(() => SoftmaxClassifier.Load(new MemoryStream(bytes)));
        Assert.Contains("checksum", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Truncated_ThrowsModelException()
    {
        // Given the first half of a model file
        var bytes = Save(Toy.Value);

        // When it is loaded / Then it is refused
        Assert.Throws<ModelException>(() => SoftmaxClassifier.Load(new MemoryStream(bytes[..(bytes.Length / 2)])));
    }

    [Fact]
    public void Load_NotAModel_ThrowsModelExceptionNamingTheMagic()
    {
        // Given a text file
        var bytes = "label\ttext\n"u8.ToArray();

        // When it is loaded / Then it is refused as not a model
        var e = Assert.Throws<ModelException>(() => SoftmaxClassifier.Load(new MemoryStream(bytes)));
        Assert.Contains("RMCM", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NewerVersion_ThrowsModelExceptionNamingTheVersion()
    {
        // Given a model file whose version says 2
        var bytes = Save(Toy.Value);
        bytes[4] = 2;

        // When it is loaded / Then the version is named
        var e = Assert.Throws<ModelException>(() => SoftmaxClassifier.Load(new MemoryStream(bytes)));
        Assert.Contains("version 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Predict_BelowThreshold_Abstains()
    {
        // Given a model that abstains below near-certainty
        var model = Toy.Value.WithAbstainThreshold(0.99);

        // When it reads a sentence that mixes two labels' words
        var p = model.Predict(new ClassifierInput("the river and the engine"));

        // Then it gives no label, with its probability
        Assert.True(p.Abstained);
        Assert.InRange(p.Probability, 0.0, 1.0);
    }

    [Fact]
    public void Probabilities_AnyInput_SumToOne()
    {
        var p = Toy.Value.Probabilities(new ClassifierInput("the river and the engine"));

        Assert.Equal(1.0, p.Sum(), 9);
    }

    private static byte[] Save(SoftmaxClassifier model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
