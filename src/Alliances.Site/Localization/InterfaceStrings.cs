using Alliances.Site.Diagnostics;
using Alliances.Site.Loading;

namespace Alliances.Site.Localization;

/// <summary>
/// Every strings file of templates/i18n/, read once per build. `en.yml` is the reference: another
/// language's file has the same keys with the same kind of value and the same placeholders; a key it
/// lacks is taken from English (a warning), a key English lacks is an error (usually a typo).
/// </summary>
public sealed class InterfaceStrings
{
    public const string Folder = "i18n";
    public const string Reference = "en";

    private readonly Dictionary<string, LanguageStrings> _languages;
    private readonly string _display;
    private readonly HashSet<string> _warned = new(StringComparer.Ordinal);

    private InterfaceStrings(Dictionary<string, LanguageStrings> languages, string display)
    {
        _languages = languages;
        _display = display;
    }

    /// <summary>The languages that have a strings file, by file name (`en`, `ar`, …).</summary>
    public IReadOnlyCollection<string> Languages => _languages.Keys;

    /// <summary>Reads templates/i18n/*.yml; null (reported) if the folder exists without a usable en.yml.</summary>
    public static InterfaceStrings? Load(string templatesRoot, string display, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(templatesRoot, Folder);
        var shown = display + "/" + Folder;
        var languages = new Dictionary<string, LanguageStrings>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            // A templates folder from before interface strings: its templates do not call `t`, and
            // dates are written in English as they always were.
            var none = new LanguageStrings(Reference, new Dictionary<string, StringValue>(), null);
            return new InterfaceStrings(new() { [Reference] = none }, shown);
        }

        var files = ContainedFiles.Enumerate(folder, "*.yml", shown, diagnostics)
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f).ToLowerInvariant(), f => f, StringComparer.Ordinal);
        if (!files.TryGetValue(Reference, out var englishFile))
        {
            diagnostics.Report(SourceLocation.FileStart(shown + "/en.yml"), DiagnosticCodes.MissingTemplate,
                "templates/i18n/ has no en.yml, the English strings every other language file is checked against");
            return null;
        }

        var englishPath = shown + "/en.yml";
        var english = new LanguageStrings(Reference, StringsFileReader.Read(File.ReadAllText(englishFile), englishPath, diagnostics), null);
        languages[Reference] = english;
        foreach (var (language, file) in files.Where(f => f.Key != Reference).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var path = shown + "/" + Path.GetFileName(file);
            var entries = StringsFileReader.Read(File.ReadAllText(file), path, diagnostics);
            StringsConsistency.Check(entries, english, path, diagnostics);
            languages[language] = new LanguageStrings(language, entries, english);
        }

        return new InterfaceStrings(languages, shown);
    }

    /// <summary>Every language's body labels (<see cref="LanguageStrings.BodyLabels"/>) as one text: equal texts, equal bodies.</summary>
    public string BodyLabelsSignature() => string.Join('\n', _languages.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l =>
    {
        var labels = l.Value.BodyLabels;
        return string.Join('\t', l.Key, labels.Notes, labels.NoteReference(1), labels.BackToReference(1), labels.ScrollingTable);
    }));

    /// <summary>
    /// The strings for a language tag: its own file (`pt-br.yml`), else its primary language's
    /// (`pt.yml`), else English with a warning (once per language) saying which file to add.
    /// </summary>
    public LanguageStrings For(string language, DiagnosticBag? diagnostics = null)
    {
        var tag = language.ToLowerInvariant();
        if (_languages.TryGetValue(tag, out var exact))
        {
            return exact;
        }

        if (_languages.TryGetValue(PluralRules.Primary(tag), out var primary))
        {
            return primary;
        }

        if (diagnostics is not null && _languages.Count > 1)
        {
            lock (_warned)
            {
                if (_warned.Add(tag))
                {
                    diagnostics.Report(SourceLocation.FileStart($"{_display}/{PluralRules.Primary(tag)}.yml"), DiagnosticCodes.MissingStrings,
                        $"no interface strings for '{language}', which the content uses; English is shown: add this file with the keys of en.yml");
                }
            }
        }

        return _languages[Reference];
    }
}
