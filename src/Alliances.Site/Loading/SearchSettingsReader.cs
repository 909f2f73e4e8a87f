using Alliances.Site.Diagnostics;
using Alliances.Site.Loading.Yaml;
using Alliances.Site.Model;
using Alliances.Site.Rendering.Search;

namespace Alliances.Site.Loading;

/// <summary>
/// site.yml's <c>search:</c> mapping. Today it holds <c>variants</c>, a list of groups of words a
/// reader may type for one another; each mistake is reported where it is, with what to write instead.
/// </summary>
internal static class SearchSettingsReader
{
    private static readonly string[] Known = ["variants"];

    public static IReadOnlyList<SearchVariantGroup> Variants(FrontMatter fields)
    {
        switch (fields.Get("search"))
        {
            case null or YamlScalar { IsNull: true }:
                return [];
            case YamlMapping search:
                foreach (var (key, _) in search.Entries.Where(e => !Known.Contains(e.Key.Value)))
                {
                    fields.Report(fields.At(key), DiagnosticCodes.SiteConfig, $"unknown key '{key.Value}' under 'search' (known: {string.Join(", ", Known)})");
                }

                return search["variants"] switch
                {
                    null or YamlScalar { IsNull: true } => [],
                    YamlSequence groups => Groups(fields, groups),
                    var other => Fail(fields, other, $"'search.variants' must be a list of groups such as [[defence, defense], [Turkey, Türkiye]], not {other.Describe()}"),
                };
            case var other:
                return Fail(fields, other, $"'search' must be a mapping such as `search: {{ variants: [[defence, defense]] }}`, not {other.Describe()}");
        }
    }

    private static List<SearchVariantGroup> Groups(FrontMatter fields, YamlSequence groups)
    {
        var result = new List<SearchVariantGroup>();
        var seen = new Dictionary<string, (SourceLocation At, YamlValue Group)>(StringComparer.Ordinal);
        foreach (var group in groups.Items)
        {
            if (group is not YamlSequence { Items.Count: >= 2 } words)
            {
                Fail(fields, group, group is YamlSequence one
                    ? $"a group of 'search.variants' needs two or more words, e.g. [defence, defense]; this one has {one.Items.Count}"
                    : $"each group of 'search.variants' must be a list of two or more words, e.g. [defence, defense], not {group.Describe()}");
                continue;
            }

            var members = new List<IReadOnlyList<string>>();
            foreach (var word in words.Items)
            {
                var terms = word is YamlScalar { IsNull: false } scalar ? SearchTokenizer.Terms(scalar.Value) : [];
                var key = string.Join(' ', terms);
                if (terms.Count == 0)
                {
                    Fail(fields, word, $"a variant must hold a searchable word (two or more letters or digits, not only words such as 'the'), not {word.Describe()}");
                }
                else if (!seen.TryGetValue(key, out var first))
                {
                    seen[key] = (fields.At(word), group);
                    members.Add(terms);
                }
                else if (first.Group != group)
                {
                    Fail(fields, word, $"the variant '{key}' is already in the group at line {first.At.Line}; put all its variants in that one group");
                }
            }

            // Variants that fold to the same terms (US and U.S.) are one member; a group needs two.
            if (members.Count >= 2)
            {
                result.Add(new SearchVariantGroup(members));
            }
        }

        return result;
    }

    private static List<SearchVariantGroup> Fail(FrontMatter fields, YamlValue at, string message)
    {
        fields.Report(fields.At(at), DiagnosticCodes.SiteConfig, message);
        return [];
    }
}
