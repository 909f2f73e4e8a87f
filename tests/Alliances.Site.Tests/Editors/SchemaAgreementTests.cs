using Alliances.Site.Tests.Support;
using NJsonSchema;

namespace Alliances.Site.Tests.Editors;

/// <summary>
/// One table of front-matter cases, each run through `check` (on a real site with the real topics)
/// and through docs/schema/essay.schema.json: both must accept it or both must refuse it. Warnings
/// are not refusals: an essay with only warnings is published. Rules that need more than the
/// front-matter (the body, other files) are `check`'s alone and are not in the table.
/// </summary>
public sealed class SchemaAgreementTests
{
    private const string Base = "title: T\ndate: 2026-01-12\nsummary: S.\ntopics: [intelligence]\n";

    private static readonly JsonSchema Schema =
        JsonSchema.FromJsonAsync(File.ReadAllText(RepoPaths.Of("docs", "schema", "essay.schema.json"))).GetAwaiter().GetResult();

    /// <summary>(what the case is, its front-matter, whether both must accept it).</summary>
    public static TheoryData<string, string, bool> Cases() => new()
    {
        { "complete", Base, true },
        { "topic in another case", Base.Replace("[intelligence]", "[Intelligence]", StringComparison.Ordinal), true },
        { "topic alias", Base.Replace("[intelligence]", "[intel]", StringComparison.Ordinal), true },
        { "unknown topic", Base.Replace("[intelligence]", "[intelligense]", StringComparison.Ordinal), false },
        { "no topics", Base.Replace("[intelligence]", "[]", StringComparison.Ordinal), false },
        { "day that does not exist", Base.Replace("2026-01-12", "2026-02-30", StringComparison.Ordinal), false },
        { "31st of a 30-day month", Base.Replace("2026-01-12", "2026-04-31", StringComparison.Ordinal), false },
        { "29 February of a leap year", Base.Replace("2026-01-12", "2024-02-29", StringComparison.Ordinal), true },
        { "29 February of a common year", Base.Replace("2026-01-12", "2023-02-29", StringComparison.Ordinal), false },
        { "29 February 2000", Base.Replace("2026-01-12", "2000-02-29", StringComparison.Ordinal), true },
        { "29 February 1900", Base.Replace("2026-01-12", "1900-02-29", StringComparison.Ordinal), false },
        { "date without leading zeros", Base.Replace("2026-01-12", "2026-1-5", StringComparison.Ordinal), false },
        { "quoted date", Base.Replace("2026-01-12", "\"2026-01-12\"", StringComparison.Ordinal), true },
        { "unknown key (a warning)", Base + "autors: [Jane]\n", true },
        { "missing summary", Base.Replace("summary: S.\n", "", StringComparison.Ordinal), false },
        { "missing date", Base.Replace("date: 2026-01-12\n", "", StringComparison.Ordinal), false },
        { "blank title", Base.Replace("title: T", "title: \" \"", StringComparison.Ordinal), false },
        { "placeholder summary, published", Base.Replace("summary: S.", "summary: \"TODO: one sentence that says what the essay argues.\"", StringComparison.Ordinal), false },
        { "placeholder summary, draft", Base.Replace("summary: S.", "summary: \"TODO: one sentence that says what the essay argues.\"", StringComparison.Ordinal) + "draft: true\n", true },
        { "draft not a boolean", Base + "draft: maybe\n", false },
        { "good slug", Base + "slug: five-eyes\n", true },
        { "slug with capitals and spaces", Base + "slug: Five Eyes\n", false },
        { "one author", Base + "authors: Jane Doe\n", true },
        { "authors as a list", Base + "authors: [Jane Doe, John Roe]\n", true },
        { "updated", Base + "updated: 2026-02-01\n", true },
        { "updated on a day that does not exist", Base + "updated: 2026-02-31\n", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_and_the_schema_agree(string name, string frontMatter, bool accepted)
    {
        var checkAccepts = CheckAccepts(frontMatter, out var errors);
        var schemaErrors = Schema.Validate(FrontMatterJson.FromYaml(frontMatter).ToString(Newtonsoft.Json.Formatting.None));

        Assert.True(checkAccepts == accepted, $"{name}: check {(checkAccepts ? "accepts" : "refuses")} it ({errors}); the table says {(accepted ? "accept" : "refuse")}");
        Assert.True((schemaErrors.Count == 0) == accepted, $"{name}: the schema {(schemaErrors.Count == 0 ? "accepts" : "refuses")} it ({string.Join("; ", schemaErrors)}); the table says {(accepted ? "accept" : "refuse")}");
    }

    private static bool CheckAccepts(string frontMatter, out string errors)
    {
        using var site = TempSite.FromRepository();
        site.Write("content/essays/case.md", "---\n" + frontMatter + "---\n\nThe body of the essay.\n");
        var result = SiteBuilder.Check(site.Options());
        var mine = result.Diagnostics.Where(d => d.IsError && d.Path.EndsWith("case.md", StringComparison.Ordinal)).ToList();
        errors = string.Join("; ", mine);
        return mine.Count == 0 && result.Succeeded;
    }
}
