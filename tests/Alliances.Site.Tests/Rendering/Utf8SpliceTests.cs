using System.Text;
using Alliances.Site.Rendering;

namespace Alliances.Site.Tests.Rendering;

/// <summary>A page's bytes with UTF-8 bodies spliced in are the bytes of its text with the bodies decoded in their places.</summary>
public class Utf8SpliceTests
{
    public static TheoryData<string, string[]> Pages => new()
    {
        { "", ["<p>only a body</p>"] },
        { "before|after", ["<p>é body 日本</p>"] },
        { "|a|b|", ["one", "two", "three", "four"] },
        { "||", ["twice", "at once"] },
        // A surrogate left open before a body is ended as a following character would end it.
        { "x\uD83D|y", ["<p>z</p>"] },
        { "x|\uDE00y", ["<p>z</p>"] },
        { "\uD83D\uDE00|\uD83D\uDE00", ["😀"] },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Spliced_bytes_equal_the_encoded_merged_text(string page, string[] bodies)
    {
        // '|' marks where the bodies go, in order; a body without a mark goes at the end.
        var (builder, splices, merged) = Build(page, bodies, chunk: 3);

        Assert.Equal(Encoding.UTF8.GetBytes(merged), new Utf8Buffer().Encode(builder, splices).ToArray());
        Assert.Equal(merged, splices.Text(builder));
    }

    [Fact]
    public void Splices_at_chunk_boundaries_of_a_long_page_land_in_place()
    {
        var page = string.Join("|", Enumerable.Range(0, 50).Select(i => new string((char)('a' + (i % 26)), i * 37)));
        var bodies = Enumerable.Range(0, 49).Select(i => $"<p>body {i} ü</p>").ToArray();
        var (builder, splices, merged) = Build(page, bodies, chunk: 64);

        Assert.Equal(Encoding.UTF8.GetBytes(merged), new Utf8Buffer().Encode(builder, splices).ToArray());
    }

    [Fact]
    public void Content_with_a_body_in_it_is_its_whole_text_when_a_template_reads_it()
    {
        var context = new HtmlTemplateContext();
        context.ContentBuffer.Append("<main>");
        context.ContentSplices.Add(context.ContentBuffer.Length, Encoding.UTF8.GetBytes("<p>ß</p>"));
        context.ContentBuffer.Append("</main>");

        Assert.Equal("<main><p>ß</p></main>", new RenderedContent(context.ContentBuffer, context.ContentSplices).ToString());
    }

    private static (StringBuilder Builder, Utf8Splices Splices, string Merged) Build(string page, string[] bodies, int chunk)
    {
        var builder = new StringBuilder(chunk, int.MaxValue);
        var splices = new Utf8Splices();
        var merged = new StringBuilder();
        var parts = page.Split('|');
        for (var i = 0; i < parts.Length; i++)
        {
            // Appended a few characters at a time, so the text spans many chunks.
            foreach (var piece in parts[i].Chunk(2))
            {
                builder.Append(piece);
            }

            merged.Append(parts[i]);
            if (i < parts.Length - 1 || parts.Length == 1)
            {
                foreach (var body in i < parts.Length - 1 ? [bodies[i]] : bodies)
                {
                    splices.Add(builder.Length, Encoding.UTF8.GetBytes(body));
                    merged.Append(body);
                }
            }
        }

        return (builder, splices, merged.ToString());
    }
}
