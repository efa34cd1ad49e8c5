using ReportMiner.Classification;

namespace ReportMiner.Tests.Classification;

public sealed class ModelTrainingTests
{
    private static readonly string[] Labels =
    [
        "any/none", "hmip-youth-2018/assessment", "hmip-youth-2018/2.4", "hmip-youth-fji/protecting-the-public", "hmip-probation-pdu/2.2",
    ];

    [Theory]
    [InlineData("hmip-youth-2018", "hmip-youth-2018/2.4", true)]
    [InlineData("hmip-youth-2018", "hmip-youth-fji/protecting-the-public", false)]
    [InlineData("hmip-youth-sqs", "hmip-youth-fji/protecting-the-public", true)]
    [InlineData("hmip-youth-sqs", "hmip-youth-2018/2.4", false)]
    [InlineData("", "hmip-youth-2018/2.4", false)]
    [InlineData("", "any/none", true)]
    [InlineData(null, "hmip-probation-pdu/2.2", true)]
    public void AllowedLabelsFor_NoParticularStandard_AskedAmongItsDocumentsFramework(string? scope, string label, bool expected)
    {
        // Given a finding of no particular standard from a document the extractor takes to be in framework `scope`
        // (empty: none; null: unknown), and a model that knows no label of the SQS framework (its family's are FJI's)
        var example = new LabelledExample(new ClassifierInput("In 12 of the 20 cases, the child was known to social care"), "any/none") { Scope = scope };
        var allowed = ModelTraining.AllowedLabelsFor(ClassifierModels.StandardAttribution, Labels)!;

        // When it is asked whether the label is one the extractor would choose among
        var result = allowed(example, label);

        // Then the framework's own labels (else its family's) and any/none are, and no other
        Assert.Equal(expected, result);
    }

    [Fact]
    public void AllowedLabelsFor_LabelledFinding_AskedAmongItsLabelsFramework()
    {
        var example = new LabelledExample(new ClassifierInput("Reviewing was sufficient in 9 of 12 cases"), "hmip-youth-2018/2.4");
        var allowed = ModelTraining.AllowedLabelsFor(ClassifierModels.StandardAttribution, Labels)!;

        Assert.True(allowed(example, "hmip-youth-2018/assessment"));
        Assert.True(allowed(example, "any/none"));
        Assert.False(allowed(example, "hmip-probation-pdu/2.2"));
    }

    [Theory]
    [InlineData("hmip-youth-2018/3.1", "assessment")]
    [InlineData("hmip-probation-pdu/2.2", "assessment")]
    [InlineData("hmip-youth-2018/implementation-and-delivery", "delivery")]
    [InlineData("hmip-youth-fji/interventions", "delivery")]
    [InlineData("hmip-youth-fji/protecting-the-public", "riskofharm")]
    [InlineData("hmip-youth-cci/risk-of-harm", "riskofharm")]
    [InlineData("hmip-youth-sqs/protecting-the-child", "childsafety")]
    [InlineData("hmip-youth-cci/safeguarding", "childsafety")]
    [InlineData("hmip-youth-cci/likelihood-of-reoffending", "reoffending")]
    [InlineData("hmip-youth-2025/victims", "victims")]
    [InlineData("hmip-youth-2025/work-with-victims", "victims")]
    [InlineData("hmip-youth-2018/4.1", "resettlement")]
    [InlineData("hmip-youth-2025/court-disposals", "court-disposals")]
    [InlineData("any/none", null)]
    public void StandardConcept_StandardsOfOneTopic_ShareAGroupAcrossFrameworks(string label, string? expected)
    {
        Assert.Equal(expected, ModelTraining.StandardConcept(label));
    }

    [Theory]
    [InlineData("hmip-probation-pdu", "2.1", "Assessment", "hmip-probation-pdu/assessment")]
    [InlineData("hmip-probation-pdu", "2.2", null, "hmip-probation-pdu/assessment")]
    [InlineData("hmip-youth-2025", "work-with-victims", "Work with victims", "hmip-youth-2025/victims")]
    [InlineData("hmip-youth-2025", "victims", "its support for victims of crime committed by children", "hmip-youth-2025/victims")]
    [InlineData("hmip-youth-2018", "2.1", "Assessment", null)]
    public void StandardLabels_ConceptLabel_NamesAPrintedStandardByWhatItIs(string framework, string id, string? printed, string? expected)
    {
        var f = ReportMiner.Frameworks.FrameworkCatalog.Default.Find(framework)!;

        Assert.Equal(expected, StandardLabels.ConceptLabel(f, id, printed));
    }

