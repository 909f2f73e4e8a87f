using System.Diagnostics.CodeAnalysis;
using Alliances.Site.Diagnostics;
using Alliances.Site.Loading;
using Alliances.Site.Localization;
using Scriban;
using Scriban.Parsing;

namespace Alliances.Site.Rendering;

/// <summary>
/// Every Scriban template of the templates folder, compiled once. Syntax errors are reported with
/// the template's path, line and column, all of them in one pass.
/// </summary>
public sealed class TemplateSet
{
    public static readonly IReadOnlyList<string> PageTemplates =
        ["layouts/base.html", "home.html", "essay.html", "topic.html", "archive.html", "search.html", "404.html"];

    private readonly Dictionary<string, Template> _templates;

    private TemplateSet(string root, Dictionary<string, Template> templates, InterfaceStrings strings)
    {
        Root = root;
        _templates = templates;
        Strings = strings;
    }

    public string Root { get; }

    /// <summary>The interface strings of templates/i18n/, one set per language.</summary>
    public InterfaceStrings Strings { get; }

    public static TemplateSet? Load(string root, DiagnosticBag diagnostics)
    {
        var display = root.Replace('\\', '/').TrimEnd('/');
        if (!Directory.Exists(root))
        {
            diagnostics.Report(SourceLocation.FileStart(display), DiagnosticCodes.MissingTemplate, $"the templates folder '{display}' does not exist");
            return null;
        }

        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var failed = false;
        foreach (var file in ContainedFiles.Enumerate(root, "*.html", display, diagnostics))
        {
            var name = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (name.StartsWith("assets/", StringComparison.Ordinal))
            {
                continue;
            }

            var path = display + "/" + name;
            var template = Template.Parse(File.ReadAllText(file), path);
            foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
            {
                diagnostics.Report(At(path, message.Span), DiagnosticCodes.TemplateError, message.Message);
                failed = true;
            }

            templates[name] = template;
        }

        foreach (var required in PageTemplates.Where(t => !templates.ContainsKey(t)))
        {
            diagnostics.Report(SourceLocation.FileStart(display + "/" + required), DiagnosticCodes.MissingTemplate, $"the template '{required}' is missing");
            failed = true;
        }

        var strings = InterfaceStrings.Load(root, display, diagnostics);
        return failed || strings is null ? null : new TemplateSet(display, templates, strings);
    }

    public bool TryGet(string name, [NotNullWhen(true)] out Template? template) => _templates.TryGetValue(name, out template);

    public Template this[string name] => _templates[name];

    public static SourceLocation At(string path, SourceSpan span) =>
        new(span.FileName ?? path, Math.Max(1, span.Start.Line + 1), Math.Max(1, span.Start.Column + 1));
}
