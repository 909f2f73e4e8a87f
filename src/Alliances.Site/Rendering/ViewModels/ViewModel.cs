using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Alliances.Site.Rendering.ViewModels;

/// <summary>
/// A typed view model: a C# record that templates read as an object with snake_case members.
/// Code that builds it gets names checked by the compiler instead of string keys; templates see the
/// same members a <see cref="ScriptObject"/> would give, read through the record's
/// <see cref="ViewMembers{TModel}"/> table rather than reflection (Native AOT trims what reflection
/// would need) and with no dictionary per object. Read-only: a template cannot change a model another
/// page shares.
/// </summary>
internal abstract record ViewModel : IScriptObject
{
    /// <summary>The record's members as templates name them (one table per record type, see <see cref="ViewMembers{TModel}"/>).</summary>
    protected abstract ViewMembers Members { get; }

    public int Count => Members.Names.Count;

    public bool IsReadOnly
    {
        get => true;
        set => throw new InvalidOperationException("A view model is read-only.");
    }

    /// <summary>The members' template names, in the order docs/templates.md lists them.</summary>
    public IEnumerable<string> GetMembers() => Members.Names;

    public bool Contains(string member) => Members.Has(member);

    public bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value) =>
        Members.TryGet(this, member, out value);

    public bool CanWrite(string member) => false;

    public bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly) => false;

    public bool Remove(string member) => false;

    public void SetReadOnly(string member, bool readOnly)
    {
    }

    // Read-only, so a copy is the same object.
    IScriptObject IScriptObject.Clone(bool deep) => this;
}
