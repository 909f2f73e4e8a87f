using Alliances.Site.Diagnostics;
using Alliances.Site.Loading;
using Alliances.Site.Markdown;
using Alliances.Site.Model;
using Alliances.Site.Scaffolding;
using Alliances.Site.Tests.Support;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace Alliances.Site.Tests.Editors;

/// <summary>
/// docs/schema/*.schema.json state the generator's front-matter rules for editors' tools; these
/// tests hold the schema and the generator to the same rules.
/// </summary>
public sealed class SchemaTests
{
    /// <summary>
    /// Fixtures whose essay front-matter breaks a rule the schema can state; it must reject each.
    /// (ALL104, an unknown key, is a warning: the schema accepts it as `check` does; see SchemaAgreementTests.)
    /// </summary>
    public static TheoryData<string> FrontMatterFixtures() =>
        ["ALL102-missing-summary", "ALL103-invalid-date", "ALL105-unknown-topic", "ALL121-placeholder-summary"];

    public static TheoryData<string> RealEssays() =>
        [.. Directory.EnumerateFiles(RepoPaths.Of("content", "essays"), "*.md").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    private static JsonSchema Schema(string name) =>
        JsonSchema.FromJsonAsync(File.ReadAllText(RepoPaths.Of("docs", "schema", name))).GetAwaiter().GetResult();

    private static ICollection<NJsonSchema.Validation.ValidationError> Validate(string schema, JToken json) =>
        Schema(schema).Validate(json.ToString(Newtonsoft.Json.Formatting.None));

    [Theory]
    [MemberData(nameof(RealEssays))]
    public void The_essay_schema_accepts_every_real_essay(string file)
    {
        var json = FrontMatterJson.FromMarkdown(File.ReadAllText(RepoPaths.Of("content", "essays", file)));

        Assert.Empty(Validate("essay.schema.json", json));
    }

    [Fact]
    public void The_essay_schema_accepts_what_alliances_new_writes()
    {
        var json = FrontMatterJson.FromMarkdown(EssayScaffold.Render("Five Eyes: \"quoted\"", new DateOnly(2026, 11, 23), ["intelligence", "diplomacy"]));

        Assert.Empty(Validate("essay.schema.json", json));
    }

    [Theory]
    [MemberData(nameof(FrontMatterFixtures))]
    public void The_essay_schema_rejects_each_bad_front_matter_fixture(string name)
    {
        var fixture = new DiagnosticsFixture(name);
        var file = Assert.Single(Directory.EnumerateFiles(Path.Combine(fixture.Directory, "content", "essays")));
        var json = FrontMatterJson.FromMarkdown(File.ReadAllText(file));
        // The fixtures use the fixture site's topics; put the real site's in their place.
        if (json["topics"] is JArray topics && name != "ALL105-unknown-topic")
        {
            topics.Replace(new JArray("intelligence"));
        }

        Assert.NotEmpty(Validate("essay.schema.json", json));
    }

    [Fact]
    public void The_essay_schema_knows_exactly_the_fields_the_generator_reads()
    {
        var properties = Schema("essay.schema.json").Properties.Keys.Order(StringComparer.Ordinal);

        Assert.Equal(EssayReader.KnownFields.Order(StringComparer.Ordinal), properties);
    }

    [Fact]
    public void The_essay_schema_requires_what_the_generator_requires()
    {
        var required = Schema("essay.schema.json").RequiredProperties.Order(StringComparer.Ordinal).ToList();
        var complete = "---\ntitle: T\ndate: 2026-01-12\nsummary: S.\ntopics: [intelligence]\n---\n\nBody.\n";

        // The body has no `# Title` line, so the generator needs the `title` field: the schema, which
        // cannot see the body, leaves it optional, and this is the one rule it states more loosely.
        foreach (var field in EssayReader.KnownFields)
        {
            var without = string.Join('\n', complete.Split('\n').Where(l => !l.StartsWith(field + ":", StringComparison.Ordinal)));
            var diagnostics = new DiagnosticBag();
            EssayReader.Read(new ContentFile("essays/t.md", "essays/t.md", without), MarkdownPipelineFactory.Create(), diagnostics);
            var generatorRequires = diagnostics.Sorted().Any(d => d.Code == DiagnosticCodes.MissingField.Id);

            Assert.True(generatorRequires == (required.Contains(field) || field == "title"), $"'{field}': generator requires it: {generatorRequires}; schema: {required.Contains(field)}");
        }
    }

    [Fact]
    public void The_essay_schema_topics_are_the_topic_files_and_their_aliases()
    {
        var topics = Directory.EnumerateFiles(RepoPaths.Of("content", "topics"), "*.md")
            .Select(f => TopicReader.Read(new ContentFile("topics/" + Path.GetFileName(f), f, File.ReadAllText(f)), MarkdownPipelineFactory.Create(), new DiagnosticBag()))
            .SelectMany(t => t.Aliases.Prepend(t.Slug))
            .Order(StringComparer.Ordinal);
        var schema = JObject.Parse(File.ReadAllText(RepoPaths.Of("docs", "schema", "essay.schema.json")));

        var forms = (JArray)schema["definitions"]!["topic"]!["anyOf"]!;
        var enumerated = forms[0]!["enum"]!.Values<string>().OfType<string>().ToList();

        Assert.Equal(topics, enumerated.Order(StringComparer.Ordinal));
        // The second form is the same list with letter case free, as `check` matches topics.
        var caseFree = enumerated.Select(t => string.Concat(t.Select(c => char.IsAsciiLetter(c) ? $"[{char.ToUpperInvariant(c)}{c}]" : c.ToString())));
        Assert.Equal("^(?:" + string.Join('|', caseFree) + ")$", forms[1]!["pattern"]!.Value<string>());
    }

    [Fact]
    public void The_placeholder_summary_in_the_schema_is_the_one_alliances_new_writes()
    {
        var schema = JObject.Parse(File.ReadAllText(RepoPaths.Of("docs", "schema", "essay.schema.json")));

        Assert.Equal(EssayScaffold.SummaryPlaceholder, schema["anyOf"]![1]!["properties"]!["summary"]!["not"]!["enum"]![0]!.Value<string>());
    }

    [Fact]
    public void The_site_schema_accepts_the_real_site_yml_and_rejects_a_bad_one()
    {
        var real = FrontMatterJson.FromYaml(File.ReadAllText(RepoPaths.Of("content", "site.yml")));
        var bad = FrontMatterJson.FromYaml(File.ReadAllText(Path.Combine(DiagnosticsFixture.Folder, "ALL117-site-config", "content", "site.yml")));

        Assert.Empty(Validate("site.schema.json", real));
        Assert.NotEmpty(Validate("site.schema.json", bad));
    }

    [Fact]
    public void The_site_yml_points_editors_at_its_schema()
    {
        Assert.StartsWith("# yaml-language-server: $schema=../docs/schema/site.schema.json\n", File.ReadAllText(RepoPaths.Of("content", "site.yml")), StringComparison.Ordinal);
        Assert.Contains("\"./docs/schema/site.schema.json\": [\"content/site.yml\"]", File.ReadAllText(RepoPaths.Of(".vscode", "settings.json")), StringComparison.Ordinal);
    }
}
