namespace Supervision.Web.Telemetry;

/// <summary>
/// Configuration section <c>Telemetry</c>: <c>Telemetry:Exporter</c> (<c>otlp</c>, <c>console</c> or unset for none),
/// <c>Telemetry:OtlpEndpoint</c> (else the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>) and <c>Telemetry:ServiceName</c>.
/// </summary>
public sealed class TelemetryOptions : IValidatableObject
{
    public const string Section = "Telemetry";

    public string? Exporter { get; set; }

    public string? OtlpEndpoint { get; set; }

    [Required(AllowEmptyStrings = false, ErrorMessage = "应为非空的服务名")]
    public string ServiceName { get; set; } = "supervision";

    /// <summary><c>otlp</c>, <c>console</c>, or null for no export.</summary>
    public string? ExporterName => Exporter?.Trim().ToLowerInvariant() is { Length: > 0 } name ? name : null;

    /// <summary>The options as configured, for the decision at registration whether anything is exported.</summary>
    public static TelemetryOptions Read(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<TelemetryOptions>() ?? new TelemetryOptions();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ExporterName is not (null or "otlp" or "console"))
        {
            yield return new ValidationResult("应为 otlp 或 console（不导出时不设置）", [nameof(Exporter)]);
        }
        if (!string.IsNullOrWhiteSpace(OtlpEndpoint)
            && !(Uri.TryCreate(OtlpEndpoint, UriKind.Absolute, out var endpoint) && endpoint.Scheme is "http" or "https"))
        {
            yield return new ValidationResult("应为 http 或 https 地址，如 http://otel-collector:4317", [nameof(OtlpEndpoint)]);
        }
    }
}
