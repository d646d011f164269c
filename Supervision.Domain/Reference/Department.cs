namespace Supervision.Domain.Reference;

/// <summary>A 进驻部门/站所 that authorises the hall to accept its items.</summary>
public sealed class Department
{
    public required string Code { get; init; }
    public required string Name { get; set; }
}
