using System.Collections;
using System.Runtime.CompilerServices;

namespace Alliances.Site.Model;

/// <summary>
/// A read-only list that is equal to another with the same items in the same order, so a record
/// holding one compares by what it holds, not by which list object it got. An <see cref="Essay"/>'s
/// lists are these: two essays read from the same front-matter are equal (which is how the preview
/// tells an edit that changed only an essay's text, see <see cref="Essay.SameButBody"/>).
/// </summary>
[CollectionBuilder(typeof(ValueList), nameof(ValueList.Create))]
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] _items;

    internal ValueList(T[] items) => _items = items;

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public bool Equals(ValueList<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || _items.AsSpan().SequenceEqual(other._items, EqualityComparer<T>.Default));

    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}

/// <summary>Makes <see cref="ValueList{T}"/>s, from a collection expression (`[a, b]`) or any sequence.</summary>
public static class ValueList
{
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) => new(items.ToArray());

    public static ValueList<T> ToValueList<T>(this IEnumerable<T> items) => items is ValueList<T> list ? list : new([.. items]);
}
