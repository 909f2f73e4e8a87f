using System.Diagnostics;
using System.Text.Json;
using Alliances.Site.Localization;
using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Search;

/// <summary>
/// search.js (run by Node.js) writes its status in the page's language as the templates do: the same
/// plural form for every count as <see cref="PluralRules"/>, the language's digits, placeholders by name.
/// </summary>
public sealed class SearchStringsTests
{
    private const string Runner = """
        const fs = require("fs"), vm = require("vm");
        vm.runInThisContext(fs.readFileSync(process.argv[2], "utf8"));
        const [languages, strings] = [JSON.parse(process.argv[3]), JSON.parse(fs.readFileSync(process.argv[4], "utf8"))];
        const categories = languages.map((l) => Array.from({ length: 1201 }, (_, n) => globalThis.alliancesPluralCategory(l, n)));
        const ui = globalThis.alliancesInterfaceStrings(strings);
        const said = [3, 11, 102].map((n) => ui.say("search_count", { n, query: "الأمن", shown: 10 }))
          .concat([ui.say("search_close", { terms: ui.list(["أمن", "امن"]) }), ui.say("no_such_key")]);
        fs.writeFileSync(process.argv[5], JSON.stringify({ categories, said }));
        """;

    private static readonly string[] Languages = ["ar", "ar-EG", "fa", "ur", "tr", "ms", "id", "en", "pt-BR", "de"];

    [NodeFact]
    public void Search_js_chooses_the_plural_form_the_templates_would_and_fills_the_arabic_strings()
    {
        using var temp = TempSite.Empty();
        var strings = InterfaceStrings.Load(RepoPaths.Templates, "templates", new()) ?? throw new InvalidOperationException("no strings");
        temp.Write("strings.json", strings.For("ar").Json(["digits", "list_comma", "search_count", "search_close"]));

        var output = Run(temp, JsonSerializer.Serialize(Languages), temp.Of("strings.json"));

        var categories = output.GetProperty("categories").EnumerateArray().Select(a => a.EnumerateArray().Select(c => c.GetString()).ToList()).ToList();
        for (var l = 0; l < Languages.Length; l++)
        {
            var differ = Enumerable.Range(0, 1201).Where(n => categories[l][n] != PluralRules.Category(Languages[l], n)).ToList();
            Assert.True(differ.Count == 0, $"{Languages[l]}: search.js and PluralRules differ for {string.Join(", ", differ.Take(10))}");
        }

        Assert.Equal(
            [
                "3 أقسام تطابق «الأمن»؛ المعروض 10.",
                "11 قسمًا يطابق «الأمن»؛ المعروض 10.",
                "102 قسم يطابق «الأمن»؛ المعروض 10.",
                "يشمل ذلك تهجئات قريبة: أمن، امن.",
                "no_such_key",
            ],
            output.GetProperty("said").EnumerateArray().Select(s => s.GetString()));
    }

    [NodeFact]
    public void Search_js_writes_numbers_in_the_languages_digits()
    {
        using var temp = TempSite.Empty();
        var strings = InterfaceStrings.Load(RepoPaths.Templates, "templates", new()) ?? throw new InvalidOperationException("no strings");
        temp.Write("strings.json", strings.For("fa").Json(["digits", "list_comma", "search_count", "search_close"]));

        var said = Run(temp, "[]", temp.Of("strings.json")).GetProperty("said")[0].GetString();

        Assert.Equal("۳ بخش با «الأمن» جور است؛ ۱۰ نشان داده شده.", said);
    }

    private static JsonElement Run(TempSite temp, string languages, string stringsFile)
    {
        temp.Write("run.js", Runner);
        var start = new ProcessStartInfo(NodeFactAttribute.Executable!)
        {
            ArgumentList = { temp.Of("run.js"), Path.Combine(RepoPaths.Templates, "assets", "search.js"), languages, stringsFile, temp.Of("out.json") },
            RedirectStandardError = true,
        };
        using var node = Process.Start(start)!;
        var errors = node.StandardError.ReadToEnd();
        node.WaitForExit();
        Assert.True(node.ExitCode == 0, errors);
        return JsonDocument.Parse(File.ReadAllText(temp.Of("out.json"))).RootElement.Clone();
    }
}
