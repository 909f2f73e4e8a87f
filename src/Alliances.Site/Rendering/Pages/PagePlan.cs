using Alliances.Site.Body;
using Alliances.Site.Model;
using Alliances.Site.Rendering.Paging;
using Alliances.Site.Rendering.ViewModels;
using Scriban.Runtime;

namespace Alliances.Site.Rendering.Pages;

/// <summary>
/// One page to render: where it goes, which template makes it, what the layout shows of it, and how
/// its model is made. <see cref="PagePlanner"/> makes one per page of the site, in output order.
/// </summary>
internal sealed record PagePlan
{
    public required string OutputPath { get; init; }

    /// <summary>The page's template, rendered inside <see cref="SiteRenderer.Layout"/>.</summary>
    public required string Template { get; init; }

    public required PageKind Kind { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    /// <summary>Where the page lives, relative to the site's root ("essays/x/", "" for the home page).</summary>
    public required string SitePath { get; init; }

    /// <summary>The relative path from the page back to the site's root ("../../").</summary>
    public required string Root { get; init; }

    public IReadOnlyList<PageLink> Breadcrumbs { get; init; } = [];

    /// <summary>Adds the page's own variable (`essay`, `topic`, `home`, `archive`) to its globals, given the HTML of its <see cref="Body"/>.</summary>
    public Action<ScriptObject, RawHtml?> AddModel { get; init; } = static (_, _) => { };

    /// <summary>
    /// The Markdown the page shows, rendered in the page's language by the render worker
    /// (<see cref="BodyRenderer"/>) and handed to <see cref="AddModel"/>: an essay's body, or the intro
    /// of a topic or of the home page on the first page of its list.
    /// </summary>
    public MarkdownContent? Body { get; init; }

    /// <summary>
    /// Every object <see cref="AddModel"/> reads apart from what all pages share (the site model,
    /// config, assets and templates) and the body's HTML. The preview reuses a page whose inputs are
    /// the very objects (or equal numbers and strings) of its last build; see PageCache.
    /// </summary>
    public Action<ModelInputs> Inputs { get; init; } = static _ => { };

    /// <summary>The essay an essay page shows.</summary>
    public EssayPage? Essay { get; init; }

    /// <summary>The essay's position in the site's essays (its number in the search index); -1 on other pages.</summary>
    public int EssayNumber { get; init; } = -1;

    /// <summary>The page's language (a BCP 47 tag): the essay's `lang`, or the site's.</summary>
    public string Language { get; init; } = "en";

    /// <summary>The page of a paginated list (home, topic, archive) this plan renders.</summary>
    public ListPage? List { get; init; }
}
