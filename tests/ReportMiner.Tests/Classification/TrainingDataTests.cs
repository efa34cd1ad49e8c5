using ReportMiner.Classification;

namespace ReportMiner.Tests.Classification;

public sealed class TrainingDataTests
{
    [Fact]
    public void ParseTsv_CommentsBlanksAndOptionalColumns_ReadsExamples()
    {
        // Given a file with a comment, a blank line, a full row and a two-column row
        var text = "# comment\n\nlabel-a\tSome text\tA heading\tParagraph\tThe context\nlabel-b\tOther text\n";

        // When it is parsed
        var examples = TrainingData.ParseTsv(new StringReader(text), "inline");

        // Then both rows are read, with absent columns null, as hand-labelled examples
        Assert.Equal(2, examples.Count);
        Assert.Equal(new LabelledExample(new ClassifierInput("Some text", "A heading", "Paragraph", "The context"), "label-a") { HandLabelled = true }, examples[0]);
        Assert.Equal(new LabelledExample(new ClassifierInput("Other text"), "label-b") { HandLabelled = true }, examples[1]);
    }

    [Fact]
    public void ParseTsv_RowWithoutText_ThrowsNamingTheLine()
    {
        var e = Assert.Throws<ModelException>(() => TrainingData.ParseTsv(new StringReader("# c\nlabel-only\n"), "data.tsv"));

        Assert.Contains("data.tsv, line 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadTsv_ShippedTrainingFiles_HaveEnoughExamplesPerModel()
    {
        // Given the hand-labelled files in the repository
        var folder = Path.Combine(TestPaths.RepositoryRoot, "src", "ReportMiner", "Classification", "Training");

        // When each is read / Then each has at least 150 examples
        foreach (var name in ClassifierModels.All)
        {
            var examples = TrainingData.ReadTsv(Path.Combine(folder, name + ".tsv"));
            Assert.True(examples.Count >= 150, $"{name}: {examples.Count} examples");
        }
    }

    [Fact]
    public void CorpusTrainingData_TestSplit_IsRefused()
    {
        // Given the held-out test split / When it is offered for training / Then it is refused
        var e = Assert.Throws<ArgumentException>(() => CorpusTrainingData.Read(Path.Combine(TestPaths.Corpus, "test")));
        Assert.Contains("held out", e.Message, StringComparison.Ordinal);
    }
}
