using Alliances.Site.Rendering;
using Scriban;

namespace Alliances.Site.Tests.Rendering;

public class PageSizeLimitTests
{
    [Fact]
    public void A_page_context_writes_more_than_scribans_default_one_mebi_characters_without_truncating()
    {
        // 2,000,000 characters: Scriban's default (LimitToString, 1,048,576) silently cut the home page.
        var template = Template.Parse("{{ for i in 1..200000 }}0123456789{{ end }}");
        var context = SiteRenderer.CreateContext();

        var html = template.Render(context);

        Assert.Equal(2_000_000, html.Length);
        Assert.EndsWith("0123456789", html, StringComparison.Ordinal);
    }
}
