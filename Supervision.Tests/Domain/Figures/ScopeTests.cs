namespace Supervision.Tests.Domain.Figures;

public class ScopeTests
{
    [Theory]
    [InlineData("county", ScopeKind.County, null)]
    [InlineData("town:370323001", ScopeKind.Town, "370323001")]
    [InlineData("staff:370323001-S01", ScopeKind.Staff, "370323001-S01")]
    [InlineData("item:ITEM-5", ScopeKind.Item, "ITEM-5")]
    public void Parses_each_scope_form(string text, ScopeKind kind, string? code)
    {
        var scope = Scope.Parse(text);

        Assert.Equal(kind, scope.Kind);
        Assert.Equal(code, scope.Code);
        Assert.Equal(text, scope.ToString());
    }

    [Theory]
    [InlineData("town:")]
    [InlineData("hall:370323001")]
    [InlineData("")]
    public void Rejects_unknown_or_empty_scopes(string text)
    {
        Assert.Throws<DomainException>(() => Scope.Parse(text));
    }
}
