using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Alliances.Site.Images;

/// <summary>
/// A paragraph that is one image with a title, `![A map](map.png "The alliance in 1955")`, is a
/// figure: the image, with its title as the caption below it. Other paragraphs are written as Markdig writes them.
/// </summary>
internal sealed class FigureRenderer : ParagraphRenderer
{
    protected override void Write(HtmlRenderer renderer, ParagraphBlock paragraph)
    {
        if (!renderer.EnableHtmlForBlock || Figure(paragraph) is not { } image)
        {
            base.Write(renderer, paragraph);
            return;
        }

        var use = (ImageUse)image.GetData(ImageUse.Key)!;
        renderer.EnsureLine();
        renderer.Write("<figure>");
        ImageRenderer.WriteImage(renderer, use, use.Image!, title: null);
        renderer.Write("<figcaption>").WriteEscape(image.Title).Write("</figcaption></figure>");
        renderer.WriteLine();
    }

    /// <summary>The paragraph's only inline, when it is a checked image with a title.</summary>
    internal static LinkInline? Figure(ParagraphBlock paragraph)
    {
        LinkInline? image = null;
        for (var inline = paragraph.Inline?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LinkInline { IsImage: true } link when image is null:
                    image = link;
                    break;
                case LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                case LineBreakInline:
                    break;
                default:
                    return null;
            }
        }

        return image is { Title.Length: > 0 } && image.GetData(ImageUse.Key) is ImageUse { Image: not null } ? image : null;
    }
}
