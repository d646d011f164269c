namespace Supervision.Web.Routing;

/// <summary>
/// A query parameter an endpoint reads by hand (so every bad value is answered in Chinese, all in one 400),
/// attached as endpoint metadata for the OpenAPI document. Endpoints that bind parameters from the
/// handler's signature need none of this.
/// </summary>
public sealed record QueryParameterDoc(string Name, string Description, bool Required = false);

public static class QueryParameterDocExtensions
{
    /// <summary>Documents the query parameters the handler reads from <c>HttpRequest.Query</c>.</summary>
    public static TBuilder WithQueryParameters<TBuilder>(this TBuilder builder, params QueryParameterDoc[] parameters)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata([.. parameters]);
}
