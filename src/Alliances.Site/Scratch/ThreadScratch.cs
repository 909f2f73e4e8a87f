namespace Alliances.Site.Scratch;

/// <summary>
/// The library's one way to keep a scratch object (a buffer, a stack, a writer) from call to call
/// where no worker object can be handed down: each thread keeps one spare <typeparamref name="T"/>.
/// <see cref="Rent"/> takes it (or makes one, for a use inside another use on the same thread) and
/// <see cref="Return"/> puts it back.
/// </summary>
/// <remarks>
/// Who owns what: a rented object is the renter's alone until it returns it, and nothing may keep it,
/// or a span of it, after that; it never crosses threads. Where the call chain is the library's own,
/// pass the worker's scratch explicitly instead (the render phase's <c>RenderWorker</c>, the search
/// index's <c>SearchScratch</c>). Each use, and why it pays, is listed in docs/architecture.md
/// ("Scratch and speed devices").
/// </remarks>
internal static class ThreadScratch<T>
    where T : class, new()
{
    [ThreadStatic]
    private static T? t_spare;

    /// <summary>The thread's spare, or a new one when it is rented out already.</summary>
    public static T Rent()
    {
        var scratch = t_spare ?? new T();
        t_spare = null;
        return scratch;
    }

    /// <summary>Keeps <paramref name="scratch"/> as the thread's spare; the caller keeps nothing of it.</summary>
    public static void Return(T scratch) => t_spare = scratch;
}
