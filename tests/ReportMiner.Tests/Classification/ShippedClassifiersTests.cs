using System.Diagnostics;
using ReportMiner.Classification;

namespace ReportMiner.Tests.Classification;

public sealed class ShippedClassifiersTests
{
    [Fact]
    public void LoadModel_EveryShippedModel_LoadsQuickly()
    {
        // Given the embedded models
        // When each is read from its resource
        var watch = Stopwatch.StartNew();
        var models = ClassifierModels.All.Select(ShippedClassifiers.LoadModel).ToList();
        watch.Stop();

        // Then all three are there, named as expected, and reading them is quick
        Assert.All(models, Assert.NotNull);
        Assert.Equal(ClassifierModels.All, models.Select(m => m!.Name));
        Assert.True(watch.ElapsedMilliseconds < 500, $"loading took {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void LoadModel_Unknown_IsNull()
    {
        Assert.Null(ShippedClassifiers.LoadModel("no-such-model"));
    }

    [Theory]
    [InlineData("Work to protect the public and actual or potential victims was unsatisfactory: risk of harm was assessed well in only 9 of the 16 cases.", "hmip-youth-fji/protecting-the-public")]
    [InlineData("Vulnerability was assessed and safeguarding needs addressed in 14 of the 18 cases.", "hmip-youth-fji/protecting-the-child")]
    [InlineData("In out-of-court disposals, assessment of the child's desistance was sufficient in 12 of 15 cases.", "hmip-youth-2018/3.1")]
    public void StandardAttribution_ClearSentence_GivesTheObviousStandard(string text, string expected)
    {
        // Given the shipped model, and a finding read as StandardAttributor reads it (its clause, the sentence, cues)
        var model = ShippedClassifiers.Load().StandardAttribution!;
        var input = FindingInput.For(text, text.AsSpan().IndexOfAnyInRange('0', '9'), null, "Paragraph");

        // When it is asked among the standards of the expected label's framework, as for a document in that framework
        var framework = expected.Split('/')[0];
        var p = model.PredictAmong(input, l => l.StartsWith(framework + "/", StringComparison.Ordinal) || l == CorpusTrainingData.NoStandard);

        // Then it gives the obvious standard (a label naming court and out-of-court twins resolved by the wording, as StandardAttributor does)
        Assert.Equal(expected, StandardLabels.Answer(p.Label!, input.Text, input.Context, null));
    }

    [Theory]
    [InlineData("hmip-youth-2018/3.1", "hmip-youth-2018/assessment")]
    [InlineData("hmip-youth-2018/2.3", "hmip-youth-2018/implementation-and-delivery")]
    [InlineData("hmip-youth-2018/1.1", "hmip-youth-2018/1.1")]
    [InlineData("hmip-probation-pdu/2.2", "hmip-probation-pdu/assessment")]
    [InlineData("hmip-youth-2025/victims", "hmip-youth-2025/victims")]
    [InlineData("hmip-youth-fji/interventions", "hmip-youth-fji/interventions")]
    [InlineData("any/none", "any/none")]
    public void StandardLabels_TrainingLabel_MergesTwinsAndNamesPrintedStandards(string answer, string expected)
    {
        Assert.Equal(expected, StandardLabels.TrainingLabel(answer));
    }

    [Theory]
    [InlineData("hmip-youth-2018/planning", "Planning was sufficient in 9 of 12 out-of-court cases", null, "hmip-youth-2018/3.2")]
    [InlineData("hmip-youth-2018/planning", "Planning was sufficient in 9 of 12 cases", "3. Out-of-court disposals", "hmip-youth-2018/3.2")]
    [InlineData("hmip-youth-2018/planning", "Planning was sufficient in 9 of 12 cases", null, "hmip-youth-2018/2.2")]
    [InlineData("hmip-youth-2018/2.4", "Reviewing was sufficient in 9 of 12 out-of-court cases", null, "hmip-youth-2018/2.4")]
    [InlineData("hmip-youth-2018/assessment", "Assessments for children given a youth caution were sufficient in 14 of 16 cases", null, "hmip-youth-2018/3.1")]
    [InlineData("hmip-youth-2018/planning", "Plans for children on community resolutions were sufficient in 11 of 14 cases", "2. Court disposals", "hmip-youth-2018/3.2")]
    public void StandardLabels_Answer_TakesTheDomainFromTheWording(string label, string text, string? heading, string expected)
    {
        Assert.Equal(expected, StandardLabels.Answer(label, text, null, heading));
    }

    [Fact]
    public void StandardLabels_Answer_TheClauseBeforeTheSentence()
    {
        // Given a finding on court cases in a sentence that also speaks of out-of-court work
        const string Sentence = "Out-of-court work was outstanding, and assessment was sufficient in 22 of the 23 court cases.";
        var input = FindingInput.For(Sentence, Sentence.IndexOf("22", StringComparison.Ordinal), null, "Paragraph");

        // When the twin label is resolved
        var answer = StandardLabels.Answer("hmip-youth-2018/assessment", input.Text, input.Context, null);

        // Then the finding's own clause decides: court work
        Assert.Equal("hmip-youth-2018/2.1", answer);
    }

    [Theory]
    [InlineData("The service needs to do more to keep children safe.", "The inspectors said “The service needs to do more to keep children safe.”", "inspectorate")]
    [InlineData("We welcome the report and will act on its recommendations.", "A council spokesperson said: “We welcome the report and will act on its recommendations.”", "inspected-service")]
    [InlineData("Knife crime is a national emergency.", "The minister said: “Knife crime is a national emergency.”", "other")]
    public void QuotationScope_ClearQuotation_GivesTheObviousScope(string quote, string paragraph, string expected)
    {
        var model = ShippedClassifiers.Load().QuotationScope!;

        var p = model.Predict(new ClassifierInput(quote, null, "Paragraph", paragraph));

        Assert.Equal(expected, p.Label);
    }

    [Theory]
    [InlineData("Swindon Youth Offending Team has been rated 'Good' by inspectors.", "area-grade")]
    [InlineData("70 per cent of services inspected were rated good or outstanding.", "aggregate")]
    [InlineData("The council hopes to be rated outstanding at its next inspection.", "past-or-planned")]
    public void RatingScope_ClearSentence_GivesTheObviousScope(string text, string expected)
    {
        var model = ShippedClassifiers.Load().RatingScope!;

        var p = model.Predict(new ClassifierInput(text, null, "Paragraph"));

        Assert.Equal(expected, p.Label);
    }
}
