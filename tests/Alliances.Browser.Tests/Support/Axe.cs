using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Alliances.Browser.Tests.Support;

/// <summary>
/// Runs axe-core (the copy bundled with Deque.AxeCore) inside the page with the rules of WCAG 2.0, 2.1
/// and 2.2 at levels A and AA plus axe's best practices (<see cref="Tags"/>), and returns
/// its violations. Deque's <c>RunAxe</c> makes the same checks but sends the 650 KB script twice and
/// finishes each run in a new blank page: 3–6 s a page on our 2-core machine, against well under 1 s here.
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Source = new(() => new BundledAxeScriptProvider().GetScript());

    /// <summary>The rule sets the site must pass: WCAG 2.2 AA (2.2 adds target size, 2.5.8) and best practice.</summary>
    public static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

    private const string Run = """
        async (tags) => {
          const result = await axe.run(document, { resultTypes: ["violations"], runOnly: { type: "tag", values: tags } });
          return JSON.stringify({
            rulesRun: result.passes.length + result.violations.length + result.incomplete.length,
            violations: result.violations.map((v) => ({
              id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)),
            })),
          });
        }
        """;

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>The page's axe violations; fails the test if axe ran no rule at all (a broken injection).</summary>
    public static async Task<IReadOnlyList<AxeViolation>> ViolationsAsync(IPage page)
    {
        await page.EvaluateAsync("() => {" + Source.Value + "}");
        var result = JsonSerializer.Deserialize<AxeRun>(await page.EvaluateAsync<string>(Run, Tags), Json)!;
        Assert.True(result.RulesRun > 0, "axe ran no rule on " + page.Url);
        return result.Violations;
    }

    private sealed record AxeRun(int RulesRun, AxeViolation[] Violations);
}

public sealed record AxeViolation(string Id, string? Impact, string Help, string[] Targets)
{
    public override string ToString() => $"{Id} ({Impact}) {Help}: {string.Join(", ", Targets)}";
}
