using Alliances.Site.Rendering;
using Scriban.Runtime;

namespace Alliances.Site.Tests.Rendering;

public class IncludeInExpressionTests
{
    [Fact]
    public void An_include_inside_an_expression_returns_the_partial_html_and_a_statement_writes_it_in_place()
    {
        var root = Directory.CreateTempSubdirectory("alliances-include-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "partials"));
            File.WriteAllText(Path.Combine(root, "partials", "p.html"), "<b>{{ name }}</b>");
            Directory.CreateDirectory(Path.Combine(root, "layouts"));
            foreach (var required in TemplateSet.PageTemplates)
            {
                File.WriteAllText(Path.Combine(root, required), "");
            }

            File.WriteAllText(Path.Combine(root, "home.html"),
                "{{ include \"partials/p.html\" }}|{{ x = include \"partials/p.html\" }}[{{ x }}]");
            var diagnostics = new Alliances.Site.Diagnostics.DiagnosticBag();
            var templates = TemplateSet.Load(root, diagnostics)!;
            var context = SiteRenderer.CreateContext();
            context.PushGlobal(new ScriptObject { ["name"] = "a<b", ["include"] = new IncludeFunction(templates) });

            var html = templates["home.html"].Render(context);

            Assert.Equal("<b>a&lt;b</b>|[<b>a&lt;b</b>]", html);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
