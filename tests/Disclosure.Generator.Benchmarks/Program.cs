using Disclosure.Generator.Benchmarks;

return BenchmarkCli.Run(args, Console.Out, Console.Error);
