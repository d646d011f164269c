namespace Supervision.Web.Export.Bulletins;

/// <summary>Which issue a workbook is: 第 <see cref="Number"/> 期 of <see cref="Year"/>, when and by whom.</summary>
public sealed record BulletinIdentity(int Year, int Number, DateTimeOffset IssuedAt, string IssuedBy);
