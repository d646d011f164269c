using Supervision.Web.Components.Pages.Screen;

namespace Supervision.Tests.Web.Components.Pages.Screen;

public sealed class ScreenRotationTests
{
    private readonly FakeTimeProvider _time = new();
    private int _advanced;

    private ScreenRotation Start(int slides, int seconds = 15)
    {
        var rotation = new ScreenRotation(_time, TimeSpan.FromSeconds(seconds), () => _advanced++) { SlideCount = slides };
        rotation.Start();
        return rotation;
    }

    [Fact]
    public void First_slide_stays_until_the_interval_has_passed()
    {
        using var rotation = Start(13);

        _time.Advance(TimeSpan.FromSeconds(14));

        Assert.Equal((0, 0), (rotation.Index, _advanced));
    }

    [Fact]
    public void Each_interval_moves_to_the_next_slide()
    {
        using var rotation = Start(13);

        _time.Advance(TimeSpan.FromSeconds(15));
        _time.Advance(TimeSpan.FromSeconds(15));

        Assert.Equal((2, 2), (rotation.Index, _advanced));
    }

    [Fact]
    public void After_the_last_hall_the_county_comes_back()
    {
        using var rotation = Start(3);

        for (var i = 0; i < 3; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(15));
        }

        Assert.Equal(0, rotation.Index);
    }

    [Fact]
    public void Disposed_rotation_stops()
    {
        var rotation = Start(13);
        rotation.Dispose();

        _time.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(0, rotation.Index);
    }

    [Theory]
    [InlineData(null, 15)]
    [InlineData(20, 20)]
    [InlineData(1, 5)]
    [InlineData(100000, 3600)]
    public void Rotate_parameter_is_kept_within_bounds(int? seconds, int expected) =>
        Assert.Equal(TimeSpan.FromSeconds(expected), ScreenRotation.IntervalFrom(seconds));
}
