using ReportMiner.Classification;

namespace ReportMiner.Tests.Classification;

public sealed class FindingInputTests
{
    [Theory]
    [InlineData("Assessment was sufficient in 12 of the 20 cases, and reviewing was sufficient in only 8 of them.", "8 of", "and reviewing was sufficient in only 8 of them")]
    [InlineData("Assessment was sufficient in 12 of the 20 cases, and reviewing was sufficient in only 8 of them.", "12", "Assessment was sufficient in 12 of the 20 cases")]
    [InlineData("In 17 of the 18 cases, the initial assessment was sufficient.", "17", "In 17 of the 18 cases, the initial assessment was sufficient")]
    [InlineData("Safeguarding work scored 69% (up from 55%, in 2009), risk of harm work 62%.", "62%", "risk of harm work 62%")]
    public void Clause_FindingInASentence_IsItsOwnClause(string sentence, string at, string expected)
    {
        // Given a sentence and the offset of one finding's ratio in it
        var offset = sentence.IndexOf(at, StringComparison.Ordinal);

        // When its clause is taken
        var clause = FindingInput.Clause(sentence, offset);

        // Then it is the finding's clause (with the clause after where the ratio opens its own)
        Assert.Equal(expected, clause);
    }

    [Fact]
    public void For_OutOfCourtSentence_HasTheSentenceAndCuesAsContext()
    {
        // Given a finding whose kind of case is named only in its sentence's opening clause
        const string Sentence = "In out-of-court cases, planning was sufficient in 9 of 12 cases.";

        // When its input is built
        var input = FindingInput.For(Sentence, Sentence.IndexOf("9 of", StringComparison.Ordinal), "3.2 Planning", "Paragraph");

        // Then the text is its clause and the context the sentence with the cue words
        Assert.Equal("planning was sufficient in 9 of 12 cases", input.Text);
        Assert.Equal(Sentence + " cueoutofcourt cuedomain3", input.Context);
        Assert.Equal("3.2 Planning", input.Heading);
    }
}
