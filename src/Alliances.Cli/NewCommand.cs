using System.CommandLine;
using Alliances.Site.Scaffolding;

namespace Alliances.Cli;

/// <summary>`alliances new "Title" --topics a,b`: scaffolds a draft essay.</summary>
public static class NewCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var title = new Argument<string>("title") { Description = "The essay's title; the file name is made from it" };
        var topics = new Option<string?>("--topics") { Description = "Comma-separated topics, e.g. intelligence,diplomacy" };
        var content = new Option<string>("--content") { Description = "Content folder", DefaultValueFactory = _ => "content" };
        var slug = new Option<string?>("--slug") { Description = "The file name (without .md) instead of one made from the title, e.g. five-eyes" };
        var command = new Command("new", "Create content/essays/<slug>.md with its front-matter filled in (never overwrites).");
        command.Arguments.Add(title);
        command.Options.Add(topics);
        command.Options.Add(content);
        command.Options.Add(slug);
        command.SetAction(parsed =>
        {
            var names = (parsed.GetValue(topics) ?? string.Empty)
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var result = EssayScaffolder.Create(parsed.GetValue(content)!, parsed.GetValue(title)!, names, DateOnly.FromDateTime(DateTime.Now), parsed.GetValue(slug));
            switch (result.Outcome)
            {
                case ScaffoldOutcome.Created:
                    stdout.WriteLine($"Created {result.Path} (a draft).");
                    stdout.WriteLine("Next: write the summary (it still says TODO) and the essay, run `alliances check`,");
                    stdout.WriteLine("then delete the `draft: true` line when it is ready to publish.");
                    return CliApp.Success;
                case ScaffoldOutcome.Refused:
                    stderr.WriteLine($"alliances new: {result.Message}");
                    return CliApp.ContentErrors;
                default:
                    stderr.WriteLine($"alliances new: {result.Message}");
                    return CliApp.UsageError;
            }
        });
        return command;
    }
}
