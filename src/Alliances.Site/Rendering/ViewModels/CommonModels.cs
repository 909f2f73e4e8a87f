using Alliances.Site.Body;
using Alliances.Site.Model;
using Scriban.Runtime;

namespace Alliances.Site.Rendering.ViewModels;

/// <summary>The small shapes several pages share (see docs/templates.md).</summary>
internal static class CommonModels
{
    /// <summary>A topic as pages refer to it; room is left for the one member a page may add (its passages or essays).</summary>
    public static ScriptObject TopicRef(Topic topic, int essayCount) => new(6)
    {
        ["slug"] = topic.Slug,
        ["title"] = topic.Title,
        ["summary"] = topic.Summary,
        ["path"] = topic.Path,
        ["essay_count"] = Format.Boxed(essayCount),
    };

    public static ScriptObject Link(string title, string path) => new(2)
    {
        ["title"] = title,
        ["path"] = path,
    };

    public static ScriptObject PassageLink(Essay essay, Passage passage) => new(3)
    {
        ["id"] = passage.Id,
        ["title"] = passage.Title,
        ["path"] = essay.Path + "#" + passage.Id,
    };

    public static ScriptArray Array<T>(IEnumerable<T> items, Func<T, object> map)
    {
        var array = items is IReadOnlyCollection<T> sized ? new ScriptArray(sized.Count) : new ScriptArray();
        foreach (var item in items)
        {
            array.Add(map(item));
        }

        return array;
    }
}
