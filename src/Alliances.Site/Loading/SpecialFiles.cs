using Alliances.Site.Output;

namespace Alliances.Site.Loading;

/// <summary>How diagnostics name the entries that are not regular files, which the generator never opens.</summary>
public static class SpecialFiles
{
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Directory => "is a folder",
        FileKind.Fifo => "is a FIFO (named pipe)",
        FileKind.CharacterDevice => "is a character device",
        FileKind.BlockDevice => "is a block device",
        FileKind.Socket => "is a socket",
        FileKind.SymbolicLink => "is a symbolic link",
        _ => "is a special file",
    };
}
