using Alliances.Site.Images;

namespace Alliances.Site.Rendering.ViewModels;

/// <summary>`page.image`: the page's og:image as <see cref="SocialImage.For"/> decides it, `{ url, alt, width, height }`.</summary>
internal sealed record PageImage(SocialImage Image) : ViewModel
{
    private static readonly ViewMembers<PageImage> Table = new()
    {
        ["url"] = m => m.Image.Url,
        ["alt"] = m => m.Image.Alt,
        ["width"] = m => Format.Boxed(m.Image.Width),
        ["height"] = m => Format.Boxed(m.Image.Height),
    };

    protected override ViewMembers Members => Table;
}
