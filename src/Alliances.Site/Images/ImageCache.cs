using System.Collections.Concurrent;

namespace Alliances.Site.Images;

/// <summary>
/// The resized WebP copies, keyed by the original's content hash, width and encoder settings: an
/// image whose bytes did not change is never encoded again; and the drawn social cards, keyed by a
/// hash of everything drawn on them (<see cref="Cards.SocialCard.Key"/>). Kept on disk between runs (a folder of
/// `&lt;hash&gt;-&lt;width&gt;-q&lt;quality&gt;.webp` and `card-&lt;key&gt;.png` files; deleting it costs only time) and, for `serve`, in memory.
/// From any thread.
/// </summary>
public sealed class ImageCache(string? folder, bool keepInMemory = false)
{
    /// <summary>Changes when the encoding changes, so copies made the old way are not reused.</summary>
    private const string Version = "v1";

    private readonly ConcurrentDictionary<string, byte[]> _memory = new(StringComparer.Ordinal);
    private int _encoded;
    private int _reused;
    private int _drawn;
    private int _cardsReused;

    /// <summary>How many images were decoded and encoded (each gives all its missing copies at once).</summary>
    public int Encoded => Volatile.Read(ref _encoded);

    /// <summary>How many images had every copy in the cache already.</summary>
    public int Reused => Volatile.Read(ref _reused);

    /// <summary>How many social cards were drawn.</summary>
    public int CardsDrawn => Volatile.Read(ref _drawn);

    /// <summary>How many social cards came from the cache.</summary>
    public int CardsReused => Volatile.Read(ref _cardsReused);

    /// <summary>Where a build puts its cache by default: `.alliances-cache/images` beside the content folder.</summary>
    public static string DefaultFolder(string contentDirectory) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(contentDirectory)) ?? ".", ".alliances-cache", "images");

    /// <summary>The image's copies, one per <see cref="ImageFile.VariantWidths"/>; null when it cannot be decoded.</summary>
    /// <param name="original">Reads the original's bytes, only when a copy must be made.</param>
    public byte[][]? Variants(ImageFile image, Func<byte[]> original)
    {
        var widths = image.VariantWidths;
        var copies = new byte[widths.Count][];
        var missing = new List<int>();
        for (var i = 0; i < widths.Count; i++)
        {
            if (Find(Key(image, widths[i])) is { } found)
            {
                copies[i] = found;
            }
            else
            {
                missing.Add(i);
            }
        }

        if (missing.Count == 0)
        {
            Interlocked.Increment(ref _reused);
            return copies;
        }

        var made = WebpEncoder.Encode(original(), [.. missing.Select(i => widths[i])]);
        if (made is null)
        {
            return null;
        }

        Interlocked.Increment(ref _encoded);
        for (var j = 0; j < missing.Count; j++)
        {
            copies[missing[j]] = made[j];
            Keep(Key(image, widths[missing[j]]), made[j]);
        }

        return copies;
    }

    /// <summary>The card named by <paramref name="key"/>, drawn by <paramref name="draw"/> only when the cache does not hold it.</summary>
    public byte[] Card(string key, Func<byte[]> draw)
    {
        var name = $"card-{key}.png";
        if (Find(name) is { } found)
        {
            Interlocked.Increment(ref _cardsReused);
            return found;
        }

        var drawn = draw();
        Interlocked.Increment(ref _drawn);
        Keep(name, drawn);
        return drawn;
    }

    private static string Key(ImageFile image, int width) => $"{image.Hash}-{width}-q{ImageVariants.Quality}-{Version}.webp";

    private byte[]? Find(string name)
    {
        if (_memory.TryGetValue(name, out var kept))
        {
            return kept;
        }

        if (folder is null)
        {
            return null;
        }

        try
        {
            var bytes = File.ReadAllBytes(Path.Combine(folder, name));
            if (keepInMemory)
            {
                _memory[name] = bytes;
            }

            return bytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private void Keep(string name, byte[] bytes)
    {
        if (keepInMemory)
        {
            _memory[name] = bytes;
        }

        if (folder is null)
        {
            return;
        }

        // Written beside and moved into place, so a reader never sees half a file. A cache that
        // cannot be written only costs the next build the encoding again.
        var temporary = Path.Combine(folder, $"{name}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, Path.Combine(folder, name), overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: the file is the cache's own and may be removed at any time.
            }
        }
    }
}
