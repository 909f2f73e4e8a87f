namespace Alliances.Site.Loading.Yaml;

/// <summary>
/// The small YAML tree front-matter needs: scalars, sequences and mappings, each with the 1-based
/// position of its first character in the file.
/// </summary>
public abstract record YamlValue(int Line, int Column)
{
    public abstract string Describe();
}

public sealed record YamlScalar(string Value, bool IsPlain, int Line, int Column) : YamlValue(Line, Column)
{
    /// <summary>A plain scalar spelling null, as YAML 1.2's core schema reads it.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe() => IsNull ? "null" : IsPlain ? $"'{Value}'" : $"the quoted string \"{Value}\"";
}

public sealed record YamlSequence(IReadOnlyList<YamlValue> Items, int Line, int Column) : YamlValue(Line, Column)
{
    public override string Describe() => "a list";
}

public sealed record YamlMapping(IReadOnlyList<KeyValuePair<YamlScalar, YamlValue>> Entries, int Line, int Column)
    : YamlValue(Line, Column)
{
    public override string Describe() => "a mapping";

    public YamlValue? this[string key]
    {
        get
        {
            // Asked for every field of every essay: a loop, not a query with a closure per call.
            for (var i = 0; i < Entries.Count; i++)
            {
                if (string.Equals(Entries[i].Key.Value, key, StringComparison.Ordinal))
                {
                    return Entries[i].Value;
                }
            }

            return null;
        }
    }
}
