using System.Runtime.InteropServices;

namespace Alliances.Site.Output;

/// <summary>What kind of entry a path names, asked of the file system without opening it.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    SymbolicLink,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
    Other,
}

/// <summary>
/// A path's kind and identity (device and inode) from one `statx` call, which never opens the file:
/// opening a FIFO blocks until someone writes to it, and a device's reported size is meaningless.
/// `statx` has one layout on every Linux architecture, unlike `struct stat`. Elsewhere the kind
/// comes from .NET's own checks, which cannot tell a FIFO or device from a file, and there is no identity.
/// </summary>
public readonly partial record struct FileStat(FileKind Kind, ulong Device, ulong Inode)
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxTypeAndIno = 0x001 | 0x100;

    /// <summary>Whether the two name the same existing entry (a bind mount, a case variant, a second name).</summary>
    public bool SameEntryAs(FileStat other) => Kind != FileKind.Missing && Inode != 0 && Device == other.Device && Inode == other.Inode;

    /// <summary>The entry <paramref name="path"/> names; with <paramref name="followLinks"/>, the one a final symbolic link points at.</summary>
    public static FileStat Of(string path, bool followLinks = true)
    {
        if (OperatingSystem.IsLinux() && Native(path, followLinks) is { } native)
        {
            return native;
        }

        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (!followLinks && info.LinkTarget is not null)
        {
            return new FileStat(FileKind.SymbolicLink, 0, 0);
        }

        return new FileStat(info switch
        {
            DirectoryInfo => FileKind.Directory,
            { Exists: true } => FileKind.Regular,
            _ => FileKind.Missing,
        }, 0, 0);
    }

    private static unsafe FileStat? Native(string path, bool followLinks)
    {
        var buffer = stackalloc byte[256];
        try
        {
            if (Statx(AtFdCwd, path, followLinks ? 0 : AtSymlinkNoFollow, StatxTypeAndIno, buffer) != 0)
            {
                // ENOSYS (a kernel without statx, or a sandbox that forbids it): fall back to .NET's checks.
                return Marshal.GetLastPInvokeError() == 38 ? null : new FileStat(FileKind.Missing, 0, 0);
            }
        }
        catch (EntryPointNotFoundException)
        {
            return null;
        }

        var bytes = new ReadOnlySpan<byte>(buffer, 256);
        var mode = MemoryMarshal.Read<ushort>(bytes[28..]);
        var inode = MemoryMarshal.Read<ulong>(bytes[32..]);
        var device = ((ulong)MemoryMarshal.Read<uint>(bytes[136..]) << 32) | MemoryMarshal.Read<uint>(bytes[140..]);
        var kind = (mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.SymbolicLink,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Other,
        };
        return new FileStat(kind, device, inode);
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static unsafe partial int Statx(int dirFd, string path, int flags, uint mask, byte* buffer);
}
