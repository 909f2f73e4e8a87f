using Alliances.Fuzz;
using SharpFuzz;

// `--libfuzzer`: run under libfuzzer-dotnet; `--replay FILE...`: run inputs once (reproduce a crash);
// otherwise: the AFL fork server (afl-fuzz ... -- dotnet Alliances.Fuzz.dll).
if (args.Length > 0 && args[0] == "--libfuzzer")
{
    Fuzzer.LibFuzzer.Run(span => EssayTarget.Run(span));
}
else if (args.Length > 0 && args[0] == "--replay")
{
    foreach (var file in args.Skip(1))
    {
        EssayTarget.Run(File.ReadAllBytes(file));
        Console.WriteLine($"ok: {file}");
    }
}
else
{
    Fuzzer.OutOfProcess.Run(stream =>
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        EssayTarget.Run(buffer.ToArray());
    });
}
