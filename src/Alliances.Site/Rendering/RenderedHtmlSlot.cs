using Markdig.Syntax;

namespace Alliances.Site.Rendering;

/// <summary>
/// The rendered HTML of a Markdown document that will not change again (its links are already
/// rewritten), attached to the document so every later build reuses the same <see cref="RawHtml"/>.
/// </summary>
internal sealed class RenderedHtmlSlot
{
    public static readonly object Key = typeof(RenderedHtmlSlot);

    private RawHtml? _html;

    public RawHtml? Html
    {
        get => Volatile.Read(ref _html);
        set => Volatile.Write(ref _html, value);
    }

    public static void AttachTo(MarkdownDocument document) => document.SetData(Key, new RenderedHtmlSlot());
}
