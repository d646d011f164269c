namespace Supervision.Web.Common;

/// <summary>
/// A setting has a wrong value: the app does not start and a command-line verb does nothing. The message is the
/// Chinese failures, each naming its key; the web host and the command line print it without a stack trace.
/// </summary>
public sealed class InvalidConfigurationException : InvalidOperationException
{
    public InvalidConfigurationException(IEnumerable<string> failures, Exception? inner = null)
        : base($"配置有误，无法启动：{string.Join("；", failures)}", inner)
    {
    }
}
