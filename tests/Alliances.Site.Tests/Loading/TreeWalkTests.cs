using Alliances.Site.Markdown;
using Alliances.Site.Tests.Support;
using Markdig.Syntax;

namespace Alliances.Site.Tests.Loading;

/// <summary>The loader's tree walk gives the nodes Markdig's Descendants() gives, in the same order: links are numbered by it.</summary>
public class TreeWalkTests
{
    private const string Mixed = """
        # Title with a [link](a.md) and *emphasis*

        > A quote with **bold _nested_ text**, `code`, <b>html</b> and https://example.org.
        > - a list in the quote
        >   1. [![image](i.png)](b.md#x) deeper

        | a | [b](c.md) |
        |---|---|
        | **cell** | <https://example.org/auto> |

        Text with a footnote[^1] and a hard  
        break.

        ```
        code block
        ```

        <div>raw block</div>

        [^1]: The note, with [a link](d.md).
        """;

    public static TheoryData<string> Bodies() => MarkdownSamples.With(Mixed, "", "plain", "- [ ] task\n- [x] done");

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Gives_what_Descendants_gives_in_its_order(string body)
    {
        var document = Markdig.Markdown.Parse(body, MarkdownPipelineFactory.Create());

        var walked = new List<MarkdownObject>();
        foreach (var node in TreeWalk.Below(document))
        {
            walked.Add(node);
        }

        Assert.Equal(document.Descendants().ToList(), walked);
    }

    [Fact]
    public void A_walk_inside_a_walk_keeps_its_own_place()
    {
        var document = Markdig.Markdown.Parse(Mixed, MarkdownPipelineFactory.Create());
        var outer = 0;
        var inner = 0;
        foreach (var _ in TreeWalk.Below(document))
        {
            outer++;
            foreach (var __ in TreeWalk.Below(document))
            {
                inner++;
            }
        }

        var count = document.Descendants().Count();
        Assert.Equal(count, outer);
        Assert.Equal(count * count, inner);
    }
}
