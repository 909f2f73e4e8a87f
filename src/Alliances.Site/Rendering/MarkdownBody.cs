using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Syntax;

namespace Alliances.Site.Rendering;

/// <summary>
/// An essay's body as a template value: written by rendering the Markdown straight into the page's
/// output buffer, so the body's HTML is never held as a string of its own in a full build.
/// </summary>
public sealed class MarkdownBody(MarkdownDocument document, MarkdownPipeline pipeline)
{
    /// <summary>The body as one string (the incremental builder keys pages on it, and caches it on the document).</summary>
    public RawHtml Html => MarkdownHtml.Render(document, pipeline);

    internal void WriteTo(StringBuilder output)
    {
        if (MarkdownHtml.IsCached(document))
        {
            output.Append(Html.Html);
            return;
        }

        using var writer = new StringWriter(output, CultureInfo.InvariantCulture);
        Markdig.Markdown.ToHtml(document, writer, pipeline);
    }

    public override string ToString() => Html.Html;
}
