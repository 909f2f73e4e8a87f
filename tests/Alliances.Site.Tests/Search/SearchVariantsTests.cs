using System.Text.Json;
using Alliances.Site.Tests.Readers;
using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Search;

public sealed class SearchVariantsTests
{
    private const string SiteYml = "title: Test\ndescription: A test site.\nbase_url: https://example.org/alliances/\n";

    [Fact]
    public void Variants_reach_the_manifest_folded_with_spellings_of_one_word_merged()
    {
        using var site = Site(SiteYml + "search:\n  variants:\n    - [defence, defense]\n    - [US, U.S., United States]\n    - [Türkiye, Turkey]\n");
        var built = site.Build();
        Assert.True(built.Succeeded, string.Join("\n", built.Diagnostics));

        using var manifest = JsonDocument.Parse(site.ReadOutput("search/manifest.json"));
        var groups = manifest.RootElement.GetProperty("variants").EnumerateArray()
            .Select(g => string.Join(" | ", g.EnumerateArray().Select(m => string.Join(" ", m.EnumerateArray().Select(t => t.GetString())))))
            .ToList();
        Assert.Equal(["defence | defense", "us | united states", "turkiye | turkey"], groups);
    }

    [Fact]
    public void A_site_without_variants_has_an_empty_list()
    {
        using var site = Site(SiteYml);
        Assert.True(site.Build().Succeeded);
        using var manifest = JsonDocument.Parse(site.ReadOutput("search/manifest.json"));
        Assert.Equal(0, manifest.RootElement.GetProperty("variants").GetArrayLength());
    }

    [Fact]
    public void Each_mistake_in_the_variants_is_reported_where_it_is_all_in_one_run()
    {
        using var site = Site(SiteYml + """
            search:
              variants:
                - [defence]
                - [Turkey, "!!"]
                - [defense, defence]
                - [Türkiye, turkey]
                - just words
              colour: red
            """ + "\n");
        var built = site.Build();

        Assert.False(built.Succeeded);
        var found = built.Diagnostics.Select(d => $"{Path.GetRelativePath(site.Root, d.Path)}:{d.Line}:{d.Column}: {d.Code}: {d.Message}").ToList();
        Assert.Equal(
        [
            "content/site.yml:6:7: ALL117: a group of 'search.variants' needs two or more words, e.g. [defence, defense]; this one has 1",
            "content/site.yml:7:16: ALL117: a variant must hold a searchable word (two or more letters or digits, not only words such as 'the'), not the quoted string \"!!\"",
            "content/site.yml:9:17: ALL117: the variant 'turkey' is already in the group at line 7; put all its variants in that one group",
            "content/site.yml:10:7: ALL117: each group of 'search.variants' must be a list of two or more words, e.g. [defence, defense], not 'just words'",
            "content/site.yml:11:3: ALL117: unknown key 'colour' under 'search' (known: variants)",
        ], found);
    }

    [Fact]
    public void Search_that_is_not_a_mapping_says_what_to_write()
    {
        using var site = Site(SiteYml + "search: [defence, defense]\n");
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal((4, 9), (error.Line, error.Column));
        Assert.Contains("`search: { variants: [[defence, defense]] }`", error.Message, StringComparison.Ordinal);
    }

    private static TempSite Site(string siteYml)
    {
        var site = TempSite.WithFiles(("content/essays/one.md", ReaderSite.Essay("One", "2025-01-01", body: "Defense of Turkey.\n")));
        site.Write("content/site.yml", siteYml);
        return site;
    }
}
