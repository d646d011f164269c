namespace Supervision.Domain.Events.Json;

/// <summary>
/// The request body as a whole is unusable (not JSON, no <c>events</c> array, too many events), so no
/// event can even be numbered. The message is Simplified Chinese and goes into problem+json unchanged.
/// </summary>
public sealed class EventBatchFormatException : Exception
{
    public EventBatchFormatException(string message)
        : base(message)
    {
    }

    public EventBatchFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
