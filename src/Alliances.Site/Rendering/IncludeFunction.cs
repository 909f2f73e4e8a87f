using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Alliances.Site.Rendering;

/// <summary>
/// `include "partials/x.html"`: renders a precompiled partial with the page's variables. Used as a
/// statement it writes into the page's output; inside an expression it returns the HTML as
/// <see cref="RawHtml"/>, so the escaping context writes it as HTML rather than escaping it.
/// </summary>
public sealed class IncludeFunction(TemplateSet templates) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(RawHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "name");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var name = arguments.Count > 0 ? context.ObjectToString(arguments[0]) ?? string.Empty : string.Empty;
        if (!templates.TryGet(name, out var template))
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? default, $"no template '{name}' in {templates.Root}");
        }

        // `{{ include "x" }}` on its own: the partial writes straight into the page's output through the
        // same escaping context, which gives the bytes of rendering it apart and writing the result raw
        // without a pushed output, a copy of the partial's text and a second append per include.
        if (callerContext?.Parent is ScriptExpressionStatement)
        {
            if (template.Page is { } page)
            {
                context.Evaluate(page);
            }

            return null;
        }

        // Inside an expression (assigned, piped) the value is the partial's HTML.
        context.PushOutput();
        try
        {
            return new RawHtml(template.Render(context));
        }
        finally
        {
            context.PopOutput();
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
