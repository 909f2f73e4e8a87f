using Alliances.Site.Body;
using Alliances.Site.Markdown;
using Alliances.Site.Markdown.Anchors;
using Alliances.Site.Tests.Support;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Alliances.Site.Tests.Loading;

/// <summary>Anchors are given in document order, every heading and lead-in however deeply nested: the order Markdig's Descendants() meets the blocks in.</summary>
public class AnchorOrderTests
{
    private const string Nested = """
        ## One

        > - **Quoted Lead:** in a list in a quote
        >   1. **Deeper Lead:** nested list
        >
        > ## Quoted heading

        | a | b |
        |---|---|
        | **Cell Lead** | x |

        **Paragraph Lead:** text[^1]

        - **One:** a duplicate slug

        [^1]: **Footnote Lead:** in a footnote

        ### One
        """;

    public static TheoryData<string> Bodies() => MarkdownSamples.With(Nested);

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Passages_are_in_the_order_Descendants_meets_their_blocks(string body)
    {
        var document = Markdig.Markdown.Parse(body, MarkdownPipelineFactory.Create());

        var (headings, passages) = AnchorAssigner.Assign(document);

        var ids = passages.Select(p => p.Id).ToHashSet();
        var inOrder = document.Descendants().OfType<Block>().Select(b => b.TryGetAttributes()?.Id).Where(id => id is not null && ids.Contains(id)).ToList();
        Assert.Equal(inOrder, passages.Select(p => p.Id));
        Assert.Equal(headings.Select(h => h.Id), passages.Where(p => p.Kind == PassageKind.Section).Select(p => p.Id));
    }

    [Fact]
    public void Nested_blocks_get_their_anchors()
    {
        var (_, passages) = AnchorAssigner.Assign(Markdig.Markdown.Parse(Nested, MarkdownPipelineFactory.Create()));

        Assert.Equal(["one", "quoted-lead", "deeper-lead", "quoted-heading", "cell-lead", "paragraph-lead", "one-1", "one-2", "footnote-lead"], passages.Select(p => p.Id));
    }
}
