namespace Supervision.Web.Common;

/// <summary>
/// Adds lines (in Chinese) to the console banner printed once the web host listens,
/// e.g. how to sign in. Register with <c>services.AddSingleton&lt;IStartupBannerLines, T&gt;()</c>.
/// </summary>
public interface IStartupBannerLines
{
    IEnumerable<string> GetLines();
}
