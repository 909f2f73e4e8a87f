using System.Globalization;

namespace Alliances.Site.Rendering.Paging;

/// <summary>
/// One page of a list shown a fixed number of items at a time (the home page's essays, a topic's,
/// the archive's titles): which items it holds and where it and the other pages of its list live.
/// The first page is the list's own path; page N is at <c>page/N/</c> under it, as Hugo and Zola do.
/// </summary>
internal sealed record ListPage(string ListPath, int Number, int Count, int Start, int Length)
{
    /// <summary>Where this page lives, relative to the site's root.</summary>
    public string SitePath => PathOf(Number);

    /// <summary>The page's file: its address decoded (a topic's slug in another script is percent-encoded in <see cref="SitePath"/>; a slug has no `%` of its own).</summary>
    public string OutputPath => Uri.UnescapeDataString(SitePath) + "index.html";

    /// <summary>The relative path from this page back to the site's root ("../" per folder).</summary>
    public string Root => string.Concat(Enumerable.Repeat("../", SitePath.Count(c => c == '/')));

    public bool IsFirst => Number == 1;

    public string PathOf(int number) =>
        number == 1 ? ListPath : ListPath + "page/" + number.ToString(CultureInfo.InvariantCulture) + "/";

    /// <summary>What the page's model reads of this page, for <see cref="Pages.PagePlan.Inputs"/>: its numbers.</summary>
    public void AddInputs(Pages.ModelInputs inputs)
    {
        inputs.Add(Number);
        inputs.Add(Count);
        inputs.Add(Start);
        inputs.Add(Length);
    }

    /// <summary>The items of <paramref name="list"/> this page shows.</summary>
    public IEnumerable<T> Items<T>(IReadOnlyList<T> list)
    {
        for (var i = Start; i < Start + Length; i++)
        {
            yield return list[i];
        }
    }

    /// <summary>
    /// The pages a list of <paramref name="itemCount"/> items takes at <paramref name="pageSize"/> a
    /// page. An empty list still has its first page, so the list's address always exists.
    /// </summary>
    public static IReadOnlyList<ListPage> Split(string listPath, int itemCount, int pageSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var count = Math.Max(1, (itemCount + pageSize - 1) / pageSize);
        var pages = new ListPage[count];
        for (var n = 1; n <= count; n++)
        {
            var start = (n - 1) * pageSize;
            pages[n - 1] = new ListPage(listPath, n, count, start, Math.Min(pageSize, itemCount - start));
        }

        return pages;
    }
}
