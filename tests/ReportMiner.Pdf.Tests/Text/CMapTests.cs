using System.Text;
using ReportMiner.Pdf.Fonts;

namespace ReportMiner.Pdf.Tests.Text;

public sealed class CMapTests
{
    private static CMap Parse(string text) => CMapParser.Parse(Encoding.Latin1.GetBytes(text));

    [Fact]
    public void Bfchar_maps_single_and_multi_byte_codes()
    {
        var map = Parse("""
            /CIDInit /ProcSet findresource begin 12 dict begin begincmap
            1 begincodespacerange <0000> <FFFF> endcodespacerange
            3 beginbfchar
            <0003> <0020>
            <0024> <0041>
            <00B2> <00660069>
            endbfchar
            endcmap CMapName currentdict /CMap defineresource pop end end
            """);
        Assert.Equal(" ", map.ToUnicode(3));
        Assert.Equal("A", map.ToUnicode(0x24));
        Assert.Equal("fi", map.ToUnicode(0xB2));
        Assert.Null(map.ToUnicode(0x25));
    }

    [Fact]
    public void Bfrange_increments_destination_and_supports_array_form()
    {
        var map = Parse("""
            1 begincodespacerange <00> <FF> endcodespacerange
            2 beginbfrange
            <41> <43> <0061>
            <50> <52> [<0058> <0059> <005A005A>]
            endbfrange
            """);
        Assert.Equal("a", map.ToUnicode(0x41));
        Assert.Equal("c", map.ToUnicode(0x43));
        Assert.Equal("X", map.ToUnicode(0x50));
        Assert.Equal("ZZ", map.ToUnicode(0x52));
    }

    [Fact]
    public void Large_bfrange_is_kept_as_a_range()
    {
        var map = Parse("1 beginbfrange <0000> <FFFF> <0000> endbfrange");
        Assert.Equal("\u1234", map.ToUnicode(0x1234));
    }

    [Fact]
    public void Surrogate_pair_targets_decode_and_increment()
    {
        var map = Parse("""
            1 beginbfchar <01> <D835DC00> endbfchar
            1 beginbfrange <10> <11> <D83DDE00> endbfrange
            """);
        Assert.Equal(char.ConvertFromUtf32(0x1D400), map.ToUnicode(1));
        Assert.Equal(char.ConvertFromUtf32(0x1F600), map.ToUnicode(0x10));
        Assert.Equal(char.ConvertFromUtf32(0x1F601), map.ToUnicode(0x11));
    }

    [Fact]
    public void Codespace_ranges_split_mixed_length_codes()
    {
        var map = Parse("""
            2 begincodespacerange <00> <80> <8140> <9FFC> endcodespacerange
            """);
        var bytes = new byte[] { 0x41, 0x81, 0x40, 0x42 };
        var n1 = map.ReadCode(bytes, 0, 1, out var c1);
        var n2 = map.ReadCode(bytes, 1, 1, out var c2);
        var n3 = map.ReadCode(bytes, 3, 1, out var c3);
        Assert.Equal((1, 0x41u), (n1, c1));
        Assert.Equal((2, 0x8140u), (n2, c2));
        Assert.Equal((1, 0x42u), (n3, c3));
    }

    [Fact]
    public void Cid_ranges_and_usecmap_identity()
    {
        var map = Parse("""
            /Identity-H usecmap
            1 begincidrange <0100> <01FF> 500 endcidrange
            1 begincidchar <0005> 77 endcidchar
            /WMode 1 def
            """);
        Assert.Equal(500 + 0x10, map.ToCid(0x0110));
        Assert.Equal(77, map.ToCid(5));
        Assert.Equal(1, map.WMode);
        Assert.Equal(2, map.ReadCode(new byte[] { 0, 5 }, 0, 1, out _));
    }

    [Fact]
    public void Glyph_name_destinations_resolve_through_the_glyph_list()
    {
        var map = Parse("1 beginbfchar <01> /quotedblleft endbfchar");
        Assert.Equal("\u201C", map.ToUnicode(1));
    }

    [Fact]
    public void Damaged_cmap_keeps_what_was_read()
    {
        var map = Parse("2 beginbfchar <01> <0041> <02> <00");
        Assert.Equal("A", map.ToUnicode(1));
    }
}
