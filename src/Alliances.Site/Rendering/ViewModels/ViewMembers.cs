namespace Alliances.Site.Rendering.ViewModels;

/// <summary>A view model's members by template name (see <see cref="ViewModel"/>).</summary>
internal abstract class ViewMembers
{
    /// <summary>The names in the order they were added: the order a page's key writes them in.</summary>
    public abstract IReadOnlyList<string> Names { get; }

    public abstract bool Has(string member);

    /// <summary>The member's value (null for an optional one that is absent); false when the model has no such member.</summary>
    public abstract bool TryGet(ViewModel model, string member, out object? value);

    /// <summary>How to read the member <paramref name="name"/> of a model of this table's type.</summary>
    public abstract Func<ViewModel, object?> Getter(string name);
}

/// <summary>
/// The table of one record type, made once as a static field:
/// <c>new ViewMembers&lt;PageLink&gt; { ["title"] = m => m.Title, ["path"] = m => m.Path }</c>.
/// A record that shows another's members as its own (a topic page is a topic reference plus its
/// essays) starts from that record's table.
/// </summary>
internal sealed class ViewMembers<TModel> : ViewMembers
    where TModel : ViewModel
{
    private readonly List<string> _names = [];
    private readonly Dictionary<string, Func<TModel, object?>> _members = new(StringComparer.Ordinal);

    public ViewMembers()
    {
    }

    /// <summary>Starts with every member of <paramref name="inner"/>, read from the model's <paramref name="part"/>.</summary>
    public ViewMembers(ViewMembers inner, Func<TModel, ViewModel> part)
    {
        foreach (var name in inner.Names)
        {
            var get = inner.Getter(name);
            Add(name, m => get(part(m)));
        }
    }

    public override IReadOnlyList<string> Names => _names;

    /// <summary>Adds a member; each name once.</summary>
    public Func<TModel, object?> this[string name]
    {
        init => Add(name, value);
    }

    public override bool Has(string member) => _members.ContainsKey(member);

    public override bool TryGet(ViewModel model, string member, out object? value)
    {
        if (_members.TryGetValue(member, out var get))
        {
            value = get((TModel)model);
            return true;
        }

        value = null;
        return false;
    }

    public override Func<ViewModel, object?> Getter(string name)
    {
        var get = _members[name];
        return m => get((TModel)m);
    }

    private void Add(string name, Func<TModel, object?> get)
    {
        _members.Add(name, get);
        _names.Add(name);
    }
}
