using System.Globalization;
using Newtonsoft.Json.Linq;
using YamlDotNet.RepresentationModel;

namespace Alliances.Site.Tests.Editors;

/// <summary>
/// Turns front-matter YAML into the JSON a schema validator sees, with YAML's core types as the
/// generator reads them: plain true/false are booleans, plain whole numbers are numbers, null is null,
/// everything else (dates included) is a string.
/// </summary>
internal static class FrontMatterJson
{
    public static JToken FromMarkdown(string markdown)
    {
        var text = markdown.ReplaceLineEndings("\n");
        Assert.StartsWith("---\n", text, StringComparison.Ordinal);
        var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        return FromYaml(text[4..(end + 1)]);
    }

    public static JToken FromYaml(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Convert(stream.Documents[0].RootNode);
    }

    private static JToken Convert(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JObject(mapping.Children.Select(c => new JProperty(((YamlScalarNode)c.Key).Value!, Convert(c.Value)))),
        YamlSequenceNode sequence => new JArray(sequence.Children.Select(Convert)),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } scalar => Plain(scalar.Value ?? ""),
        YamlScalarNode scalar => new JValue(scalar.Value),
        _ => throw new InvalidOperationException(node.NodeType.ToString()),
    };

    private static JToken Plain(string value) => value switch
    {
        "true" => new JValue(true),
        "false" => new JValue(false),
        "" or "~" or "null" => JValue.CreateNull(),
        _ when long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) => new JValue(n),
        _ => new JValue(value),
    };
}
