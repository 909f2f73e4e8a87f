using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Alliances.Site.Localization;

/// <summary>
/// `t "key" [values…]` in templates: the page language's text for <c>key</c>, its `{name}`
/// placeholders filled by the values in the order the English text names them. A key no strings
/// file has is a template error at the call, like a misspelt variable.
/// </summary>
public sealed class TranslateFunction(LanguageStrings strings) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new(typeof(string), "key") : new(typeof(object), "values");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var key = arguments.Count > 0 ? context.ObjectToString(arguments[0]) ?? "" : "";
        if (!strings.Has(key))
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? default, $"no interface string '{key}': add it to templates/i18n/en.yml (and the other languages)");
        }

        var values = new object?[Math.Max(0, arguments.Count - 1)];
        for (var i = 1; i < arguments.Count; i++)
        {
            values[i - 1] = arguments[i];
        }

        return strings.Format(key, values);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
