namespace Alliances.Site.Rendering;

/// <summary>
/// The owner of buffers that are lent out as <see cref="RawHtml"/> and then written again (a render
/// worker's body buffers). Each <see cref="Reuse"/> begins a new lending: HTML lent before it is stale,
/// and reading stale HTML throws instead of quietly showing the next page's body.
/// </summary>
internal sealed class HtmlLender
{
    /// <summary>How many times the buffers were reused; HTML lent at another count is stale.</summary>
    public int Generation { get; private set; }

    /// <summary>Called before the buffers are written again: what was lent so far becomes stale.</summary>
    public void Reuse() => Generation++;
}
