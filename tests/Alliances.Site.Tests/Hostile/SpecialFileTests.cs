using Alliances.Site.Loading;
using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Hostile;

/// <summary>
/// Only regular files are read. A FIFO, device or socket among the content or templates is a
/// positioned error found without opening it (opening a FIFO blocks until someone writes), and the
/// size limit counts the bytes read, not the size a file reports (a device reports 0).
/// </summary>
public class SpecialFileTests
{
    private const string Essay = "---\ntitle: T\ndate: 2024-05-01\nsummary: S.\ntopics: [diplomacy]\n---\n\nText.\n";
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    [LinuxFact]
    public void A_fifo_among_the_essays_is_an_error_for_build_and_check_and_nothing_blocks()
    {
        using var site = TempSite.WithFiles(("content/essays/a.md", Essay));
        var fifo = Path.Combine(site.Content, "essays", "x.md");
        Fifo.Make(fifo);

        foreach (var run in new Func<BuildOptions, BuildResult>[] { SiteBuilder.Build, SiteBuilder.Check })
        {
            var result = Fifo.Within(Limit, () => run(site.Options()), fifo);

            var error = Assert.Single(result.Diagnostics);
            Assert.Equal(("ALL100", $"{site.Content}/essays/x.md", 1, 1), (error.Code, error.Path, error.Line, error.Column));
            Assert.Contains("FIFO", error.Message, StringComparison.Ordinal);
        }
    }

    [LinuxFact]
    public void A_fifo_as_site_yml_a_topic_or_the_home_page_is_an_error_at_that_file()
    {
        foreach (var file in new[] { "site.yml", "topics/diplomacy.md", "index.md" })
        {
            using var site = TempSite.WithFiles(("content/essays/a.md", Essay));
            var fifo = Path.Combine(site.Content, file);
            File.Delete(fifo);
            Fifo.Make(fifo);

            var result = Fifo.Within(Limit, () => SiteBuilder.Check(site.Options()), fifo);

            Assert.Contains(result.Diagnostics, d => (d.Code, d.Path, d.Line) == ("ALL100", $"{site.Content}/{file}", 1));
        }
    }

    [LinuxFact]
    public void A_fifo_among_the_templates_or_assets_is_an_error_and_nothing_blocks()
    {
        foreach (var file in new[] { "x.html", "assets/x.css" })
        {
            using var site = TempSite.WithFiles(("content/essays/a.md", Essay));
            var fifo = Path.Combine(site.Templates, file);
            Fifo.Make(fifo);

            var result = Fifo.Within(Limit, () => SiteBuilder.Build(site.Options()), fifo);

            var error = Assert.Single(result.Diagnostics);
            Assert.Equal(("ALL100", $"{site.Templates}/{file}", 1), (error.Code, error.Path, error.Line));
            Assert.False(Directory.Exists(site.Output));
        }
    }

    [LinuxFact]
    public void A_character_device_is_refused_by_its_kind_without_being_read()
    {
        var diagnostics = new Diagnostics.DiagnosticBag();
        var options = new BuildOptions { ContentDirectory = "/dev", TemplatesDirectory = "/nowhere" };

        var file = ContentLoader.ReadFile(options, "zero", diagnostics);

        Assert.Null(file);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal("/dev/zero:1:1: error ALL100: '/dev/zero' is a character device, not a regular file; only regular files are read", error.ToString());
    }

    [LinuxFact]
    public void The_size_limit_counts_bytes_read_so_an_endless_file_that_reports_size_0_stops_at_the_limit()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var error = Assert.Throws<FileTooLargeException>(() => TextFile.Read("/dev/zero"));

        Assert.Equal(MarkdownDocumentReader.MaxFileBytes + 1, error.Bytes);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), clock.Elapsed.ToString());
    }

    [LinuxFact]
    public void An_essay_linked_to_a_character_device_is_refused_as_a_link_out_of_the_content()
    {
        using var site = TempSite.WithFiles(("content/essays/a.md", Essay));
        File.CreateSymbolicLink(Path.Combine(site.Content, "essays", "zero.md"), "/dev/zero");

        var result = SiteBuilder.Check(site.Options());

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("ALL130", $"{site.Content}/essays/zero.md"), (error.Code, error.Path));
    }
}
