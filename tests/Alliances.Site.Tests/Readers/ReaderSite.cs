using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Readers;

/// <summary>Small inline sites and helpers shared by the readers' tests (feeds, sitemap, search, metadata).</summary>
internal static class ReaderSite
{
    public const string HostileTitle = "</title><script>alert(1)</script> & \"Friends\"";

    public static string Essay(string title, string date, string topics = "[diplomacy]", string extra = "", string body = "") =>
        $"---\ntitle: \"{title.Replace("\"", "\\\"", StringComparison.Ordinal)}\"\ndate: {date}\nsummary: A summary of {title.Replace("\"", "", StringComparison.Ordinal)}.\ntopics: {topics}\n{extra}---\n\n" +
        (body.Length > 0 ? body : "An opening paragraph about alliances.\n\n## Intelligence Sharing\n\nPartners share intelligence against terrorism.\n");

    /// <summary>A site with 22 published essays (one hostile), a draft and a future essay.</summary>
    public static TempSite Build()
    {
        var files = new List<(string, string)>();
        for (var i = 1; i <= 21; i++)
        {
            files.Add(($"content/essays/essay-{i:D2}.md", Essay($"Essay number {i}", $"2025-01-{i:D2}", i % 2 == 0 ? "[diplomacy, intelligence]" : "[technology]")));
        }

        files.Add(("content/essays/hostile.md", Essay(HostileTitle, "2025-02-01", "[diplomacy]", "updated: 2025-03-01\n")));
        files.Add(("content/essays/secret-draft.md", Essay("Secret draft", "2025-02-02", extra: "draft: true\n")));
        files.Add(("content/essays/from-the-future.md", Essay("From the future", "2031-01-01")));
        var site = TempSite.WithFiles([.. files]);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return site;
    }

    public static XDocument Validate(string path, string schemaFile)
    {
        var schemas = new XmlSchemaSet();
        var folder = Path.Combine(RepoPaths.Root, "tests", "Alliances.Site.Tests", "Readers", "Schemas");
        if (schemaFile == "atom.xsd")
        {
            schemas.Add(null, Path.Combine(folder, "xml.xsd"));
        }

        if (schemaFile == "sitemap.xsd")
        {
            schemas.Add(null, Path.Combine(folder, "xhtml-link.xsd"));
        }

        schemas.Add(null, Path.Combine(folder, schemaFile));
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas, DtdProcessing = DtdProcessing.Prohibit };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} {e.Exception?.LineNumber}:{e.Exception?.LinePosition} {e.Message}");
        using (var reader = XmlReader.Create(path, settings))
        {
            while (reader.Read())
            {
            }
        }

        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return XDocument.Load(path);
    }
}
