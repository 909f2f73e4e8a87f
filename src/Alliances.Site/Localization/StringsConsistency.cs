using Alliances.Site.Diagnostics;

namespace Alliances.Site.Localization;

/// <summary>Checks a translation's keys, kinds and placeholders against English's.</summary>
internal static class StringsConsistency
{
    public static void Check(Dictionary<string, StringValue> entries, LanguageStrings english, string path, DiagnosticBag diagnostics)
    {
        foreach (var (key, value) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var at = new SourceLocation(path, value.Line, value.Column);
            switch (english.Value(key))
            {
                case null:
                    diagnostics.Report(at, DiagnosticCodes.InterfaceStrings, $"'{key}' is not a key of en.yml; fix its spelling or add it to en.yml first");
                    entries.Remove(key);
                    break;
                case { } reference when reference.GetType() != value.GetType():
                    diagnostics.Report(at, DiagnosticCodes.InterfaceStrings, $"'{key}' must be a {reference.Kind} as in en.yml, not a {value.Kind}");
                    entries.Remove(key);
                    break;
                case { } reference when !reference.Placeholders.Order(StringComparer.Ordinal).SequenceEqual(value.Placeholders.Order(StringComparer.Ordinal)):
                    diagnostics.Report(at, DiagnosticCodes.InterfaceStrings,
                        $"'{key}' must use the placeholders of en.yml ({Names(reference)}), not ({Names(value)})");
                    entries.Remove(key);
                    break;
                case ListValue reference when value is ListValue list && list.Items.Count != reference.Items.Count:
                    diagnostics.Report(at, DiagnosticCodes.InterfaceStrings, $"'{key}' must have {reference.Items.Count} items as in en.yml, not {list.Items.Count}");
                    entries.Remove(key);
                    break;
            }
        }

        if (entries.TryGetValue("digits", out var digits) && digits is TextValue { Text.Length: not 10 })
        {
            diagnostics.Report(new SourceLocation(path, digits.Line, digits.Column), DiagnosticCodes.InterfaceStrings, "'digits' must be the ten digits of the language, zero to nine");
            entries.Remove("digits");
        }

        var missing = english.Keys.Where(k => !entries.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            diagnostics.Report(SourceLocation.FileStart(path), DiagnosticCodes.MissingStrings,
                $"{missing.Count} key(s) of en.yml missing, shown in English: {string.Join(", ", missing)}");
        }
    }

    private static string Names(StringValue value) => string.Join(", ", value.Placeholders.Select(p => "{" + p + "}"));
}
