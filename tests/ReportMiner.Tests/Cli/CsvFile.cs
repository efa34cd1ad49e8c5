using CsvHelper;
using ReportMiner.Export.Csv;

namespace ReportMiner.Tests.Cli;

/// <summary>A CSV table read back for assertions.</summary>
internal sealed record CsvFile(IReadOnlyList<string> Header, IReadOnlyList<string[]> Rows)
{
    public static CsvFile Read(string path)
    {
        using var reader = CsvReader.Create(File.OpenRead(path), CsvTables.ReaderOptions, false);
        var rows = new List<string[]>();
        var header = reader.Headers.ToList();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        }

        return new CsvFile(header, rows);
    }

    public IEnumerable<string> Column(string name)
    {
        var i = Header.ToList().IndexOf(name);
        Assert.True(i >= 0, $"no column {name} in {string.Join(",", Header)}");
        return Rows.Select(r => r[i]);
    }
}
