using Alliances.Site.Images;
using Alliances.Site.Localization;
using Alliances.Site.Model;
using Alliances.Site.Rendering.Pages;
using Scriban.Runtime;

namespace Alliances.Site.Rendering.ViewModels;

/// <summary>The `page` variable, on every page: what the layout shows of the page itself.</summary>
internal sealed record PageModel(
    string Kind,
    string Lang,
    string Dir,
    string Locale,
    string Title,
    string Description,
    string Canonical,
    string Path,
    ScriptArray<PageLink> Breadcrumbs,
    PageImage? Image,
    Pagination? Pagination) : ViewModel
{
    private static readonly ViewMembers<PageModel> Table = new()
    {
        ["kind"] = m => m.Kind,
        ["lang"] = m => m.Lang,
        ["dir"] = m => m.Dir,
        ["locale"] = m => m.Locale,
        ["title"] = m => m.Title,
        ["description"] = m => m.Description,
        ["canonical"] = m => m.Canonical,
        ["path"] = m => m.Path,
        ["breadcrumbs"] = m => m.Breadcrumbs,
        ["image"] = m => m.Image,
        ["pagination"] = m => m.Pagination,
    };

    protected override ViewMembers Members => Table;

    /// <param name="strings">The interface strings of the page's language.</param>
    public static PageModel For(PagePlan plan, SiteConfig config, LanguageStrings strings) => new(
        plan.Kind.Name(),
        plan.Language,
        LanguageTag.Direction(plan.Language),
        LanguageTag.Locale(plan.Language, strings),
        plan.Title,
        plan.Description,
        config.AbsoluteUrl(plan.SitePath),
        plan.SitePath,
        ViewList.Of(plan.Breadcrumbs, b => b),
        plan.Essay is { } page && SocialImage.For(page.Essay, config) is { } image ? new PageImage(image) : null,
        plan.List is { } list ? Pagination.For(list) : null);
}
