using Alliances.Site.Diagnostics;
using Alliances.Site.Loading;
using Alliances.Site.Loading.Yaml;

namespace Alliances.Site.Localization;

/// <summary>
/// Reads one strings file (templates/i18n/xx.yml): a flat mapping of keys to texts, counted phrases
/// (a mapping of CLDR plural forms) or lists. Every problem is reported at its line.
/// </summary>
internal static class StringsFileReader
{
    public static Dictionary<string, StringValue> Read(string text, string path, DiagnosticBag diagnostics)
    {
        var entries = new Dictionary<string, StringValue>(StringComparer.Ordinal);
        var mapping = YamlReader.ReadMapping(SourceText.Normalize(text), path, 1, diagnostics);
        foreach (var (key, value) in mapping?.Entries ?? [])
        {
            if (Read(key.Value, value, path, diagnostics) is { } read)
            {
                entries[key.Value] = read;
            }
        }

        return entries;
    }

    private static StringValue? Read(string key, YamlValue value, string path, DiagnosticBag diagnostics)
    {
        void Report(YamlValue at, string message) =>
            diagnostics.Report(new SourceLocation(path, at.Line, at.Column), DiagnosticCodes.InterfaceStrings, message);

        switch (value)
        {
            case YamlScalar { IsNull: false } scalar:
                return new TextValue(scalar.Value, scalar.Line, scalar.Column);
            case YamlMapping forms:
                var read = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (category, form) in forms.Entries)
                {
                    if (!PluralRules.Categories.Contains(category.Value))
                    {
                        Report(category, $"'{key}': '{category.Value}' is not a plural form; use {string.Join(", ", PluralRules.Categories)}");
                    }
                    else if (form is YamlScalar { IsNull: false } text)
                    {
                        read[category.Value] = text.Value;
                    }
                    else
                    {
                        Report(form, $"'{key}.{category.Value}' must be text, not {form.Describe()}");
                    }
                }

                if (!read.ContainsKey("other"))
                {
                    Report(forms, $"'{key}' has no `other` form; every counted phrase needs one");
                    return null;
                }

                return new PluralValue(read, forms.Line, forms.Column);
            case YamlSequence list when list.Items.All(i => i is YamlScalar { IsNull: false }):
                return new ListValue([.. list.Items.Cast<YamlScalar>().Select(s => s.Value)], list.Line, list.Column);
            default:
                Report(value, $"'{key}' must be text, a mapping of plural forms or a list of texts, not {value.Describe()}");
                return null;
        }
    }
}
