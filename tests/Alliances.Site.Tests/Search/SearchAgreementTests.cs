using System.Diagnostics;
using System.Text.Json;
using Alliances.Site.Rendering.Search;
using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Search;

/// <summary>
/// The index (C#) and the query (search.js, run by Node.js with the table from a built manifest) turn
/// the same text into the same terms: the sample table, and every unit of the Basic Multilingual
/// Plane that .NET assigns, between letters, beside itself and after a dotted letter.
/// </summary>
public sealed class SearchAgreementTests
{
    private const string Runner = """
        const fs = require("fs"), vm = require("vm");
        vm.runInThisContext(fs.readFileSync(process.argv[2], "utf8"));
        const text = globalThis.alliancesSearchText(JSON.parse(fs.readFileSync(process.argv[3], "utf8")));
        const samples = JSON.parse(fs.readFileSync(process.argv[4], "utf8"));
        fs.writeFileSync(process.argv[5], JSON.stringify(samples.map((s) => text.terms(s))));
        """;

    [NodeFact]
    public void Search_js_splits_and_folds_every_sample_and_every_character_as_the_index_does()
    {
        using var site = TempSite.WithFiles(("content/essays/one.md", Readers.ReaderSite.Essay("One", "2025-01-01", body: "Text.\n")));
        var built = site.Build();
        Assert.True(built.Succeeded, string.Join("\n", built.Diagnostics));
        var samples = SearchFoldingTests.Samples.Select(s => s.Text).ToList();
        for (var c = 1; c < 0x10000; c++)
        {
            // Units .NET's Unicode data does not assign yet may be letters to a newer browser; no text has them.
            if (!char.IsSurrogate((char)c) && char.GetUnicodeCategory((char)c) != System.Globalization.UnicodeCategory.OtherNotAssigned)
            {
                var unit = (char)c;
                samples.Add($"Ab{unit}Cd {unit}{unit}x A.{unit}.B");
            }
        }

        var js = Run(site, samples);

        var differences = samples.Select((text, i) => (text, cs: SearchTokenizer.Terms(text), js: js[i]))
            .Where(d => !d.cs.SequenceEqual(d.js))
            .Select(d => $"{Escape(d.text)}: C# [{string.Join(", ", d.cs)}] JS [{string.Join(", ", d.js)}]")
            .ToList();
        Assert.True(differences.Count == 0, $"{differences.Count} differ:\n" + string.Join("\n", differences.Take(30)));
    }

    private static List<List<string>> Run(TempSite site, List<string> samples)
    {
        var script = Path.Combine(site.Root, "agree.js");
        var input = Path.Combine(site.Root, "samples.json");
        var output = Path.Combine(site.Root, "terms.json");
        File.WriteAllText(script, Runner);
        File.WriteAllText(input, JsonSerializer.Serialize(samples));
        var start = new ProcessStartInfo(NodeFactAttribute.Executable!)
        {
            ArgumentList = { script, Path.Combine(RepoPaths.Templates, "assets", "search.js"), Path.Combine(site.Output, "search", "manifest.json"), input, output },
            RedirectStandardError = true,
        };
        using var node = Process.Start(start)!;
        var errors = node.StandardError.ReadToEnd();
        node.WaitForExit();
        Assert.True(node.ExitCode == 0, errors);
        return JsonSerializer.Deserialize<List<List<string>>>(File.ReadAllText(output))!;
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString()));
}
