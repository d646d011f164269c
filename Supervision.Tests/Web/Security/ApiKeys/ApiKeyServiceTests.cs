using Supervision.Tests.Web.Ingestion;
using Supervision.Tests.Support.Databases;

namespace Supervision.Tests.Web.Security.ApiKeys;

public sealed class ApiKeyServiceTests
{
    [Fact]
    public async Task Creating_a_key_for_an_unknown_town_fails_in_chinese()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        using var app = IngestionApp.Start(db);

        var error = await Assert.ThrowsAsync<DomainException>(() => app.Services.GetRequiredService<ApiKeyService>()
            .CreateAsync("叫号机", "370323999", ApiKeyScopes.Ingest, CancellationToken.None));

        Assert.Equal("未知的镇街代码：370323999。", error.Message);
    }

    [Fact]
    public async Task A_key_is_stored_only_as_its_hash_and_can_be_revoked_by_its_prefix()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        using var app = IngestionApp.Start(db);
        var keys = app.Services.GetRequiredService<ApiKeyService>();
        var (created, secret) = await keys.CreateAsync("叫号机", Samples.Town, ApiKeyScopes.Ingest | ApiKeyScopes.Read, CancellationToken.None);

        var revoked = await keys.RevokeAsync(created.Prefix, CancellationToken.None);

        Assert.StartsWith("sv_", secret, StringComparison.Ordinal);
        Assert.DoesNotContain((await keys.ListAsync(CancellationToken.None)).Single().Hash, secret, StringComparison.Ordinal);
        Assert.Equal(ApiKeySecret.Hash(secret), revoked.Hash);
        Assert.Equal(app.Clock.GetUtcNow(), revoked.RevokedAt);
        Assert.Equal(ApiKeyCheck.Revoked, (await keys.AuthenticateAsync(secret, CancellationToken.None)).Check);
    }
}
