namespace Alliances.Site.Diagnostics;

/// <summary>A stable diagnostic code with the explanation editors see in docs/diagnostics.md.</summary>
public sealed record DiagnosticCode(string Id, Severity Severity, string Title, string Fix);
