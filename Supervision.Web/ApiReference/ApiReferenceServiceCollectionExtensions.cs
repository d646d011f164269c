using Supervision.Web.Routing;

namespace Supervision.Web.ApiReference;

public static class ApiReferenceServiceCollectionExtensions
{
    /// <summary>
    /// The OpenAPI document <c>v1</c> of the JSON API (<c>/api/…</c> only; pages, the hub and health are not
    /// part of it): endpoints as mapped, with the event contract, problem+json answers and security added
    /// by the transformers in this folder.
    /// </summary>
    public static IServiceCollection AddApiReference(this IServiceCollection services)
    {
        services.AddOpenApi(ApiRoutes.OpenApiDocumentName, options =>
        {
            options.ShouldInclude = description =>
                description.RelativePath is { } path && ("/" + path).StartsWith(ApiRoutes.ApiPrefix + "/", StringComparison.Ordinal);
            options.AddDocumentTransformer<ApiDocumentTransformer>();
            options.AddDocumentTransformer<EventContractTransformer>();
            options.AddOperationTransformer<ApiOperationTransformer>();
        });
        return services;
    }
}
