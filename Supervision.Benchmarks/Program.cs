namespace Supervision.Benchmarks;

// A named entry class: top-level statements would declare a second `Program`, clashing with the web app's.
internal static class BenchmarkProgram
{
    /// <summary>
    /// dotnet run -c Release --project Supervision.Benchmarks -- micro [BenchmarkDotNet arguments, e.g. --filter *EventJson*]
    /// dotnet run -c Release --project Supervision.Benchmarks -- http [sqlite|postgres] [batchSize] [clients] [scale]
    /// dotnet run -c Release --project Supervision.Benchmarks -- http-ceiling [sqlite|postgres] [batchSize] [clients] [scale]
    /// dotnet run -c Release --project Supervision.Benchmarks -- flood [sqlite|postgres] [floodSeconds] [idleSeconds]
    /// dotnet run -c Release --project Supervision.Benchmarks -- bulk [sqlite|postgres] [rows]
    /// dotnet run -c Release --project Supervision.Benchmarks -- figures [sqlite|postgres] [iterations] [scans]
    /// dotnet run -c Release --project Supervision.Benchmarks -- export [sqlite|postgres] [cases] [scale]
    /// dotnet run -c Release --project Supervision.Benchmarks -- dom [sqlite|postgres] [pages] [samples]
    /// dotnet run -c Release --project Supervision.Benchmarks -- circuits [sqlite|postgres] [pages]
    /// The browser modes drive the system chromium (SUPERVISION_TEST_CHROMIUM, default /usr/bin/chromium).
    /// dotnet run -c Release --project Supervision.Benchmarks -- fanout [sqlite|postgres] [clients] [rounds]
    /// dotnet run -c Release --project Supervision.Benchmarks -- province [postgres|sqlite] [halls] [iterations]
    /// PostgreSQL needs SUPERVISION_TEST_POSTGRES (an admin connection string; a temporary database is created and dropped).
    /// "postgres:NAME" uses (or creates) database NAME and keeps it, like "sqlite:PATH": `province` re-runs then skip the set-up.
    /// </summary>
    public static async Task<int> Main(string[] args)
    {
        var mode = args.ElementAtOrDefault(0) ?? "";
        var provider = args.ElementAtOrDefault(1) ?? "sqlite";
        int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

        string Admin() => Environment.GetEnvironmentVariable("SUPERVISION_TEST_POSTGRES")
                          ?? throw new InvalidOperationException("请设置 SUPERVISION_TEST_POSTGRES。");
        async Task<TempDatabase> DatabaseAsync() => provider switch
        {
            "postgres" => await TempDatabase.PostgresAsync(Admin()),
            _ when provider.StartsWith("postgres:", StringComparison.Ordinal) => await TempDatabase.ExistingPostgresAsync(Admin(), provider["postgres:".Length..]),
            _ when provider.StartsWith("sqlite:", StringComparison.Ordinal) => TempDatabase.ExistingSqlite(provider["sqlite:".Length..]),
            _ => TempDatabase.Sqlite(),
        };

        switch (mode)
        {
            case "micro":
                // BenchmarkDotNet's own runner (in process): each class reports ratios against its [Benchmark(Baseline = true)].
                BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args[1..]);
                return 0;
            case "http":
                await HttpLoadDriver.RunAsync(await DatabaseAsync(), batchSize: Arg(2, 5000), clients: Arg(3, 2), scale: Arg(4, 10));
                return 0;
            case "http-ceiling":
                // The same load against stand-ins that skip the projections, then the database, side by side with the product.
                foreach (var ingestor in new[] { typeof(IngestCeiling.AcceptOnly), typeof(IngestCeiling.AppendOnly), null })
                {
                    await HttpLoadDriver.RunAsync(await DatabaseAsync(), batchSize: Arg(2, 5000), clients: Arg(3, 2), scale: Arg(4, 10), ingestor);
                }
                return 0;
            case "flood":
                // One key at its event limit (the product's defaults) while a reader polls; bounded by floodSeconds.
                await FloodBenchmark.RunAsync(await DatabaseAsync(), floodSeconds: Arg(2, 60), idleSeconds: Arg(3, 20));
                return 0;
            case "export":
                await ExportBenchmark.RunAsync(await DatabaseAsync(), cases: Arg(2, 100_000), scale: Arg(3, 4));
                return 0;
            case "bulk":
                await BulkInsertComparison.RunAsync(await DatabaseAsync(), rows: Arg(2, 20_000));
                return 0;
            case "fanout":
                await HubFanoutBenchmark.RunAsync(await DatabaseAsync(), clients: Arg(2, 1000), rounds: Arg(3, 20));
                return 0;
            case "figures":
                await FigureQueryComparison.RunAsync(await DatabaseAsync(), iterations: Arg(2, 50), scans: Arg(3, 3));
                return 0;
            case "dom":
                await DashboardBenchmarks.RunDomAsync(await DatabaseAsync(), pages: Arg(2, 20), samples: Arg(3, 30));
                return 0;
            case "circuits":
                await DashboardBenchmarks.RunCircuitsAsync(await DatabaseAsync(), pages: Arg(2, 50));
                return 0;
            case "province":
                await ProvinceProjection.RunAsync(await DatabaseAsync(), halls: Arg(2, 1800), iterations: Arg(3, 11));
                return 0;
            default:
                Console.Error.WriteLine("用法：micro|http|http-ceiling|flood|bulk|figures|export|dom|circuits|fanout|province [sqlite|postgres] …");
                return 1;
        }
    }
}
