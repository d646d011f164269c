namespace Supervision.Domain.Calendar;

/// <summary>
/// Counts working days in O(1) without allocating. <c>Cum(d)</c> is the number of working days from
/// 0001-01-01 up to and including day number d; every question the calendar answers is a difference
/// of two <c>Cum</c> values or an inverse lookup. Inside the years covered by the holiday data the
/// counts come from precomputed arrays; outside them the plain Mon–Fri rule applies, computed in
/// closed form and stitched on so that <c>Cum</c> stays continuous at both edges.
/// </summary>
internal sealed class WorkingDayIndex
{
    private readonly int _start;            // day number of the first day of the window
    private readonly int[] _cumulative;     // Cum(_start + i)
    private readonly bool[] _working;       // whether _start + i is worked
    private readonly int[] _workingDays;    // day numbers of worked days in the window, in order
    private readonly int _cumBeforeWindow;  // Cum(_start - 1)
    private readonly int _tailOffset;       // Cum(d) - WeekdayCum(d) for every d after the window

    public WorkingDayIndex(IReadOnlyDictionary<DateOnly, bool> offDays)
    {
        if (offDays.Count == 0)
        {
            _start = 0;
            _cumulative = [];
            _working = [];
            _workingDays = [];
            return;
        }

        // Whole years, so that a year listed in the data is covered even where it lists nothing.
        var first = new DateOnly(offDays.Keys.Min().Year, 1, 1).DayNumber;
        var last = new DateOnly(offDays.Keys.Max().Year, 12, 31).DayNumber;
        _start = first;
        _cumulative = new int[last - first + 1];
        _working = new bool[_cumulative.Length];
        _cumBeforeWindow = WeekdayCum(first - 1);

        var workingDays = new List<int>(_cumulative.Length);
        var count = _cumBeforeWindow;
        for (var i = 0; i < _cumulative.Length; i++)
        {
            var dayNumber = first + i;
            var worked = offDays.TryGetValue(DateOnly.FromDayNumber(dayNumber), out var isOff)
                ? !isOff
                : IsWeekday(dayNumber);
            if (worked)
            {
                count++;
                workingDays.Add(dayNumber);
            }
            _working[i] = worked;
            _cumulative[i] = count;
        }
        _workingDays = [.. workingDays];
        _tailOffset = count - WeekdayCum(last);
    }

    public bool IsWorking(int dayNumber)
    {
        var i = dayNumber - _start;
        return (uint)i < (uint)_working.Length ? _working[i] : IsWeekday(dayNumber);
    }

    /// <summary>Working days from 0001-01-01 up to and including <paramref name="dayNumber"/>.</summary>
    public int Cum(int dayNumber)
    {
        var i = dayNumber - _start;
        if ((uint)i < (uint)_cumulative.Length)
        {
            return _cumulative[i];
        }
        return i < 0 ? WeekdayCum(dayNumber) : WeekdayCum(dayNumber) + _tailOffset;
    }

    /// <summary>Day number of the k-th working day (k ≥ 1), i.e. the worked day whose Cum is k.</summary>
    public int NthWorkingDay(int k)
    {
        if (k <= _cumBeforeWindow)
        {
            return WeekdayInverse(k);
        }
        var j = k - _cumBeforeWindow - 1;
        return j < _workingDays.Length ? _workingDays[j] : WeekdayInverse(k - _tailOffset);
    }

    // Day number 0 (0001-01-01) is a Monday, so dayNumber % 7 is 0 for Monday … 6 for Sunday.
    private static bool IsWeekday(int dayNumber) => dayNumber % 7 < 5;

    private static int WeekdayCum(int dayNumber)
    {
        var days = dayNumber + 1;
        return days / 7 * 5 + Math.Min(days % 7, 5);
    }

    private static int WeekdayInverse(int k) => (k - 1) / 5 * 7 + (k - 1) % 5;
}
