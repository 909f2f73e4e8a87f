namespace Alliances.Site.Rendering.Pages;

/// <summary>What a page is; templates see it as <c>page.kind</c> (see <see cref="PageKinds.Name"/>).</summary>
internal enum PageKind
{
    Home,
    Essay,
    Topic,
    Archive,
    Search,
    NotFound,
}

internal static class PageKinds
{
    /// <summary>The name templates compare <c>page.kind</c> with; part of the template contract (docs/templates.md).</summary>
    public static string Name(this PageKind kind) => kind switch
    {
        PageKind.Home => "home",
        PageKind.Essay => "essay",
        PageKind.Topic => "topic",
        PageKind.Archive => "archive",
        PageKind.Search => "search",
        PageKind.NotFound => "not_found",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The pages that list essays and take longest to render.</summary>
    public static bool ListsEveryEssay(this PageKind kind) => kind is PageKind.Home or PageKind.Topic;
}
