namespace Alliances.Site.Images;

/// <summary>What writing a site's images needs: the content folder they are read from and the cache of their resized copies.</summary>
public sealed record SiteImageSource(string ContentDirectory, ImageCache Cache);
