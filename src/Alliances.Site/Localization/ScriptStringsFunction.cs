using System.Text.Encodings.Web;
using System.Text.Json;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Alliances.Site.Localization;

/// <summary>
/// `t_json "key" …` in templates: the page language's texts for the keys a script writes itself, as
/// one JSON object for a `data-` attribute (the site runs no inline script): `{"lang":"ar",
/// "search_none":"…","search_count":{"zero":"…","one":"…",…}}`. A text is given as written,
/// placeholders and all (the script fills them); a counted phrase with all its plural forms, for the
/// script to choose by `lang` as <see cref="PluralRules"/> does; a list as an array. The template
/// context escapes the result like any value.
/// </summary>
public sealed class ScriptStringsFunction(LanguageStrings strings) : IScriptCustomFunction
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "keys");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var keys = arguments.Select(a => context.ObjectToString(a) ?? "").ToList();
        if (keys.FirstOrDefault(k => !strings.Has(k)) is { } missing)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? default, $"no interface string '{missing}': add it to templates/i18n/en.yml (and the other languages)");
        }

        return strings.Json(keys);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>The object <see cref="Invoke"/> returns, for <paramref name="keys"/> of <paramref name="strings"/>.</summary>
    internal static string Write(LanguageStrings strings, IEnumerable<string> keys)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("lang", strings.Language);
            foreach (var key in keys)
            {
                switch (strings.Value(key))
                {
                    case TextValue text:
                        json.WriteString(key, text.Text);
                        break;
                    case PluralValue plural:
                        json.WriteStartObject(key);
                        foreach (var category in PluralRules.Categories.Where(plural.Forms.ContainsKey))
                        {
                            json.WriteString(category, plural.Forms[category]);
                        }

                        json.WriteEndObject();
                        break;
                    case ListValue list:
                        json.WriteStartArray(key);
                        list.Items.ToList().ForEach(json.WriteStringValue);
                        json.WriteEndArray();
                        break;
                }
            }

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