    [Fact]
    public void StandardLabels_PrintedAnswers_TheIdTheDocumentPrintsBesideTheName()
    {
        // Given the ratings of a PDU report of 2024, which numbers its standards its own way
        ReportMiner.Records.Rating Rated(string standard, string label) =>
            new() { Area = "Swansea", Framework = "hmip-probation-pdu", Standard = standard, Label = label, Value = "Good" };
        var ratings = new[] { Rated("overall", "Overall rating"), Rated("2.1", "Assessment"), Rated("2.2", "Planning"), Rated("2.4", "Reviewing") };

        // When the concept labels are mapped to its numbers
        var answers = StandardLabels.PrintedAnswers(ratings);

        // Then each name stands for the number printed beside it
        Assert.Equal("hmip-probation-pdu/2.1", answers["hmip-probation-pdu/assessment"]);
        Assert.Equal("hmip-probation-pdu/2.4", answers["hmip-probation-pdu/reviewing"]);
        Assert.False(answers.ContainsKey("hmip-probation-pdu/overall"));
    }

    [Fact]
    public void ResolverFor_PrintedStandard_GivesTheDocumentsOwnId()
    {
        var example = new LabelledExample(new ClassifierInput("Reviewing was sufficient in 27 of the 46 cases"), "hmip-probation-pdu/reviewing")
        {
            Answer = "hmip-probation-pdu/2.4",
            Printed = new Dictionary<string, string> { ["hmip-probation-pdu/reviewing"] = "hmip-probation-pdu/2.4" },
        };
        var resolve = ModelTraining.ResolverFor(ClassifierModels.StandardAttribution)!;

        Assert.Equal("hmip-probation-pdu/2.4", resolve(example, "hmip-probation-pdu/reviewing"));
        Assert.Equal("hmip-probation-pdu/2.2", resolve(example with { Printed = null }, "hmip-probation-pdu/assessment"));
    }

    [Fact]
    public void StandardLabels_PrintedAnswer_StandardTheDocumentDoesNotPrint_IsNone()
    {
        // Given a press release that rates a PDU's leadership and staff alone
        var printed = new Dictionary<string, string> { ["hmip-probation-pdu/leadership"] = "hmip-probation-pdu/1.1", ["hmip-probation-pdu/staff"] = "hmip-probation-pdu/1.2" };

        // Then a standard taken as printed that it does not print has no number in it; a printed one has its own; a
        // framework numbered by the catalogue is left to the rules, and so is a document that prints none
        Assert.Equal(CorpusTrainingData.NoStandard, StandardLabels.PrintedAnswer("hmip-probation-pdu/planning", printed));
        Assert.Equal("hmip-probation-pdu/1.2", StandardLabels.PrintedAnswer("hmip-probation-pdu/staff", printed));
        Assert.Null(StandardLabels.PrintedAnswer("hmip-youth-2018/planning", printed));
        Assert.Null(StandardLabels.PrintedAnswer("hmip-probation-pdu/planning", new Dictionary<string, string>()));
    }

    [Theory]
    [InlineData("Reviewing was sufficient in 12 of the 20 cases.", 28)]
    [InlineData("The young person's emotional and physical wellbeing was addressed in only half of the cases.", 74)]
    [InlineData("No number here.", 0)]
    public void FirstCount_HandLabelledFinding_ItsFirstNumberOrNumberWord(string text, int expected)
    {
        Assert.Equal(expected, FindingInput.FirstCount(text));
    }

    [Fact]
    public void ExamplesFor_ShippedHandLabelledFile_EveryFindingHasACount()
    {
        // The model is asked about case ratios only: every hand-labelled finding states a count (a number, "half", "all" …)
        var examples = TrainingData.ReadTsv(Path.Combine(TestPaths.RepositoryRoot, "src", "ReportMiner", "Classification", "Training", "standard-attribution.tsv"));

        Assert.All(examples, e => Assert.True(FindingInput.HasCount(e.Input.Text), e.Input.Text));
    }

    [Fact]
    public void GroupParaphrases_NearCopyOfACorpusSentence_JoinsItsDocument()
    {
        // Given a corpus finding, a hand-labelled near copy of it, and a hand-labelled sentence of other words
        var corpus = new LabelledExample(new ClassifierInput("PSRs had been written in 14 of the 20 cases and all of them were of good quality"), "hmip-youth-fji/reducing-reoffending") { Group = "doc-a.gold.json" };
        var copy = new LabelledExample(new ClassifierInput("PSRs had been written in 14 of the 20 cases, and all were of good quality."), "hmip-youth-fji/court-work") { HandLabelled = true };
        var other = new LabelledExample(new ClassifierInput("Victims were contacted within five days in 9 of the 11 relevant cases."), "hmip-youth-fji/protecting-the-public") { HandLabelled = true };

        // When paraphrases are grouped
        var grouped = ModelTraining.GroupParaphrases([corpus, copy, other]);

        // Then the near copy stands in the corpus document's group (one fold with it), and the other sentence alone
        Assert.Equal("doc-a.gold.json", grouped[1].Group);
        Assert.Null(grouped[2].Group);
        Assert.True(grouped[1].HandLabelled);
    }
}
