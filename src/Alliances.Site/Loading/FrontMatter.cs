using System.Globalization;
using Alliances.Site.Diagnostics;
using Alliances.Site.Loading.Yaml;
using Alliances.Site.Text;

namespace Alliances.Site.Loading;

/// <summary>
/// Typed, positioned access to a file's front-matter. Every problem becomes a diagnostic at the
/// offending value; a missing field is reported at the start of the file.
/// </summary>
public sealed class FrontMatter(YamlMapping? mapping, string path, DiagnosticBag diagnostics, bool unreadable = false)
{
    /// <summary>The YAML itself was broken: that error is reported, and "missing field" would only be noise.</summary>
    public bool Unreadable => unreadable;

    public string Path => path;

    public DiagnosticBag Diagnostics => diagnostics;

    public SourceLocation Start => SourceLocation.FileStart(path);

    public YamlValue? Get(string key) => mapping?[key];

    public SourceLocation At(YamlValue value) => new(path, value.Line, value.Column);

    public SourceLocation KeyAt(string key) =>
        mapping?.Entries.FirstOrDefault(e => e.Key.Value == key).Key is { } k ? At(k) : Start;

    public string? Text(string key, bool required)
    {
        switch (Get(key))
        {
            case null or YamlScalar { IsNull: true }:
                if (required)
                {
                    Report(Get(key) is { } v ? At(v) : Start, DiagnosticCodes.MissingField, $"missing required field '{key}'");
                }

                return null;
            case YamlScalar scalar when scalar.Value.Trim().Length == 0:
                if (required)
                {
                    Report(At(scalar), DiagnosticCodes.MissingField, $"'{key}' is empty");
                }

                return null;
            case YamlScalar scalar:
                return scalar.Value.Trim();
            case { } other:
                Report(At(other), DiagnosticCodes.InvalidValue, $"'{key}' must be text, not {other.Describe()}");
                return null;
        }
    }

    public Located<DateOnly>? Date(string key, bool required)
    {
        var value = Get(key);
        if (value is null or YamlScalar { IsNull: true })
        {
            if (required)
            {
                Report(value is null ? Start : At(value), DiagnosticCodes.MissingField, $"missing required field '{key}' (YYYY-MM-DD)");
            }

            return null;
        }

        if (value is YamlScalar scalar
            && DateOnly.TryParseExact(scalar.Value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new Located<DateOnly>(date, At(value));
        }

        Report(At(value), DiagnosticCodes.InvalidValue, $"'{key}' must be a real calendar date written YYYY-MM-DD, not {value.Describe()}");
        return null;
    }

    public bool Bool(string key)
    {
        switch (Get(key))
        {
            case null or YamlScalar { IsNull: true }:
                return false;
            case YamlScalar { IsPlain: true, Value: "true" }:
                return true;
            case YamlScalar { IsPlain: true, Value: "false" }:
                return false;
            case { } other:
                Report(At(other), DiagnosticCodes.InvalidValue, $"'{key}' must be true or false (unquoted), not {other.Describe()}");
                return false;
        }
    }

    /// <summary>A list of strings; a lone scalar is an error because `topics: a, b` silently means one topic "a, b".</summary>
    public IReadOnlyList<Located<string>>? StringList(string key, bool required)
    {
        var value = Get(key);
        switch (value)
        {
            case null or YamlScalar { IsNull: true }:
                if (required)
                {
                    Report(value is null ? Start : At(value), DiagnosticCodes.MissingField, $"missing required field '{key}' (a list such as [a, b])");
                }

                return null;
            case YamlScalar scalar:
                Report(At(scalar), DiagnosticCodes.InvalidValue, $"'{key}' must be a list, e.g. `{key}: [{scalar.Value}]`, not {scalar.Describe()}");
                return null;
            case YamlSequence sequence:
                return ReadItems(key, sequence, required);
            default:
                Report(At(value), DiagnosticCodes.InvalidValue, $"'{key}' must be a list, not {value.Describe()}");
                return null;
        }
    }

    public IReadOnlyList<Located<string>> ReadItems(string key, YamlSequence sequence, bool required)
    {
        var items = new List<Located<string>>();
        foreach (var item in sequence.Items)
        {
            if (item is YamlScalar { IsNull: false } s && s.Value.Trim().Length > 0)
            {
                items.Add(new Located<string>(s.Value.Trim(), At(s)));
            }
            else
            {
                Report(At(item), DiagnosticCodes.InvalidValue, $"each item of '{key}' must be text, not {item.Describe()}");
            }
        }

        if (required && items.Count == 0 && sequence.Items.Count == 0)
        {
            Report(At(sequence), DiagnosticCodes.MissingField, $"'{key}' needs at least one item");
        }

        return items;
    }

    public void WarnUnknownKeys(IReadOnlyCollection<string> known)
    {
        if (mapping is null)
        {
            return;
        }

        foreach (var (key, _) in mapping.Entries)
        {
            if (!known.Contains(key.Value))
            {
                Report(At(key), DiagnosticCodes.UnknownField, $"unknown front-matter key '{key.Value}'{Suggest.DidYouMean(key.Value, known)}");
            }
        }
    }

    public void Report(SourceLocation at, DiagnosticCode code, string message)
    {
        if (unreadable && code == DiagnosticCodes.MissingField)
        {
            return;
        }

        diagnostics.Report(at, code, message);
    }
}
