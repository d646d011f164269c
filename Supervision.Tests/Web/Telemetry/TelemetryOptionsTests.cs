using Supervision.Web.Telemetry;

namespace Supervision.Tests.Web.Telemetry;

public sealed class TelemetryOptionsTests
{
    private static TelemetryOptions Read(params (string Key, string? Value)[] values) =>
        TelemetryOptions.Read(new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build());

    [Fact]
    public void Nothing_is_exported_unless_asked()
    {
        Assert.Null(Read().ExporterName);
        Assert.Null(Read(("Telemetry:Exporter", " ")).ExporterName);
    }

    [Fact]
    public void The_exporter_is_named_in_any_case()
    {
        Assert.Equal("otlp", Read(("Telemetry:Exporter", " OTLP ")).ExporterName);
    }

    [Fact]
    public void An_unknown_exporter_and_a_relative_endpoint_are_both_reported()
    {
        var options = Read(("Telemetry:Exporter", "jaeger"), ("Telemetry:OtlpEndpoint", "/v1/metrics"));

        var failures = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).Select(r => r.MemberNames.Single());

        Assert.Equal(["Exporter", "OtlpEndpoint"], failures);
    }
}
