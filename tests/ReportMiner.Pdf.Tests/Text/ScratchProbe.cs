using System.Diagnostics;
using ReportMiner.Pdf.Content;
using ReportMiner.Pdf.Document;
using ReportMiner.Pdf.Fonts;
using ReportMiner.Pdf.Layout;
using Xunit.Abstractions;

namespace ReportMiner.Pdf.Tests.Text;

public sealed class ScratchProbe(ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        foreach (var name in new[] { "lo-long.pdf", "chrome-long.pdf", "gs-long.pdf" })
        {
            var bytes = TextFixtures.Read(name);
            double tOpen = 0, tDecode = 0, tInterp = 0, tLayout = 0, tText = 0;
            for (var round = 0; round < 12; round++)
            {
                var sw = Stopwatch.StartNew();
                var file = PdfFile.Open(bytes);
                var fonts = new FontFactory(file);
                var a = sw.Elapsed.TotalMilliseconds;
                double d = 0, it = 0, l = 0, tx = 0;
                foreach (var page in file.Pages)
                {
                    var t0 = sw.Elapsed.TotalMilliseconds;
                    var content = page.GetContentBytes();
                    var t1 = sw.Elapsed.TotalMilliseconds;
                    var result = new TextInterpreter(file, fonts, PdfReadOptions.Default, page.Number).Run(content, page.Resources, Matrix.ForPage(page.MediaBox, page.Rotate));
                    var t2 = sw.Elapsed.TotalMilliseconds;
                    var blocks = PageLayout.Analyze(result, page.MediaBox.Width, page.MediaBox.Height);
                    var t3 = sw.Elapsed.TotalMilliseconds;
                    _ = global::ReportMiner.Pdf.Text.PlainTextWriter.Page(blocks);
                    var t4 = sw.Elapsed.TotalMilliseconds;
                    d += t1 - t0; it += t2 - t1; l += t3 - t2; tx += t4 - t3;
                }

                if (round >= 2)
                {
                    tOpen += a; tDecode += d; tInterp += it; tLayout += l; tText += tx;
                }
            }

            output.WriteLine($"{name}: open {tOpen / 10:F1} decode {tDecode / 10:F1} interp {tInterp / 10:F1} layout {tLayout / 10:F1} text {tText / 10:F1} ms per doc");
        }
    }
}
