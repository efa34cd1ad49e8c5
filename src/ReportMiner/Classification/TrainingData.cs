using System.Text;

namespace ReportMiner.Classification;

/// <summary>
/// Reads hand-labelled examples from a tab-separated file: one example a line, the columns <c>label</c>,
/// <c>text</c>, and optionally <c>heading</c>, <c>kind</c> (a block kind such as <c>Paragraph</c>) and
/// <c>context</c>; an empty column is absent. Blank lines and lines starting with <c>#</c> are skipped.
/// </summary>
public static class TrainingData
{
    /// <summary>Reads the examples in the file at <paramref name="path"/>.</summary>
    /// <exception cref="ModelException">A line is malformed; the message names the file and line.</exception>
    public static IReadOnlyList<LabelledExample> ReadTsv(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path, Encoding.UTF8);
        return ParseTsv(reader, path);
    }

    /// <summary>Reads the examples from <paramref name="reader"/>; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="ModelException">A line is malformed; the message names the source and line.</exception>
    public static IReadOnlyList<LabelledExample> ParseTsv(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var examples = new List<LabelledExample>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#') || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length is < 2 or > 5 || string.IsNullOrWhiteSpace(cells[0]) || string.IsNullOrWhiteSpace(cells[1]))
            {
                throw new ModelException($"{source}, line {lineNumber}: expected 2 to 5 tab-separated columns (label, text, heading, kind, context) with a label and a text");
            }

            string? Cell(int i) => i < cells.Length && !string.IsNullOrWhiteSpace(cells[i]) ? cells[i].Trim() : null;
            examples.Add(new LabelledExample(new ClassifierInput(cells[1].Trim(), Cell(2), Cell(3), Cell(4)), cells[0].Trim()) { HandLabelled = true });
        }

        return examples;
    }
}
