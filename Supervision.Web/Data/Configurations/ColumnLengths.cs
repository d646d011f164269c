namespace Supervision.Web.Data.Configurations;

/// <summary>Column sizes shared by every table that stores the same kind of value.</summary>
public static class ColumnLengths
{
    public const int TownCode = 16;
    public const int DepartmentCode = 32;
    public const int ItemCode = 64;
    public const int WindowCode = 32;
    public const int StaffId = 64;
    public const int Key = 64;
    public const int Name = 200;
    public const int LongName = 400;
    public const int Note = 2000;
}
