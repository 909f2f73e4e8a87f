using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Hostile;

public class PathTests
{
    private static string Essay(string extra = "") =>
        "---\ntitle: T\ndate: 2024-05-01\nsummary: S.\ntopics: [diplomacy]\n" + extra + "---\n\nText.\n";

    private static BuildResult Check(params (string Path, string Text)[] files)
    {
        using var site = TempSite.WithFiles(files);
        return SiteBuilder.Check(site.Options());
    }

    [Theory]
    [InlineData("slug: ../index\n", "6:7")]
    [InlineData("slug: CON\n", "6:7")]
    [InlineData("slug: con\n", "6:7")]
    [InlineData("slug: a/b\n", "6:7")]
    [InlineData("slug: /etc/passwd\n", "6:7")]
    [InlineData("slug: \"..\\\\..\\\\x\"\n", "6:7")]
    [InlineData("slug: аlliances\n", "6:7")] // Cyrillic а
    [InlineData("slug: alliance\u0455\n", "6:7")] // Cyrillic ѕ
    [InlineData("slug: ａlliances\n", "6:7")] // fullwidth a
    [InlineData("slug: caf\u00e9\n", "6:7")]
    public void Unsafe_slugs_are_errors_at_the_slug(string line, string at)
    {
        var result = Check(("content/essays/ok.md", Essay(line)));

        var error = Assert.Single(result.Diagnostics, d => d.Code == "ALL111");
        Assert.Equal(at, $"{error.Line}:{error.Column}");
        Assert.EndsWith("essays/ok.md", error.Path, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CON.md")]
    [InlineData("аlliances.md")]
    [InlineData("My Essay.md")]
    public void Unsafe_file_names_are_errors_naming_the_file(string name)
    {
        var result = Check(("content/essays/" + name, Essay()));

        var error = Assert.Single(result.Diagnostics, d => d.Code == "ALL111");
        Assert.EndsWith("essays/" + name, error.Path, StringComparison.Ordinal);
        Assert.Equal((1, 1), (error.Line, error.Column));
    }

    [Fact]
    public void Two_essays_with_the_same_slug_are_an_error_naming_both_files()
    {
        var result = Check(("content/essays/one.md", Essay("slug: same\n")), ("content/essays/two.md", Essay("slug: same\n")));

        var error = Assert.Single(result.Diagnostics, d => d.Code == "ALL112");
        Assert.EndsWith("essays/two.md", error.Path, StringComparison.Ordinal);
        Assert.Contains("essays/one.md", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_slug_equal_to_another_file_name_collides()
    {
        var result = Check(("content/essays/taken.md", Essay()), ("content/essays/other.md", Essay("slug: taken\n")));

        var error = Assert.Single(result.Diagnostics, d => d.Code == "ALL112");
        Assert.EndsWith("essays/taken.md", error.Path, StringComparison.Ordinal);
        Assert.Contains("essays/other.md", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Foo_beside_foo_is_a_collision_naming_both_files()
    {
        var result = Check(("content/essays/Foo.md", Essay("slug: foo\n")), ("content/essays/foo.md", Essay()));

        var error = Assert.Single(result.Diagnostics, d => d.Code == "ALL112");
        Assert.EndsWith("essays/foo.md", error.Path, StringComparison.Ordinal);
        Assert.Contains("essays/Foo.md", error.Message, StringComparison.Ordinal);
    }
}
