using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Syntax;

namespace Alliances.Site.Rendering;

public static class MarkdownHtml
{
    public static RawHtml Render(MarkdownDocument document, MarkdownPipeline pipeline)
    {
        var text = new StringBuilder();
        WriteInto(text, document, pipeline);
        return new RawHtml(text.ToString());
    }

    internal static void WriteInto(StringBuilder text, MarkdownDocument document, MarkdownPipeline pipeline)
    {
        text.Clear();
        using var writer = new StringWriter(text, CultureInfo.InvariantCulture);
        Markdig.Markdown.ToHtml(document, writer, pipeline);
    }
}
