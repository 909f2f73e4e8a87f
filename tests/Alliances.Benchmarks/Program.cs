using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Alliances.Benchmarks.Inputs).Assembly).Run(args);
