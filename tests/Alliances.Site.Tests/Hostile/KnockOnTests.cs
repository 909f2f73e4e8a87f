using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Hostile;

/// <summary>One error per mistake: what a refused body or a broken site.yml hides is not reported as missing too.</summary>
public class KnockOnTests
{
    private const string Nested = "[[[[[[[[[[";

    [Fact]
    public void A_body_over_the_nesting_limit_is_one_error_at_its_line_with_no_missing_title_or_passages()
    {
        var body = "# The Title\n\nFine text.\n\n## a\n\n" + string.Concat(Enumerable.Repeat(Nested, 5_000)) + "\n";
        using var site = TempSite.WithFiles(
            ("content/essays/e.md", "---\ndate: 2024-05-01\nsummary: S.\ntopics: [diplomacy]\npassages:\n  diplomacy: [a, b]\n---\n\n" + body),
            ("content/essays/f.md", "---\ntitle: F\ndate: 2024-05-01\nsummary: S.\ntopics: [diplomacy]\n---\n\nSee [a](e.md#a) and [b](e.md#b).\n"));

        var result = SiteBuilder.Check(site.Options());

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("ALL205", $"{site.Content}/essays/e.md", 15, 1), (error.Code, error.Path, error.Line, error.Column));
    }

    [Theory]
    [InlineData("title: &t Test\ndescription: *t\nbase_url: https://example.org/\n", 1)]
    [InlineData("title: Test\ndescription: !!str A site.\nbase_url: https://example.org/\n", 2)]
    public void A_yaml_anchor_alias_or_tag_in_site_yml_is_reported_alone(string yaml, int line)
    {
        using var site = TempSite.WithFiles(("content/essays/a.md", "---\ntitle: T\ndate: 2024-05-01\nsummary: S.\ntopics: [diplomacy]\n---\n\nText.\n"));
        site.Write("content/site.yml", yaml);

        var result = SiteBuilder.Check(site.Options());

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("ALL109", $"{site.Content}/site.yml", line), (error.Code, error.Path, error.Line));
    }
}
