using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Supervision.Web.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>
    /// The <c>Supervision</c> meter, always; OpenTelemetry export only when <c>Telemetry:Exporter</c> is
    /// <c>otlp</c> (endpoint from <c>Telemetry:OtlpEndpoint</c> or the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>;
    /// logs go out too) or <c>console</c>. Off by default: nothing is sent anywhere unless asked.
    /// </summary>
    public static WebApplicationBuilder AddSupervisionTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddMetrics();
        builder.Services.AddSingleton<SupervisionMetrics>();

        var exporter = builder.Configuration["Telemetry:Exporter"]?.Trim().ToLowerInvariant();
        if (exporter is not ("otlp" or "console"))
        {
            return builder;
        }

        var endpoint = builder.Configuration["Telemetry:OtlpEndpoint"];
        void Otlp(OtlpExporterOptions options)
        {
            if (!string.IsNullOrWhiteSpace(endpoint))
            {
                options.Endpoint = new Uri(endpoint);
            }
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(
                serviceName: builder.Configuration["Telemetry:ServiceName"] ?? "supervision",
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
