namespace Supervision.Domain;

/// <summary>
/// A rule of the domain was broken. The message is user-facing Simplified Chinese, because it
/// travels unchanged into problem+json details and UI alerts.
/// </summary>
public sealed class DomainException(string message) : Exception(message);
