using System.Runtime.CompilerServices;

namespace Supervision.Tests.Web.Components.Browser;

/// <summary>
/// The console errors and uncaught script errors of a page, each with the address it was on. A page that renders
/// but logs an error (a failed request, a broken script) is not a page without errors.
/// </summary>
public static class BrowserErrors
{
    private static readonly ConditionalWeakTable<IPage, ConcurrentQueue<string>> Seen = new();

    /// <summary>Starts listening to <paramref name="page"/> (once; later calls keep the errors seen so far).</summary>
    public static void Watch(IPage page) => Seen.GetValue(page, Listen);

    /// <summary>Fails with every error seen on <paramref name="page"/> so far, with the address and the message.</summary>
    public static void AssertNone(IPage page)
    {
        if (Seen.TryGetValue(page, out var errors) && !errors.IsEmpty)
        {
            Assert.Fail("浏览器报告了错误：\n" + string.Join('\n', errors));
        }
    }

    private static ConcurrentQueue<string> Listen(IPage page)
    {
        var errors = new ConcurrentQueue<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Enqueue($"{page.Url} — console: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => errors.Enqueue($"{page.Url} — page error: {error}");
        return errors;
    }
}
