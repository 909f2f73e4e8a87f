namespace Alliances.Site.Diagnostics;

/// <summary>
/// The catch-all: an exception the generator did not expect becomes an ALL999 diagnostic at the
/// file being processed, never a stack trace, and the build fails before anything is written.
/// </summary>
public static class InternalErrors
{
    public static T? Catch<T>(string path, DiagnosticBag diagnostics, Func<T> action)
        where T : class
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Report(path, diagnostics, e);
            return null;
        }
    }

    public static void Report(string path, DiagnosticBag diagnostics, Exception e)
    {
        var inner = e is AggregateException { InnerExceptions.Count: > 0 } aggregate ? aggregate.InnerExceptions[0] : e;
        var message = inner.Message.Split('\n', 2)[0].Trim();
        diagnostics.Report(SourceLocation.FileStart(path), DiagnosticCodes.InternalError,
            $"internal error while processing this file ({inner.GetType().Name}: {message}); nothing was written");
    }
}
