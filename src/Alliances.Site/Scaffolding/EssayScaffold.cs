using System.Globalization;
using System.Text;

namespace Alliances.Site.Scaffolding;

/// <summary>
/// The text of a new essay. It is a draft with a placeholder summary: it passes `check` at once, the
/// preview shows it, and it cannot be published until the editor writes a summary (ALL121).
/// </summary>
public static class EssayScaffold
{
    /// <summary>Written by `alliances new`; a published essay may not keep it (ALL121).</summary>
    public const string SummaryPlaceholder = "TODO: one sentence that says what the essay argues.";

    public const string BodyPlaceholder = "Write the essay here. Start each section with a `## Heading` line.";

    public static string Render(string title, DateOnly date, IReadOnlyList<string> topics)
    {
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append("title: ").Append(Quote(title)).Append('\n');
        text.Append("date: ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        text.Append("summary: ").Append(Quote(SummaryPlaceholder)).Append('\n');
        text.Append("topics: [").Append(string.Join(", ", topics)).Append("]\n");
        text.Append("# Remove this line to publish the essay (after writing the summary).\n");
        text.Append("draft: true\n");
        text.Append("---\n\n");
        text.Append(BodyPlaceholder).Append('\n');
        return text.ToString();
    }

    /// <summary>A YAML double-quoted scalar: safe for any title, whatever `:`, `#` or quotes it holds.</summary>
    internal static string Quote(string value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }
}
