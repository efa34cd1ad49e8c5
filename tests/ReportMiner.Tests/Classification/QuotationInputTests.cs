using System.Text;
using ReportMiner.Classification;

namespace ReportMiner.Tests.Classification;

public sealed class QuotationInputTests
{
    [Fact]
    public void For_QuotationInAParagraph_CuesTheWordsLeadingIntoItAndAfterIt()
    {
        // Given a quotation whose speaker the words before it name, in a paragraph of other sentences
        const string Paragraph = "Pupils are proud of their school. They told inspectors that “everyone gets a fair chance here” and that teachers help them. Pupils behave well.";

        // When its input is built
        var input = QuotationInput.For("everyone gets a fair chance here", Paragraph);

        // Then the context is the paragraph with cue words for the last words before it and the first after it, in its sentence
        Assert.Equal("everyone gets a fair chance here", input.Text);
        Assert.EndsWith("qbthey qbtold qbinspectors qbthat qaand qathat qateachers qahelp qathem", input.Context, StringComparison.Ordinal);
    }

    [Fact]
    public void For_NoParagraph_HasNoContext()
    {
        Assert.Null(QuotationInput.For("We accept the findings in full.", null).Context);
    }

    [Fact]
    public void Extract_GuessedSpeaker_TheModelDecidesWhoseWordsTheyAre()
    {
        // Given a quotation the rules take for the report's only as a guess ("one told us"), and a model that says it is the service's
        const string Text = "Staff were positive about training; one told us: \"We get more training than anywhere I have worked before.\"\n";
        var model = new Fixed("inspected-service");
        var extractor = ReportExtractor.Create(ReportExtractorOptions.Default with { Classifiers = new ClassifierSet { QuotationScope = model } });

        // When the document is extracted with the model, and with the rules alone
        var withModel = extractor.Extract(Encoding.UTF8.GetBytes(Text), "staff.txt");
        var rules = ReportExtractor.Create(ReportExtractorOptions.Default with { UseClassifiers = false }).Extract(Encoding.UTF8.GetBytes(Text), "staff.txt");

        // Then the model was asked, and the quotation is no inspector's; the rules alone keep it as the report's
        Assert.Single(model.Asked);
        Assert.Empty(withModel.Quotes);
        Assert.Equal("report", Assert.Single(rules.Quotes).Speaker);
    }

    [Fact]
    public void Extract_NamedInspector_TheModelIsNotAsked()
    {
        // Given a quotation the rules attribute to an inspector by name and role
        const string Text = "Justin Russell, HM Chief Inspector of Probation, said: \"This is a service that should be proud of its work.\"\n";
        var model = new Fixed("inspected-service");
        var extractor = ReportExtractor.Create(ReportExtractorOptions.Default with { Classifiers = new ClassifierSet { QuotationScope = model } });

        // When it is extracted
        var record = extractor.Extract(Encoding.UTF8.GetBytes(Text), "release.txt");

        // Then the rules decide alone
        Assert.Empty(model.Asked);
        Assert.Equal("Justin Russell", Assert.Single(record.Quotes).Speaker);
    }

    /// <summary>A classifier that always gives one label, and records what it is asked.</summary>
    private sealed class Fixed(string label) : ITextClassifier
    {
        public List<ClassifierInput> Asked { get; } = [];

        public IReadOnlyList<string> Labels { get; } = ["inspectorate", "inspected-service", "other"];

        public Prediction Predict(ClassifierInput input)
        {
            Asked.Add(input);
            return new Prediction(label, 0.99);
        }
    }
}
