using System.Text;
using ReportMiner.Export.Csv;
using ReportMiner.Records;

namespace ReportMiner.Tests.Export;

/// <summary>The streaming <see cref="CsvTablesWriter"/> and the two-pass <c>ratings_wide</c>.</summary>
public sealed class CsvTablesWriterTests
{
    private static readonly ExtractionResult[] Results =
    [
        ExtractionResult.Success(SampleRecords.Full("a/first.pdf")),
        ExtractionResult.Failed("a/broken.pdf", new ExtractionFailure("DocumentLoadException", "=a/broken.pdf: the PDF cannot be read", "load")),
        ExtractionResult.Success(SampleRecords.Minimal("b/empty-record.txt")),
        ExtractionResult.Success(SampleRecords.Full("c/second.pdf") with { Ratings = [.. SampleRecords.Full().Ratings.Select(r => r with { Value = r.Value == "Good" ? "Outstanding" : r.Value })] }),
    ];

    [Fact]
    public void Write_RowByRow_GivesTheBytesOfTheWholeTableWriter()
    {
        // Given the tables written row by row as results arrive
        var streamed = CsvTablesWriter();

        // Then each is the table CsvTables.Write gives for all the results at once
        foreach (var table in CsvTables.TidyNames)
        {
            var whole = new StringWriter();
            CsvTables.Write(table, Results, whole);
            Assert.Equal(whole.ToString(), streamed[table]);
        }
    }

    [Fact]
    public void WriteWideFromRatings_TidyRatingsTable_GivesTheBytesOfTheInMemoryWideTable()
    {
        // Given the tidy ratings table
        var ratings = CsvTablesWriter()["ratings"];

        // When ratings_wide is built from it in two passes
        var fromTidy = new StringWriter();
        CsvTables.WriteWideFromRatings(() => new StringReader(ratings), fromTidy);

        // Then it is the table built from the records themselves
        var inMemory = new StringWriter();
        CsvTables.Write("ratings_wide", Results, inMemory);
        Assert.Equal(inMemory.ToString(), fromTidy.ToString());
    }

    [Fact]
    public void Write_CellsBeginningWithFormulaCharacters_AreEscapedWithAnApostrophe()
    {
        // Given a record whose quote and evidence begin with = + - @
        var tables = CsvTablesWriter();

        // Then no cell begins with a formula character; each such cell is quoted behind an apostrophe
        Assert.Contains("\"'=SUM(A1:A9) was satisfactory\"", tables["ratings"], StringComparison.Ordinal);
        Assert.Contains("\"'+17 out of the 18 relevant cases\"", tables["case_ratios"], StringComparison.Ordinal);
        Assert.Contains("\"'-half of the cases\"", tables["case_ratios"], StringComparison.Ordinal);
        Assert.Contains("\"'@everyone \"\"should\"\" read this", tables["quotes"], StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\"", tables["quotes"], StringComparison.Ordinal);
        Assert.Contains("\"'-the score 20/36", tables["warnings"], StringComparison.Ordinal);
        Assert.Contains("\"'=a/broken.pdf", tables["errors"], StringComparison.Ordinal);
        foreach (var (table, text) in tables)
        {
            foreach (var cell in Cells(text))
            {
                Assert.False(cell.Length > 0 && "=+-@".Contains(cell[0], StringComparison.Ordinal), $"{table}: unescaped cell {cell}");
            }
        }
    }

    [Fact]
    public void WideRatings_CourtAndOutOfCourtAssessment_LandInDifferentColumns()
    {
        // Given court 2.1 and out-of-court 3.1, both labelled "Assessment", with different grades
        var result = ExtractionResult.Success(new ReportRecord
        {
            Source = "salford.pdf",
            Ratings =
            [
                new Rating { Area = "Salford", Framework = "hmip-youth-2018", Standard = "3.1", Label = "Assessment", Value = "Good" },
                new Rating { Area = "Salford", Framework = "hmip-youth-2018", Standard = "2.1", Label = "Assessment", Value = "Inadequate" },
            ],
        });

        // When ratings_wide is written
        var wide = new StringWriter();
        CsvTables.Write("ratings_wide", [result], wide);

        // Then each standard has its own column, in the framework's order, with its own grade
        Assert.Equal("source,area,year,hmip-youth-2018 2.1,hmip-youth-2018 3.1\r\nsalford.pdf,Salford,,Inadequate,Good\r\n", wide.ToString());
    }

    private static Dictionary<string, string> CsvTablesWriter()
    {
        var writers = CsvTables.TidyNames.ToDictionary(t => t, _ => new StringWriter());
        using (var tables = new CsvTablesWriter(t => new KeepOpen(writers[t])))
        {
            foreach (var r in Results)
            {
                tables.Write(r);
            }
        }

        return writers.ToDictionary(kv => kv.Key, kv => kv.Value.ToString());
    }

    private static IEnumerable<string> Cells(string table)
    {
        using var reader = CsvHelper.CsvReader.FromText(table, CsvTables.ReaderOptions);
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                yield return reader.GetString(i);
            }
        }
    }

    /// <summary>A string writer that survives being disposed, so the test can read it.</summary>
    private sealed class KeepOpen(StringWriter inner) : TextWriter
    {
        public override Encoding Encoding => inner.Encoding;

        public override void Write(char value) => inner.Write(value);

        public override void Write(string? value) => inner.Write(value);

        public override void Write(ReadOnlySpan<char> buffer) => inner.Write(buffer);
    }
}
