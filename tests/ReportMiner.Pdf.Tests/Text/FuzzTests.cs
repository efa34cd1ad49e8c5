using System.Diagnostics;
using ReportMiner.Pdf.Content;
using ReportMiner.Pdf.Document;
using ReportMiner.Pdf.Fonts;
using ReportMiner.Pdf.Layout;
using Xunit.Abstractions;

namespace ReportMiner.Pdf.Tests.Text;

/// <summary>
/// Random mutations of every fixture (fixed seeds, bounded counts): opening and extracting either succeeds with
/// text and warnings or throws a <see cref="PdfException"/> subtype, never anything else, and never takes more than
/// two seconds. A second test mutates decoded content streams directly, where the text layer must never throw.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private static readonly TimeSpan PerRunLimit = TimeSpan.FromSeconds(2);

    public static TheoryData<string> Fixtures() => new(TextFixtures.All());

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Mutated_files_give_text_or_a_pdf_exception(string fixture)
    {
        var original = TextFixtures.Read(fixture);
        var runs = original.Length > 150_000 ? 6 : 25;
        var random = new Random(StableSeed(fixture));
        var failures = new List<string>();
        int opened = 0, rejected = 0;
        for (var run = 0; run < runs; run++)
        {
            var data = Mutate(original, random);
            var sw = Stopwatch.StartNew();
            try
            {
                using var doc = PdfDocument.Open(data);
                _ = doc.Info;
                _ = doc.GetText();
                _ = doc.Warnings;
                opened++;
            }
            catch (PdfException)
            {
                rejected++;
            }
            catch (Exception ex)
            {
                failures.Add($"run {run}: {ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}");
            }

            if (sw.Elapsed > PerRunLimit)
            {
                failures.Add($"run {run}: took {sw.Elapsed.TotalMilliseconds:F0} ms");
            }
        }

        output.WriteLine($"{fixture}: {opened} opened, {rejected} rejected with PdfException, {failures.Count} failures");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Mutated_content_streams_never_throw(string fixture)
    {
        var file = PdfFile.Open(TextFixtures.Read(fixture));
        var fonts = new FontFactory(file);
        var random = new Random(StableSeed(fixture) ^ 0x5eed);
        var pages = Math.Min(file.Pages.Count, 3);
        for (var p = 0; p < pages; p++)
        {
            var page = file.Pages[p];
            var content = page.GetContentBytes();
            for (var run = 0; run < 15; run++)
            {
                var mutated = Mutate(content, random);
                var sw = Stopwatch.StartNew();
                var result = new TextInterpreter(file, fonts, PdfReadOptions.Default, page.Number)
                    .Run(mutated, page.Resources, Matrix.ForPage(page.MediaBox, page.Rotate));
                _ = PageLayout.Analyze(result, page.MediaBox.Width, page.MediaBox.Height);
                Assert.True(sw.Elapsed < PerRunLimit, $"page {page.Number} run {run} took {sw.Elapsed.TotalMilliseconds:F0} ms");
            }
        }
    }

    [Fact]
    public void Pages_of_scattered_text_stay_fast()
    {
        // 40,000 short words at random places and sizes: the worst case for column and table search.
        var random = new Random(7);
        var sb = new System.Text.StringBuilder("BT ");
        for (var i = 0; i < 40_000; i++)
        {
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"/F1 {random.Next(4, 30)} Tf 1 0 0 1 {random.Next(0, 600)} {random.Next(0, 800)} Tm (w{i % 97}) Tj ");
        }

        sb.Append("ET");
        var bytes = MiniPdf.Document([(sb.ToString(), "")]);
        var sw = Stopwatch.StartNew();
        using var doc = PdfDocument.Open(bytes);
        var page = doc.GetPage(1);
        output.WriteLine($"{page.Blocks.Count} blocks in {sw.ElapsedMilliseconds} ms");
        Assert.NotEmpty(page.Blocks);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(10), $"took {sw.ElapsedMilliseconds} ms");
    }

    private static int StableSeed(string name)
    {
        var h = 17;
        foreach (var c in name)
        {
            h = (h * 31) + c;
        }

        return h;
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        var data = (byte[])original.Clone();
        switch (random.Next(5))
        {
            case 0:
                // Scattered byte flips.
                for (var i = random.Next(1, 40); i > 0 && data.Length > 0; i--)
                {
                    data[random.Next(data.Length)] = (byte)random.Next(256);
                }

                return data;
            case 1:
                // Truncation.
                return data.AsSpan(0, random.Next(data.Length + 1)).ToArray();
            case 2:
                {
                    // A run of junk, or of PDF-ish tokens, overwriting a block.
                    var tokens = "()<>[]{}/%\\ 0123456789.-RobjendstreamTJTjBTETqQcmDo\n\r"u8.ToArray();
                    var at = data.Length == 0 ? 0 : random.Next(data.Length);
                    var len = Math.Min(random.Next(1, 512), data.Length - at);
                    for (var i = 0; i < len; i++)
                    {
                        data[at + i] = random.Next(2) == 0 ? (byte)random.Next(256) : tokens[random.Next(tokens.Length)];
                    }

                    return data;
                }

            case 3:
                {
                    // A chunk duplicated elsewhere (shifts every offset after it).
                    if (data.Length < 2)
                    {
                        return data;
                    }

                    var from = random.Next(data.Length);
                    var len = Math.Min(random.Next(1, 2048), data.Length - from);
                    var at = random.Next(data.Length);
                    var result = new byte[data.Length + len];
                    data.AsSpan(0, at).CopyTo(result);
                    data.AsSpan(from, len).CopyTo(result.AsSpan(at));
                    data.AsSpan(at).CopyTo(result.AsSpan(at + len));
                    return result;
                }

            default:
                {
                    // A chunk deleted.
                    if (data.Length < 2)
                    {
                        return data;
                    }

                    var at = random.Next(data.Length);
                    var len = Math.Min(random.Next(1, 4096), data.Length - at);
                    var result = new byte[data.Length - len];
                    data.AsSpan(0, at).CopyTo(result);
                    data.AsSpan(at + len).CopyTo(result.AsSpan(at));
                    return result;
                }
        }
    }
}
