namespace Supervision.Web.Simulation;

/// <summary>
/// Seeds and draws for the simulator. Every town-day gets its own <see cref="Random"/>, seeded from
/// the run seed, the town code and the day number with a fixed mixing function (never
/// <see cref="HashCode"/>, which is randomised per process), so any day can be regenerated alone.
/// </summary>
internal static class SimRandom
{
    public const int PlanStream = 1;
    public const int DayStream = 2;
    public const int AttendanceStream = 3;

    public static Random For(int seed, string town, DateOnly day, int stream) =>
        new(Mix((ulong)(uint)seed * 0x9E3779B97F4A7C15UL ^ StableHash(town) ^ ((ulong)(uint)day.DayNumber << 24) ^ ((ulong)stream << 56)));

    /// <summary>A value in [0, 1) fixed by the text alone: the same for every seed and run.</summary>
    public static double Unit(string text) => (StableHash(text) >> 11) * (1.0 / (1UL << 53));

    public static ulong StableHash(string text)
    {
        var hash = 0xcbf29ce484222325UL; // FNV-1a
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 0x100000001b3UL;
        }
        return hash;
    }

    public static double Between(this Random random, double min, double max) => min + random.NextDouble() * (max - min);

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>Index drawn with probability proportional to the weights (cumulative, ascending).</summary>
    public static int PickCumulative(this Random random, double[] cumulative)
    {
        var target = random.NextDouble() * cumulative[^1];
        var index = Array.BinarySearch(cumulative, target);
        index = index < 0 ? ~index : index + 1;
        return Math.Min(index, cumulative.Length - 1);
    }

    /// <summary>Roughly Poisson-distributed count around <paramref name="mean"/> (normal approximation).</summary>
    public static int Count(this Random random, double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }
        if (mean < 12)
        {
            // Knuth's method is exact and cheap for small means.
            var limit = Math.Exp(-mean);
            var product = random.NextDouble();
            var count = 0;
            while (product > limit)
            {
                product *= random.NextDouble();
                count++;
            }
            return count;
        }
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        var normal = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        return Math.Max(0, (int)Math.Round(mean + normal * Math.Sqrt(mean)));
    }

    private static int Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xbf58476d1ce4e5b9UL;
        x ^= x >> 27;
        x *= 0x94d049bb133111ebUL;
        x ^= x >> 31;
        return (int)(x & 0x7fffffff);
    }
}
