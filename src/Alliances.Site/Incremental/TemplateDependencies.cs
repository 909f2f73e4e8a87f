using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Alliances.Site.Incremental;

/// <summary>
/// For each page template, a hash of every template file it can render: itself, the layout and the
/// partials it includes, followed transitively. Editing `topic.html` changes only the topic pages'
/// hash; editing a partial changes the hash of the pages that include it. An `include` whose name is
/// not a string literal could include anything, so such a template depends on every template.
/// </summary>
internal sealed partial class TemplateDependencies
{
    private readonly Dictionary<string, string> _texts;
    private readonly Dictionary<string, string> _hashes = new(StringComparer.Ordinal);

    private TemplateDependencies(Dictionary<string, string> texts) => _texts = texts;

    public static TemplateDependencies Load(string templatesDirectory)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Directory.Exists(templatesDirectory))
        {
            foreach (var file in Directory.EnumerateFiles(templatesDirectory, "*.html", SearchOption.AllDirectories))
            {
                var name = Path.GetRelativePath(templatesDirectory, file).Replace('\\', '/');
                if (!name.StartsWith("assets/", StringComparison.Ordinal))
                {
                    texts[name] = File.ReadAllText(file);
                }
            }
        }

        return new TemplateDependencies(texts);
    }

    /// <summary>The hash of a page template together with the layout around it and everything both include.</summary>
    public string HashFor(string pageTemplate, string layout)
    {
        var key = pageTemplate + "\n" + layout;
        lock (_hashes)
        {
            if (!_hashes.TryGetValue(key, out var hash))
            {
                var used = new SortedSet<string>(StringComparer.Ordinal);
                Collect(pageTemplate, used);
                Collect(layout, used);
                var text = new StringBuilder();
                foreach (var name in used)
                {
                    text.Append(name).Append('\0').Append(_texts.GetValueOrDefault(name)).Append('\0');
                }

                hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
                _hashes[key] = hash;
            }

            return hash;
        }
    }

    private void Collect(string name, SortedSet<string> used)
    {
        if (!used.Add(name) || !_texts.TryGetValue(name, out var text))
        {
            return;
        }

        foreach (Match include in IncludeCall().Matches(text))
        {
            if (include.Groups["name"].Success)
            {
                Collect(include.Groups["name"].Value, used);
            }
            else
            {
                used.UnionWith(_texts.Keys);
                return;
            }
        }
    }

    [GeneratedRegex("""\binclude\b\s*(?:"(?<name>[^"]*)"|'(?<name>[^']*)'|(?=[^\s"']))""")]
    private static partial Regex IncludeCall();
}
