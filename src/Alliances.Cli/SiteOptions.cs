using System.CommandLine;
using Alliances.Site;

namespace Alliances.Cli;

/// <summary>The options `build`, `check` and `serve` share, defined once.</summary>
public sealed class SiteOptions
{
    public Option<string> Content { get; } = new("--content") { Description = "Content folder", DefaultValueFactory = _ => "content" };

    public Option<string> Templates { get; } = new("--templates") { Description = "Templates folder", DefaultValueFactory = _ => "templates" };

    public Option<string> Output { get; } = new("--output", "-o") { Description = "Output folder", DefaultValueFactory = _ => "_site" };

    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = "Absolute URL the site is published at (overrides site.yml's base_url)" };

    public Option<bool> Drafts { get; } = new("--drafts") { Description = "Include essays marked draft: true" };

    public Option<bool> Future { get; } = new("--future") { Description = "Include essays dated in the future" };

    public void AddTo(Command command, bool withOutput)
    {
        command.Options.Add(Content);
        command.Options.Add(Templates);
        if (withOutput)
        {
            command.Options.Add(Output);
        }

        command.Options.Add(BaseUrl);
        command.Options.Add(Drafts);
        command.Options.Add(Future);
    }

    public BuildOptions Read(ParseResult parsed) => new()
    {
        ContentDirectory = parsed.GetValue(Content)!,
        TemplatesDirectory = parsed.GetValue(Templates)!,
        OutputDirectory = parsed.GetResult(Output) is null ? "_site" : parsed.GetValue(Output)!,
        BaseUrl = parsed.GetValue(BaseUrl),
        IncludeDrafts = parsed.GetValue(Drafts),
        IncludeFuture = parsed.GetValue(Future),
    };
}
