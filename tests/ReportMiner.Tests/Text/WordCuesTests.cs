using System.Text;
using System.Text.RegularExpressions;
using ReportMiner.Text;

namespace ReportMiner.Tests.Text;

public sealed class WordCuesTests
{
    private static readonly string[] Words = ["one", "ten", "third", "thirds", "good", "requires", "met", "k-9"];

    // Letters and digits of every kind the cues must be careful with: ASCII, the Kelvin sign (which a case-insensitive
    // expression matches for 'k'), accented and dotless letters, non-ASCII digits, a combining mark, curly quotes.
    private const string Alphabet = "onetONETthirdsgoDREQUIRmk9-_ ,.\n\t’“\u212Aéı\u0663\u0301";

    [Fact]
    public void Says_may_hold_wherever_the_expression_finds_a_whole_word()
    {
        // Given the expression a cue stands for, and many random texts of awkward characters and the words themselves
        var cues = new WordCues(Words);
        var pattern = new Regex(@"\b(?:" + string.Join("|", Words.Select(Regex.Escape)) + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var random = new Random(11);
        var said = 0;
        for (var trial = 0; trial < 20_000; trial++)
        {
            var text = RandomText(random);

            // Then the cue never says no where the expression matches (and says no often enough to be of use)
            var may = cues.MayHold(text);
            Assert.True(may || !pattern.IsMatch(text), $"missed a match in \"{text}\"");
            said += may ? 0 : 1;
        }

        Assert.True(said > 1000);
    }

    [Fact]
    public void Says_may_end_with_wherever_the_expression_finds_a_word_at_the_end()
    {
        var cues = new WordCues(Words);
        var pattern = new Regex(@"(?:" + string.Join("|", Words.Select(Regex.Escape)) + @")\s*\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var random = new Random(12);
        for (var trial = 0; trial < 20_000; trial++)
        {
            var text = RandomText(random);
            Assert.True(cues.MayEndWith(text) || !pattern.IsMatch(text), $"missed a match in \"{text}\"");
        }
    }

    [Theory]
    [InlineData("In ten of the cases", true)]
    [InlineData("often written", false)]
    [InlineData("TEN", true)]
    [InlineData("\u212Aey", true)]
    [InlineData("nineteen", false)]
    public void Decides_plain_cases(string text, bool expected) => Assert.Equal(expected, new WordCues(["ten"]).MayHold(text));

    [Fact]
    public void An_empty_or_non_ascii_word_makes_every_answer_may()
    {
        Assert.True(new WordCues(["", "ten"]).MayHold("nothing here"));
        Assert.True(new WordCues(["café"]).MayEndWith("nothing here"));
    }

    private static string RandomText(Random random)
    {
        var sb = new StringBuilder();
        var length = random.Next(0, 24);
        while (sb.Length < length)
        {
            if (random.Next(4) == 0)
            {
                var word = Words[random.Next(Words.Length)];
                sb.Append(random.Next(2) == 0 ? word : word.ToUpperInvariant());
            }
            else
            {
                sb.Append(Alphabet[random.Next(Alphabet.Length)]);
            }
        }

        return sb.ToString();
    }
}
