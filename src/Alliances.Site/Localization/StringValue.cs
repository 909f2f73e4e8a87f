namespace Alliances.Site.Localization;

/// <summary>One entry of a strings file: a text, a counted phrase (a form per plural category) or a list.</summary>
public abstract record StringValue(int Line, int Column)
{
    /// <summary>The `{name}` placeholders the value uses, in order of first appearance.</summary>
    public abstract IReadOnlyList<string> Placeholders { get; }

    public abstract string Kind { get; }
}

public sealed record TextValue(string Text, int Line, int Column) : StringValue(Line, Column)
{
    public override IReadOnlyList<string> Placeholders { get; } = Placeholder.Names(Text);

    public override string Kind => "text";
}

public sealed record PluralValue(IReadOnlyDictionary<string, string> Forms, int Line, int Column) : StringValue(Line, Column)
{
    public override IReadOnlyList<string> Placeholders { get; } = Placeholder.Names(string.Concat(Forms.Values));

    public override string Kind => "counted phrase (a mapping of plural forms)";
}

public sealed record ListValue(IReadOnlyList<string> Items, int Line, int Column) : StringValue(Line, Column)
{
    public override IReadOnlyList<string> Placeholders => [];

    public override string Kind => "list";
}
