namespace Alliances.Site.Diagnostics;

public sealed record Diagnostic(SourceLocation Location, Severity Severity, string Code, string Message)
{
    public string Path => Location.Path;

    public int Line => Location.Line;

    public int Column => Location.Column;

    public bool IsError => Severity == Severity.Error;

    public override string ToString() =>
        $"{Location}: {(IsError ? "error" : "warning")} {Code}: {Message}";
}
