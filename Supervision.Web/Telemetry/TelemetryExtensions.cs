using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using Supervision.Web.Common;

namespace Supervision.Web.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>
    /// The <c>Supervision</c> meter, always; OpenTelemetry export only when <c>Telemetry:Exporter</c> is
    /// <c>otlp</c> (endpoint from <c>Telemetry:OtlpEndpoint</c> or the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>;
    /// logs go out too) or <c>console</c>. Off by default: nothing is sent anywhere unless asked.
    /// The settings (<see cref="TelemetryOptions"/>) are checked at start; whether to export is decided here.
    /// </summary>
    public static WebApplicationBuilder AddSupervisionTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddMetrics();
        builder.Services.AddSingleton<SupervisionMetrics>();

        builder.Services.AddValidatedOptions<TelemetryOptions>(TelemetryOptions.Section);

        var telemetry = TelemetryOptions.Read(builder.Configuration);
        var exporter = telemetry.ExporterName;
        if (exporter is not ("otlp" or "console"))
        {
            return builder;
        }

        var endpoint = telemetry.OtlpEndpoint;
        void Otlp(OtlpExporterOptions options)
        {
            if (!string.IsNullOrWhiteSpace(endpoint) && Uri.TryCreate(endpoint, UriKind.Absolute, out var uri))
            {
                options.Endpoint = uri;
            }
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(
                serviceName: telemetry.ServiceName,
                serviceInstanceId: Environment.MachineName))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(SupervisionMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel");
                if (exporter == "otlp")
                {
                    metrics.AddOtlpExporter(Otlp);
                }
                else
                {
                    metrics.AddConsoleExporter();
                }
            });

        if (exporter == "otlp")
        {
            builder.Logging.AddOpenTelemetry(logging =>
            {
                logging.IncludeFormattedMessage = true;
                logging.IncludeScopes = true;
                logging.AddOtlpExporter(Otlp);
            });
        }
        return builder;
    }
}
