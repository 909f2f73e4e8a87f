#!/usr/bin/env bash
# Long fuzzing run of the essay loader with libFuzzer (Linux). Needs: the `sharpfuzz` dotnet tool
# (dotnet tool install -g SharpFuzz.CommandLine) and libfuzzer-dotnet (a release binary from
# github.com/Metalnem/libfuzzer-dotnet, or `clang -fsanitize=fuzzer libfuzzer-dotnet.cc`).
# usage: tests/Alliances.Fuzz/run-libfuzzer.sh path/to/libfuzzer-dotnet [extra libFuzzer flags]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${TMPDIR:-/tmp}/alliances-fuzz"
dotnet publish "$here/Alliances.Fuzz.csproj" -c Release -o "$out" >/dev/null
# Instrument the assemblies under test (not the fuzzer's own), as SharpFuzz requires.
for dll in Alliances.Site.dll Markdig.dll YamlDotNet.dll; do sharpfuzz "$out/$dll"; done
mkdir -p "$out/findings" "$out/corpus-work"
"$1" --target_path=dotnet --target_arg="$out/Alliances.Fuzz.dll --libfuzzer" \
  -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$out/findings/" "${@:2}" "$out/corpus-work" "$here/corpus"
