using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Briefings.Benchmarks -- --filter '*'      (all; see --help for BenchmarkDotNet's options)
BenchmarkSwitcher.FromAssembly(typeof(Briefings.Benchmarks.SiteFixture).Assembly).Run(args);
