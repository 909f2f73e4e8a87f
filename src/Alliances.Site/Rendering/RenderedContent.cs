using System.Text;

namespace Alliances.Site.Rendering;

/// <summary>
/// A page template's output handed to the layout as `content`: written into the layout's output by
/// copying the buffer's chunks, never turned into a string unless a template asks for its text.
/// </summary>
internal sealed class RenderedContent(StringBuilder builder)
{
    public StringBuilder Builder => builder;

    public override string ToString() => builder.ToString();
}
