using Alliances.Site.Model;
using Scriban.Runtime;

namespace Alliances.Site.Rendering.ViewModels;

/// <summary>The small shapes several pages share (see docs/templates.md).</summary>
internal static class CommonModels
{
    public static ScriptObject TopicRef(Topic topic, int essayCount) => new()
    {
        ["slug"] = topic.Slug,
        ["title"] = topic.Title,
        ["summary"] = topic.Summary,
        ["path"] = topic.Path,
        ["essay_count"] = essayCount,
    };

    public static ScriptObject Link(string title, string path) => new()
    {
        ["title"] = title,
        ["path"] = path,
    };

    public static ScriptObject PassageLink(Essay essay, Passage passage) => new()
    {
        ["id"] = passage.Id,
        ["title"] = passage.Title,
        ["path"] = essay.Path + "#" + passage.Id,
    };

    public static ScriptArray Array<T>(IEnumerable<T> items, Func<T, object> map)
    {
        var array = new ScriptArray();
        foreach (var item in items)
        {
            array.Add(map(item));
        }

        return array;
    }
}
