using System.Text;
using System.Text.RegularExpressions;
using ReportMiner.Pdf.Objects;
using ReportMiner.Pdf.Text;

namespace ReportMiner.Pdf.Fonts;

/// <summary>
/// Builds <see cref="PdfFont"/>s from font dictionaries and caches them per document (keyed by the indirect
/// reference, or by the dictionary itself when direct). A broken font never throws: it degrades to a fallback
/// font and a warning.
/// </summary>
internal sealed partial class FontFactory
{
    private readonly IPdfObjectResolver resolver;
    private readonly Dictionary<PdfObject, PdfFont> cache = [];
    private readonly Dictionary<string, CMap> embeddedCMaps = new(StringComparer.Ordinal);
    private PdfFont? fallback;

    /// <summary>Creates a factory for one document.</summary>
    public FontFactory(IPdfObjectResolver resolver) => this.resolver = resolver;

    /// <summary>The font for a /Font resource entry (reference or dictionary); <paramref name="warn"/> receives load problems.</summary>
    public PdfFont Get(PdfObject? fontObject, Action<string, string> warn)
    {
        if (fontObject is null)
        {
            warn("font-missing", "a text operator used a font that is not in the page resources; Helvetica metrics assumed");
            return Fallback;
        }

        if (cache.TryGetValue(fontObject, out var font))
        {
            return font;
        }

        try
        {
            if (resolver.Resolve(fontObject) is PdfDictionary dict)
            {
                font = Create(dict, warn);
            }
            else
            {
                warn("font-missing", "a font resource is not a dictionary; Helvetica metrics assumed");
                font = Fallback;
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException and not PdfLimitExceededException)
        {
            warn("font-broken", $"a font could not be read ({ex.GetType().Name}: {ex.Message}); Helvetica metrics assumed");
            font = Fallback;
        }

        cache[fontObject] = font;
        return font;
    }

    /// <summary>Helvetica with StandardEncoding, used where a font is missing or broken.</summary>
    public PdfFont Fallback => fallback ??= CreateSimple(
        new Dictionary<string, PdfObject> { ["Subtype"] = new PdfName("Type1"), ["BaseFont"] = new PdfName("Helvetica") }, (_, _) => { });

    private PdfFont CreateSimple(Dictionary<string, PdfObject> entries, Action<string, string> warn) => Create(new PdfDictionary(entries), warn);

    private PdfFont Create(PdfDictionary dict, Action<string, string> warn)
    {
        var subtype = resolver.GetName(dict, "Subtype");
        return subtype == "Type0" ? CreateType0(dict, warn) : CreateSimpleFont(dict, subtype, warn);
    }

    private static string StripSubset(string name)
    {
        var plus = name.IndexOf('+', StringComparison.Ordinal);
        return plus == 6 ? name[(plus + 1)..] : name;
    }

    private FontStyle ReadStyle(string name, PdfDictionary? descriptor, bool fixedPitchDefault)
    {
        var flags = (int)resolver.GetNumberOr(descriptor, "Flags", 0);
        var weight = resolver.GetNumberOr(descriptor, "FontWeight", 400);
        var bold = weight >= 600 || (flags & (1 << 18)) != 0 || BoldName().IsMatch(name);
        var italic = (flags & (1 << 6)) != 0 || resolver.GetNumberOr(descriptor, "ItalicAngle", 0) != 0
            || name.Contains("Italic", StringComparison.OrdinalIgnoreCase) || name.Contains("Oblique", StringComparison.OrdinalIgnoreCase);
        var fixedPitch = (flags & 1) != 0 || fixedPitchDefault;
        return new FontStyle(bold, italic, fixedPitch);
    }

    private PdfFont CreateSimpleFont(PdfDictionary dict, string? subtype, Action<string, string> warn)
    {
        var isType3 = subtype == "Type3";
        var baseFont = resolver.GetName(dict, "BaseFont") ?? (isType3 ? "Type3" : "Unnamed");
        var name = StripSubset(baseFont);
        var descriptor = resolver.GetAs<PdfDictionary>(dict, "FontDescriptor");
        var standard = isType3 ? null : Standard14Fonts.Find(baseFont);
        var flags = (int)resolver.GetNumberOr(descriptor, "Flags", 0);
        var symbolic = (flags & 4) != 0 && (flags & 32) == 0;
        var embedded = descriptor is not null && (descriptor.ContainsKey("FontFile") || descriptor.ContainsKey("FontFile2") || descriptor.ContainsKey("FontFile3"));

        // The encoding: explicit base (or the font's own), then /Differences.
        var encodingObj = resolver.Resolve(dict.Get("Encoding"));
        var hasExplicitEncoding = encodingObj is PdfName or PdfDictionary;
        FontEncoding? encoding = null;
        if (encodingObj is PdfName encName)
        {
            encoding = FontEncoding.FromName(encName.Value);
        }
        else if (encodingObj is PdfDictionary encDict)
        {
            var baseName = resolver.GetName(encDict, "BaseEncoding");
            encoding = baseName is null ? null : FontEncoding.FromName(baseName);
            encoding ??= BuiltInEncoding(subtype, standard, descriptor, symbolic, embedded);
            if (resolver.GetAs<PdfArray>(encDict, "Differences") is { } differences)
            {
                encoding = encoding.WithDifferences(differences, resolver);
            }
        }

        encoding ??= BuiltInEncoding(subtype, standard, descriptor, symbolic, embedded);

        // Without an encoding, a symbolic TrueType font (Wingdings, Symbol) is addressed through the U+F000 page.
        var symbolPage = !hasExplicitEncoding && symbolic && subtype == "TrueType" && IsSymbolFamily(name);

        CMap? toUnicode = null;
        if (resolver.Resolve(dict.Get("ToUnicode")) is PdfStream tu)
        {
            toUnicode = ParseToUnicode(tu, warn, name);
        }

        // Widths: /Widths from /FirstChar, else the standard-14 metrics, else /MissingWidth.
        var fontMatrix = isType3 ? resolver.GetNumbers(dict, "FontMatrix") : null;
        var widthScale = fontMatrix is { Length: 6 } ? fontMatrix[0] : 0.001;
        // A Type 3 glyph's em is unknown; the font box height mapped through the matrix is the best estimate of it.
        var sizeScale = 1.0;
        if (isType3 && fontMatrix is { Length: 6 } && resolver.GetNumbers(dict, "FontBBox") is { Length: 4 } bbox)
        {
            var height = Math.Abs(bbox[3] - bbox[1]) * Math.Abs(fontMatrix[3]);
            sizeScale = height is >= 0.3 and <= 3 ? height : 1.0;
        }
        var widthsArray = resolver.GetAs<PdfArray>(dict, "Widths");
        var firstChar = (int)resolver.GetNumberOr(dict, "FirstChar", 0);
        var missingWidth = resolver.GetNumberOr(descriptor, "MissingWidth", 0);
        if (missingWidth == 0 && widthsArray is null && standard is null)
        {
            // Nothing better is known; an average Latin advance keeps word gaps plausible.
            missingWidth = resolver.GetNumberOr(descriptor, "AvgWidth", 500);
        }

        var glyphs = new GlyphInfo[256];
        for (var code = 0; code < 256; code++)
        {
            var glyphName = encoding[code];
            string? text = toUnicode?.ToUnicode((uint)code);
            if (text is null)
            {
                if (symbolPage)
                {
                    text = ((char)(0xF000 + code)).ToString();
                }
                else if (glyphName is not null)
                {
                    text = GlyphList.ToUnicode(glyphName) ?? GuessFromName(glyphName);
                }
            }

            double width;
            var index = code - firstChar;
            if (widthsArray is not null && index >= 0 && index < widthsArray.Count && resolver.Resolve(widthsArray[index]) is PdfNumber wn)
            {
                width = wn.Value;
            }
            else if (standard is not null && glyphName is not null && standard.Widths.TryGetValue(glyphName, out var sw))
            {
                width = sw;
            }
            else
            {
                width = missingWidth;
            }

            glyphs[code] = new GlyphInfo(text is null ? null : UnicodeFixups.Apply(text), width * widthScale);
        }

        var style = ReadStyle(name, descriptor, standard?.IsFixedPitch ?? false);
        return new SimpleFont(name, style, glyphs, isType3 ? sizeScale : 1.0);
    }

    private FontEncoding BuiltInEncoding(string? subtype, Standard14Fonts? standard, PdfDictionary? descriptor, bool symbolic, bool embedded)
    {
        if (standard is not null && (!embedded || standard.IsSymbolic))
        {
            return standard.BuiltInEncoding;
        }

        if (subtype is "Type1" or "MMType1" && resolver.Resolve(descriptor?.Get("FontFile")) is PdfStream program)
        {
            var builtIn = Type1EncodingReader.Read(resolver.DecodeStream(program));
            if (builtIn is not null)
            {
                return builtIn;
            }
        }

        // A TrueType font's own cmap is not read; WinAnsi is the usual intent and a superset of ASCII.
        return subtype == "TrueType" || symbolic ? FontEncoding.WinAnsi : FontEncoding.Standard;
    }

    private static bool IsSymbolFamily(string name) =>
        name.Contains("Wingdings", StringComparison.OrdinalIgnoreCase) || name.Contains("Webdings", StringComparison.OrdinalIgnoreCase)
        || name.Contains("Symbol", StringComparison.OrdinalIgnoreCase) || name.Contains("Dingbat", StringComparison.OrdinalIgnoreCase);

    /// <summary>Names outside the AGL that still say what they are: ZapfDingbats bullets and "space"-like names.</summary>
    private static string? GuessFromName(string glyphName) => glyphName switch
    {
        "a71" or "a69" or "a70" or "a72" or "a73" or "a74" or "a109" => "•",
        "nbspace" or "nonbreakingspace" => " ",
        _ => null,
    };

    private CMap? ParseToUnicode(PdfStream stream, Action<string, string> warn, string fontName)
    {
        var bytes = resolver.DecodeStream(stream);
        var map = CMapParser.Parse(bytes);
        if (!map.HasUnicodeMappings)
        {
            // A predefined name (e.g. Identity-H) in place of a real ToUnicode stream carries no text.
            warn("tounicode-empty", $"font {fontName}: its /ToUnicode map defines no mappings");
            return null;
        }

        return map;
    }

    private PdfFont CreateType0(PdfDictionary dict, Action<string, string> warn)
    {
        var name = StripSubset(resolver.GetName(dict, "BaseFont") ?? "Type0");
        var descendants = resolver.GetAs<PdfArray>(dict, "DescendantFonts");
        var cidFont = resolver.GetAs<PdfDictionary>(descendants, 0);
        var descriptor = resolver.GetAs<PdfDictionary>(cidFont, "FontDescriptor");

        var codesAreUnicode = false;
        CMap encoding;
        switch (resolver.Resolve(dict.Get("Encoding")))
        {
            case PdfName n when n.Value.StartsWith("Identity", StringComparison.Ordinal):
                encoding = CMap.CreateIdentity(n.Value.EndsWith("-V", StringComparison.Ordinal));
                break;
            case PdfName n when n.Value.Contains("UCS2", StringComparison.Ordinal) || n.Value.Contains("UTF16", StringComparison.Ordinal):
                // Unicode-keyed predefined CMaps: the code is the text; CIDs are unknown, so default widths apply.
                encoding = CMap.CreateIdentity(n.Value.EndsWith("-V", StringComparison.Ordinal));
                codesAreUnicode = true;
                break;
            case PdfName n:
                warn("cmap-unsupported", $"font {name}: predefined CMap {n.Value} is not supported; codes read as two-byte identity");
                encoding = CMap.CreateIdentity(n.Value.EndsWith("-V", StringComparison.Ordinal));
                break;
            case PdfStream s:
                encoding = CMapParser.Parse(resolver.DecodeStream(s), UseCMap);
                if (resolver.GetAs<PdfNumber>(s, "WMode") is { } wmode)
                {
                    encoding.WMode = wmode.IntValue;
                }

                break;
            default:
                warn("cmap-missing", $"font {name}: no /Encoding; Identity-H assumed");
                encoding = CMap.CreateIdentity(false);
                break;
        }

        CMap? toUnicode = null;
        if (resolver.Resolve(dict.Get("ToUnicode")) is PdfStream tu)
        {
            toUnicode = ParseToUnicode(tu, warn, name);
        }

        var defaultWidth = resolver.GetNumberOr(cidFont, "DW", 1000);
        var widths = ReadCidWidths(resolver.GetAs<PdfArray>(cidFont, "W"));
        var style = ReadStyle(name, descriptor, false);
        return new Type0Font(name, style, encoding, toUnicode, widths, defaultWidth, codesAreUnicode);
    }

    private CMap? UseCMap(string name) => embeddedCMaps.GetValueOrDefault(name);

    /// <summary>Reads a /W array: <c>c [w1 w2 …]</c> and <c>cFirst cLast w</c> entries, bounded against hostile ranges.</summary>
    private Dictionary<int, double> ReadCidWidths(PdfArray? w)
    {
        var widths = new Dictionary<int, double>();
        if (w is null)
        {
            return widths;
        }

        var i = 0;
        while (i < w.Count)
        {
            if (resolver.Resolve(w[i]) is not PdfNumber first)
            {
                i++;
                continue;
            }

            var next = i + 1 < w.Count ? resolver.Resolve(w[i + 1]) : null;
            if (next is PdfArray list)
            {
                for (var k = 0; k < list.Count && widths.Count < 200_000; k++)
                {
                    if (resolver.Resolve(list[k]) is PdfNumber n)
                    {
                        widths[first.IntValue + k] = n.Value;
                    }
                }

                i += 2;
            }
            else if (next is PdfNumber last && i + 2 < w.Count && resolver.Resolve(w[i + 2]) is PdfNumber width)
            {
                var end = Math.Min(last.IntValue, first.IntValue + 65_536);
                for (var c = first.IntValue; c <= end && widths.Count < 200_000; c++)
                {
                    widths[c] = width.Value;
                }

                i += 3;
            }
            else
            {
                i++;
            }
        }

        return widths;
    }

    [GeneratedRegex("Bold|Black|Heavy|Semibold|SemiBold|Demi|,B$|-B$", RegexOptions.CultureInvariant)]
    private static partial Regex BoldName();
}
