namespace Alliances.Site.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
