using Alliances.Site.Rendering.Paging;

namespace Alliances.Site.Rendering.ViewModels;

/// <summary>
/// `page.pagination`: this page's number, the page count and the site paths of the first,
/// previous, next and last pages (null where there is none).
/// </summary>
internal sealed record Pagination(int Number, int PageCount, string? First, string? Previous, string? Next, string? Last) : ViewModel
{
    private static readonly ViewMembers<Pagination> Table = new()
    {
        ["number"] = m => Format.Boxed(m.Number),
        ["count"] = m => Format.Boxed(m.PageCount),
        ["first"] = m => m.First,
        ["previous"] = m => m.Previous,
        ["next"] = m => m.Next,
        ["last"] = m => m.Last,
    };

    protected override ViewMembers Members => Table;

    public static Pagination For(ListPage page)
    {
        var (number, count) = (page.Number, page.Count);
        return new(
            number,
            count,
            page.IsFirst ? null : page.PathOf(1),
            page.IsFirst ? null : page.PathOf(number - 1),
            number == count ? null : page.PathOf(number + 1),
            number == count ? null : page.PathOf(count));
    }
}
