using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Alliances.Site.Incremental;

/// <summary>
/// For each page template, a hash of every template file it can render: itself, the layout and the
/// partials it includes, followed transitively. Editing `topic.html` changes only the topic pages'
/// hash; editing a partial changes the hash of the pages that include it. An `include` whose name is
/// not a string literal could include anything, so such a template depends on every template. Every
/// page depends on the interface strings (templates/i18n/*.yml): a changed string re-renders them all.
/// </summary>
internal sealed partial class TemplateDependencies
{
    private readonly Dictionary<string, string> _texts;
    private readonly Dictionary<string, string> _hashes = new(StringComparer.Ordinal);

    private readonly string _strings;

    private TemplateDependencies(Dictionary<string, string> texts, string strings)
    {
        _texts = texts;
        _strings = strings;
    }

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

        var strings = new StringBuilder();
        var i18n = Path.Combine(templatesDirectory, Localization.InterfaceStrings.Folder);
        if (Directory.Exists(i18n))
        {
            foreach (var file in Directory.EnumerateFiles(i18n, "*.yml").Order(StringComparer.Ordinal))
            {
                strings.Append(Path.GetFileName(file)).Append('\0').Append(File.ReadAllText(file)).Append('\0');
            }
        }

        return new TemplateDependencies(texts, strings.ToString());
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
                var text = new StringBuilder(_strings);
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
