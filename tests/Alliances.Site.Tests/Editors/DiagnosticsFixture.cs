using System.Globalization;
using Alliances.Site.Loading;
using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Editors;

/// <summary>
/// One folder of Fixtures/Diagnostics: files laid over the small valid site in `_base` (and over the
/// repository's templates), an optional `options.txt`, and `expected.txt` with one
/// `path:line:col: severity CODE` line per diagnostic the check must report, no more, no fewer.
/// </summary>
/// <remarks>
/// options.txt lines: `build` (build instead of check), `output=PATH`, `drafts`, `future`,
/// `delete=PATH`, and `setup=KIND [PATH]` for cases a committed file cannot express
/// (symlink-loop, large-file, shallow-git, user-file). Paths are relative to the site folder.
/// </remarks>
public sealed class DiagnosticsFixture(string name)
{
    public static readonly string Folder = RepoPaths.DiagnosticFixtures;

    /// <summary>The day fixtures are checked on, so "future" never depends on the clock.</summary>
    public static readonly DateOnly Today = new(2026, 6, 1);

    private static readonly string[] SiteFolders = ["content", "templates"];

    public string Name { get; } = name;

    public string Code => Name[..6];

    public string Directory => Path.Combine(Folder, Name);

    public static IEnumerable<string> Names() =>
        System.IO.Directory.EnumerateDirectories(Folder)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(n => !n.StartsWith('_'))
            .Order(StringComparer.Ordinal);

    public IReadOnlyList<string> Expected() => Lines(Path.Combine(Directory, "expected.txt"));

    public override string ToString() => Name;

    /// <summary>Sets the case up in a temp folder, runs it, and returns what it reported, as expected.txt writes it.</summary>
    public (IReadOnlyList<string> Lines, BuildResult Result) Run()
    {
        using var temp = TempSite.FromFixtureBase();
        foreach (var overlay in SiteFolders.Where(o => System.IO.Directory.Exists(Path.Combine(Directory, o))))
        {
            TempSite.CopyDirectory(Path.Combine(Directory, overlay), temp.Of(overlay));
        }

        var options = Lines(Path.Combine(Directory, "options.txt"));
        var root = temp.Root;
        foreach (var option in options)
        {
            var (key, value) = option.IndexOf('=') is var i and >= 0 ? (option[..i], option[(i + 1)..]) : (option, "");
            switch (key)
            {
                case "delete":
                    DeletePath(temp.Of(value));
                    break;
                case "setup":
                    root = Setup(temp, value);
                    break;
            }
        }

        var output = options.FirstOrDefault(o => o.StartsWith("output=", StringComparison.Ordinal))?["output=".Length..];
        var build = new BuildOptions
        {
            ContentDirectory = Path.Combine(root, "content"),
            TemplatesDirectory = Path.Combine(root, "templates"),
            OutputDirectory = output is null ? Path.Combine(root, "_site") : Path.IsPathRooted(output) ? output : Path.Combine(root, output),
            IncludeDrafts = options.Contains("drafts"),
            IncludeFuture = options.Contains("future"),
            Today = Today,
            GitDates = options.Any(o => o.StartsWith("setup=shallow-git", StringComparison.Ordinal)),
            MaxParallelism = 2,
        };
        var result = options.Contains("build") ? SiteBuilder.Build(build) : SiteBuilder.Check(build);
        var prefix = root + "/";
        var lines = result.Diagnostics
            .Select(d => string.Create(CultureInfo.InvariantCulture,
                $"{(d.Path.StartsWith(prefix, StringComparison.Ordinal) ? d.Path[prefix.Length..] : d.Path)}:{d.Line}:{d.Column}: {(d.IsError ? "error" : "warning")} {d.Code}"))
            .ToList();
        return (lines, result);
    }

    private static string Setup(TempSite temp, string value)
    {
        var parts = value.Split(' ', 2);
        switch (parts[0])
        {
            case "symlink-loop":
                var link = temp.Of(parts[1]);
                File.CreateSymbolicLink(link, Path.GetFileName(link));
                return temp.Root;
            case "folder":
                System.IO.Directory.CreateDirectory(temp.Of(parts[1]));
                return temp.Root;
            case "user-file":
                temp.Write(parts[1], "Written by hand.\n");
                return temp.Root;
            case "large-file":
                var padding = new string('x', MarkdownDocumentReader.MaxFileBytes);
                temp.Write(parts[1], "---\ntitle: Big\ndate: 2026-01-12\nsummary: Too big.\ntopics: [alpha]\n---\n\n" + padding + "\n");
                return temp.Root;
            case "shallow-git":
                var origin = temp.Of("origin");
                System.IO.Directory.CreateDirectory(origin);
                foreach (var folder in SiteFolders)
                {
                    System.IO.Directory.Move(temp.Of(folder), Path.Combine(origin, folder));
                }

                GitRepo.Run(origin, "init", "-q");
                GitRepo.CommitAll(origin, "2026-03-01", "first");
                temp.Write("origin/content/essays/one.md", File.ReadAllText(Path.Combine(origin, "content/essays/one.md")) + "\nA later edit.\n");
                GitRepo.CommitAll(origin, "2026-04-01", "second");
                GitRepo.Run(temp.Root, "clone", "-q", "--depth", "1", "file://" + origin, "clone");
                return temp.Of("clone");
            default:
                throw new InvalidOperationException($"unknown fixture setup '{value}'");
        }
    }

    private static void DeletePath(string path)
    {
        if (System.IO.Directory.Exists(path))
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
        else
        {
            File.Delete(path);
        }
    }

    private static List<string> Lines(string file) =>
        File.Exists(file)
            ? [.. File.ReadAllLines(file).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))]
            : [];
}
