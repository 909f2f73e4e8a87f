using System.Text;

namespace Alliances.Site.Rendering;

/// <summary>
/// A page template's output handed to the layout as `content`: written into the layout's output by
/// copying the buffer's chunks (and passing on the UTF-8 it holds apart, see
/// <see cref="HtmlTemplateContext"/>), never turned into a string unless a template asks for its text.
/// </summary>
internal sealed class RenderedContent(StringBuilder builder, Utf8Splices splices)
{
    public StringBuilder Builder => builder;

    public Utf8Splices Splices => splices;

    public override string ToString() => splices.Text(builder);
}
