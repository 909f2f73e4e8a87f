using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Alliances.Browser.Tests.Support;

/// <summary>
/// Runs axe-core (the copy bundled with Deque.AxeCore, all default rules) inside the page and returns
/// its violations. Deque's <c>RunAxe</c> makes the same checks but sends the 650 KB script twice and
/// finishes each run in a new blank page: 3–6 s a page on our 2-core machine, against well under 1 s here.
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Source = new(() => new BundledAxeScriptProvider().GetScript());

    private const string Run = """
        async () => {
          const result = await axe.run(document, { resultTypes: ["violations"] });
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
        var result = JsonSerializer.Deserialize<AxeRun>(await page.EvaluateAsync<string>(Run), Json)!;
        Assert.True(result.RulesRun > 0, "axe ran no rule on " + page.Url);
        return result.Violations;
    }

    private sealed record AxeRun(int RulesRun, AxeViolation[] Violations);
}

public sealed record AxeViolation(string Id, string? Impact, string Help, string[] Targets)
{
    public override string ToString() => $"{Id} ({Impact}) {Help}: {string.Join(", ", Targets)}";
}
