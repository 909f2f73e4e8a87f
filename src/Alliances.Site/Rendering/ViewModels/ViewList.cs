using Scriban.Runtime;

namespace Alliances.Site.Rendering.ViewModels;

/// <summary>A view model's list member: a <see cref="ScriptArray{T}"/>, which templates read like any list (`for`, `.size`) without reflection.</summary>
internal static class ViewList
{
    public static ScriptArray<TItem> Of<T, TItem>(IEnumerable<T> items, Func<T, TItem> map)
    {
        var array = items is IReadOnlyCollection<T> sized ? new ScriptArray<TItem>(sized.Count) : new ScriptArray<TItem>();
        foreach (var item in items)
        {
            array.Add(map(item));
        }

        return array;
    }
}
