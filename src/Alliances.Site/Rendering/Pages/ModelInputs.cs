namespace Alliances.Site.Rendering.Pages;

/// <summary>
/// What a page's model reads (see <see cref="PagePlan.Inputs"/>), listed once per model and used two
/// ways: collected to be kept with a rendered page, or compared in place with what was kept, so that
/// checking the 10,000 unchanged pages of a preview's build makes no list for any of them.
/// </summary>
/// <remarks>
/// One per render worker (see <see cref="RenderWorker.Inputs"/>), used by one page at a time.
/// An input is unchanged when it is the same object, or an equal number or string.
/// </remarks>
internal sealed class ModelInputs
{
    private readonly List<object?> _collected = [];
    private object?[]? _before;
    private int _next;
    private bool _same;

    public void Add(object? input)
    {
        if (_before is null)
        {
            _collected.Add(input);
            return;
        }

        _same = _same && _next < _before.Length && Same(_before[_next], input);
        _next++;
    }

    public void AddRange<T>(IEnumerable<T> inputs)
    {
        foreach (var input in inputs)
        {
            Add(input);
        }
    }

    /// <summary>The inputs <paramref name="list"/> names, to keep.</summary>
    public object?[] Collect(Action<ModelInputs> list)
    {
        _before = null;
        _collected.Clear();
        list(this);
        object?[] collected = [.. _collected];
        _collected.Clear();
        return collected;
    }

    /// <summary>Whether <paramref name="list"/> names the very inputs kept in <paramref name="before"/>.</summary>
    public bool Match(object?[] before, Action<ModelInputs> list)
    {
        (_before, _next, _same) = (before, 0, true);
        try
        {
            list(this);
            return _same && _next == before.Length;
        }
        finally
        {
            _before = null;
        }
    }

    private static bool Same(object? kept, object? now) => ReferenceEquals(kept, now) || (kept is ValueType or string && kept.Equals(now));
}
