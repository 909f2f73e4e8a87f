using System.Text;
using System.Text.Json;
using Alliances.Site;
using Alliances.Site.Diagnostics;
using Alliances.Site.Output;

namespace Alliances.Cli;

/// <summary>
/// One JSON document per run, for tools. Its shape is a contract (`version` changes if it ever
/// breaks); it holds nothing that varies between identical runs, such as timings.
/// </summary>
public static class JsonFormat
{
    public const int Version = 1;

    public static string Document(string command, BuildResult result, OutputComparison? comparison)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            json.WriteString("command", command);
            json.WriteBoolean("succeeded", result.Succeeded);
            json.WriteNumber("errors", result.ErrorCount);
            json.WriteNumber("warnings", result.WarningCount);
            json.WriteStartArray("diagnostics");
            foreach (var d in result.Diagnostics)
            {
                WriteDiagnostic(json, d);
            }

            json.WriteEndArray();
            WritePublished(json, result);
            if (comparison is not null)
            {
                json.WriteStartObject("pages");
                json.WriteString("comparedWith", comparison.PreviousDirectory);
                WriteStrings(json, "added", comparison.Added);
                WriteStrings(json, "changed", comparison.Changed);
                WriteStrings(json, "removed", comparison.Removed);
                json.WriteNumber("unchanged", comparison.Unchanged);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic d)
    {
        json.WriteStartObject();
        json.WriteString("path", d.Path);
        json.WriteNumber("line", d.Line);
        json.WriteNumber("column", d.Column);
        json.WriteString("severity", d.IsError ? "error" : "warning");
        json.WriteString("code", d.Code);
        json.WriteString("message", d.Message);
        json.WriteEndObject();
    }

    private static void WritePublished(Utf8JsonWriter json, BuildResult result)
    {
        json.WriteStartArray("essays");
        foreach (var page in result.Site?.Essays ?? [])
        {
            var essay = page.Essay;
            json.WriteStartObject();
            json.WriteString("slug", essay.Slug);
            json.WriteString("file", essay.Source.DisplayPath);
            json.WriteString("url", essay.Path);
            json.WriteString("title", essay.Title);
            WriteDate(json, essay);

            WriteStrings(json, "topics", [.. page.Topics.Select(t => t.Slug)]);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteUnpublished(json, "scheduled", result.Site?.Scheduled ?? []);
        WriteUnpublished(json, "drafts", result.Site?.Drafts ?? []);
        json.WriteStartArray("topics");
        foreach (var topicPage in result.Site?.TopicPages ?? [])
        {
            json.WriteStartObject();
            json.WriteString("slug", topicPage.Topic.Slug);
            json.WriteString("url", topicPage.Topic.Path);
            json.WriteString("title", topicPage.Topic.Title);
            json.WriteNumber("essays", topicPage.Essays.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>Essays the run did not publish: drafts, and scheduled ones with the date they will be.</summary>
    private static void WriteUnpublished(Utf8JsonWriter json, string name, IReadOnlyList<Alliances.Site.Model.Essay> essays)
    {
        json.WriteStartArray(name);
        foreach (var essay in essays)
        {
            json.WriteStartObject();
            json.WriteString("slug", essay.Slug);
            json.WriteString("file", essay.Source.DisplayPath);
            json.WriteString("title", essay.Title);
            WriteDate(json, essay);

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>An essay's date, or null when it had none that could be read (never year 1).</summary>
    private static void WriteDate(Utf8JsonWriter json, Alliances.Site.Model.Essay essay)
    {
        if (Report.DateOf(essay) is { } date)
        {
            json.WriteString("date", date);
        }
        else
        {
            json.WriteNull("date");
        }
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
