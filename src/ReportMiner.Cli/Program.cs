using ReportMiner.Cli.Commands;

return await CliApp.RunAsync(args, Console.Out, Console.Error);
