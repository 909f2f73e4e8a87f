namespace Alliances.Site.Diagnostics;

public sealed record Diagnostic(SourceLocation Location, Severity Severity, string Code, string Message)
{
    public string Path => Location.Path;

    public int Line => Location.Line;

    public int Column => Location.Column;

    public bool IsError => Severity == Severity.Error;

    /// <summary>The diagnostic as one line of text, whatever its path and message hold (see <see cref="PrintableText"/>).</summary>
    public override string ToString() =>
        PrintableText.OneLine($"{Location}: {(IsError ? "error" : "warning")} {Code}: {Message}");
}
