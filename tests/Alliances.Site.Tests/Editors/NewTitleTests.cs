using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Editors;

/// <summary>`alliances new` with titles in any script, and `--slug`; the file it writes passes `check`.</summary>
public sealed class NewTitleTests
{
    [Theory]
    [InlineData("Über NATO", "uber-nato")]
    [InlineData("Pakistan's ties with Türkiye", "pakistans-ties-with-turkiye")]
    [InlineData("Turkey–Pakistan ties", "turkey-pakistan-ties")]
    [InlineData("İslam İşbirliği Teşkilatı", "islam-isbirligi-teskilati")]
    [InlineData("التحالفات الأمنية", "التحالفات-الأمنية")]
    [InlineData("همکاری‌های امنیتی ایران و پاکستان", "همکاریهای-امنیتی-ایران-و-پاکستان")]
    [InlineData("پاکستان اور ترکی کا دفاعی تعاون", "پاکستان-اور-ترکی-کا-دفاعی-تعاون")]
    public void A_title_in_any_script_names_the_file_by_the_slug_rule_and_the_file_checks_cleanly(string title, string slug)
    {
        using var temp = TempSite.FromFixtureBase();

        var (exit, output, errors) = CliRunner.Run("new", title, "--topics", "alpha", "--content", temp.Of("content"));

        Assert.True(exit == 0, errors);
        Assert.Contains($"essays/{slug}.md", output, StringComparison.Ordinal);
        Assert.Contains(title, File.ReadAllText(temp.Of($"content/essays/{slug}.md")), StringComparison.Ordinal);
        var check = SiteBuilder.Check(new BuildOptions { ContentDirectory = temp.Of("content"), TemplatesDirectory = temp.Of("templates"), IncludeDrafts = true });
        Assert.Empty(check.Diagnostics);
        Assert.Contains(check.Site!.Essays, e => e.Essay.Slug == slug && e.Essay.Title == title);
    }

    [Fact]
    public void Slug_chooses_the_file_name()
    {
        using var temp = TempSite.FromFixtureBase();

        var (exit, output, errors) = CliRunner.Run("new", "الأحلاف", "--topics", "alpha", "--slug", "alliances-ar", "--content", temp.Of("content"));

        Assert.True(exit == 0, errors);
        Assert.Contains("essays/alliances-ar.md", output, StringComparison.Ordinal);
        Assert.True(File.Exists(temp.Of("content/essays/alliances-ar.md")));
    }

    [Theory]
    [InlineData("Bad Slug", "try 'bad-slug'")]
    [InlineData("über-nato", "try 'uber-nato'")]
    [InlineData("a--b", "try 'a-b'")]
    [InlineData("con", "reserved device name")]
    [InlineData("ess\u0430y", "mixes Latin letters with letters of another script")]
    public void A_bad_slug_is_a_usage_error_that_says_what_to_write(string slug, string says)
    {
        using var temp = TempSite.FromFixtureBase();

        var (exit, _, errors) = CliRunner.Run("new", "Anything", "--topics", "alpha", "--slug", slug, "--content", temp.Of("content"));

        Assert.Equal(2, exit);
        Assert.Contains($"--slug '{slug}'", errors, StringComparison.Ordinal);
        Assert.Contains(says, errors, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(temp.Of("content/essays"), "*nything*"));
    }

    [Theory]
    [InlineData("!!!")]
    [InlineData("🙂 🙂")]
    public void A_title_without_letters_or_digits_is_a_usage_error_that_points_to_slug(string title)
    {
        using var temp = TempSite.FromFixtureBase();
        var before = Directory.EnumerateFileSystemEntries(temp.Of("content/essays")).Count();

        var (exit, _, errors) = CliRunner.Run("new", title, "--topics", "alpha", "--content", temp.Of("content"));

        Assert.Equal(2, exit);
        Assert.Contains("--slug", errors, StringComparison.Ordinal);
        Assert.Equal(before, Directory.EnumerateFileSystemEntries(temp.Of("content/essays")).Count());
    }
}
