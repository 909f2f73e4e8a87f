using Alliances.Site.Body;
using Scriban.Runtime;

namespace Alliances.Site.Rendering.ViewModels;

/// <summary>An item of `essay.toc`: `{ id, title, children }`, an h2 with its h3s (children of an h3 are always empty).</summary>
internal sealed record TocEntry(string Id, string Title, ScriptArray<TocEntry> Children) : ViewModel
{
    private static readonly ViewMembers<TocEntry> Table = new()
    {
        ["id"] = m => m.Id,
        ["title"] = m => m.Title,
        ["children"] = m => m.Children,
    };

    protected override ViewMembers Members => Table;

    /// <summary>h2 entries with their h3 children; deeper headings stay out of the contents.</summary>
    public static ScriptArray<TocEntry> For(IReadOnlyList<Heading> headings)
    {
        var toc = new ScriptArray<TocEntry>();
        ScriptArray<TocEntry>? children = null;
        foreach (var heading in headings.Where(h => h.Level <= 3))
        {
            var entry = new TocEntry(heading.Id, heading.Title, []);
            if (heading.Level == 3 && children is not null)
            {
                children.Add(entry);
                continue;
            }

            toc.Add(entry);
            children = entry.Children;
        }

        return toc;
    }
}
