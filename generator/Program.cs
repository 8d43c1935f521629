using Disclosure.Generator.Cli;

return CommandLine.Run(args, Console.Out, Console.Error);
