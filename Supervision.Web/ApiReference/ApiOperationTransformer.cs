using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Supervision.Web.Routing;
using Supervision.Web.Security;

namespace Supervision.Web.ApiReference;

/// <summary>
/// For every operation: who may call it (the security requirement follows the endpoint's policy), the
/// problem+json answers every API endpoint can give (401, 403, 503) with Chinese descriptions, the
/// problem+json shape of the statuses an endpoint declares with <c>ProducesProblem</c>, and the query
/// parameters it documents with <see cref="QueryParameterDocExtensions.WithQueryParameters{TBuilder}"/>.
/// </summary>
internal sealed class ApiOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = context.Document!;
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var policies = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).ToHashSet();

        operation.Security = [.. SchemesFor(policies).Select(scheme =>
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(scheme, document)] = [] })];

        var responses = operation.Responses ??= new OpenApiResponses();
        foreach (var status in responses.Keys.Where(s => s.Length == 3 && s[0] is '4' or '5').ToList())
        {
            responses[status] = ProblemResponses.Response(document, int.Parse(status, System.Globalization.CultureInfo.InvariantCulture));
        }
        foreach (var status in new[] { 401, 403, 503 })
        {
            responses.TryAdd(status.ToString(System.Globalization.CultureInfo.InvariantCulture), ProblemResponses.Response(document, status));
        }

        foreach (var parameter in metadata.OfType<QueryParameterDoc>())
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = parameter.Name,
                In = ParameterLocation.Query,
                Required = parameter.Required,
                Description = parameter.Description,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }
        return Task.CompletedTask;
    }

    /// <summary>Alternatives: any one of the returned schemes is enough.</summary>
    private static IEnumerable<string> SchemesFor(IReadOnlySet<string?> policies)
    {
        if (policies.Contains(SupervisionPolicies.ApiIngest))
        {
            return [ApiDocumentTransformer.ApiKeyScheme];
        }
        if (policies.Contains(SupervisionPolicies.ApiRead))
        {
            return [ApiDocumentTransformer.ApiKeyScheme, ApiDocumentTransformer.CookieScheme];
        }
        return [ApiDocumentTransformer.CookieScheme];
    }
}
