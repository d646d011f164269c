using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Supervision.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TownCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    IsDisabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<long>(type: "INTEGER", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AttendanceRecords",
                columns: table => new
                {
                    Town = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StaffId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidingEventId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EventCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AttendanceRecords", x => new { x.Town, x.StaffId, x.Date });
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Details = table.Column<string>(type: "TEXT", nullable: true),
                    Ip = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Bulletins",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PeriodLabel = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: false),
                    GeneratedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    GeneratedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bulletins", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseRecords",
                columns: table => new
                {
                    Town = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CaseId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Visits = table.Column<int>(type: "INTEGER", nullable: false),
                    VisitDays = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    FirstReceivedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SupplementRequests = table.Column<int>(type: "INTEGER", nullable: false),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcceptedWindow = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AcceptedWindowKind = table.Column<int>(type: "INTEGER", nullable: true),
                    AcceptedAtComprehensive = table.Column<bool>(type: "INTEGER", nullable: false),
                    AcceptedStaff = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Channel = table.Column<int>(type: "INTEGER", nullable: true),
                    PromisedDays = table.Column<int>(type: "INTEGER", nullable: true),
                    IsInstant = table.Column<bool>(type: "INTEGER", nullable: false),
                    Deadline = table.Column<long>(type: "INTEGER", nullable: true),
                    PausedWorkingHours = table.Column<double>(type: "REAL", nullable: false),
                    IsPaused = table.Column<bool>(type: "INTEGER", nullable: false),
                    PausedSince = table.Column<long>(type: "INTEGER", nullable: true),
                    TransferredTo = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Escalated = table.Column<bool>(type: "INTEGER", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: true),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IssueMethod = table.Column<int>(type: "INTEGER", nullable: true),
                    Refused = table.Column<bool>(type: "INTEGER", nullable: false),
                    RefusedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RefusalViolation = table.Column<bool>(type: "INTEGER", nullable: false),
                    RefusalReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RefusalApprovedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CompletedOnTime = table.Column<bool>(type: "INTEGER", nullable: true),
                    CompletedLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    ProcessingWorkingDays = table.Column<double>(type: "REAL", nullable: true),
                    InstantSameDay = table.Column<bool>(type: "INTEGER", nullable: false),
                    OneTrip = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reviewed = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReceivedDay = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AcceptedDay = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CompletedDay = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RefusedDay = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EventCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LastEventAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseRecords", x => new { x.Town, x.CaseId });
                });

            migrationBuilder.CreateTable(
                name: "ComplaintRecords",
                columns: table => new
                {
                    Town = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ComplaintId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CaseId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Category = table.Column<int>(type: "INTEGER", nullable: true),
                    Channel = table.Column<int>(type: "INTEGER", nullable: true),
                    FiledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FiledDay = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RespondedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RespondDue = table.Column<long>(type: "INTEGER", nullable: true),
                    RespondDueDay = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RespondedOnTime = table.Column<bool>(type: "INTEGER", nullable: true),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ResolveDue = table.Column<long>(type: "INTEGER", nullable: true),
                    ResolveDueDay = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ResolvedOnTime = table.Column<bool>(type: "INTEGER", nullable: true),
                    Substantiated = table.Column<bool>(type: "INTEGER", nullable: true),
                    FollowedUpAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FollowUpSatisfied = table.Column<bool>(type: "INTEGER", nullable: true),
                    EventCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LastEventAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplaintRecords", x => new { x.Town, x.ComplaintId });
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Departments",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Departments", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Events",
                columns: table => new
                {
                    Seq = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Town = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Events", x => x.Seq);
                });

            migrationBuilder.CreateTable(
                name: "Holidays",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IsOffDay = table.Column<bool>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Holidays", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "ItemDayRollups",
                columns: table => new
                {
                    Town = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Accepted = table.Column<int>(type: "INTEGER", nullable: false),
                    Completed = table.Column<int>(type: "INTEGER", nullable: false),
                    CompletedOnTime = table.Column<int>(type: "INTEGER", nullable: false),
                    CompletedLate = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ItemDayRollups", x => new { x.Town, x.Day, x.ItemCode });
                });

            migrationBuilder.CreateTable(
                name: "ReviewRecords",
                columns: table => new
                {
                    Town = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReviewId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CaseId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Window = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Staff = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Level = table.Column<int>(type: "INTEGER", nullable: true),
                    IsGood = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsNegative = table.Column<bool>(type: "INTEGER", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: true),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SubmittedDay = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    VerifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Valid = table.Column<bool>(type: "INTEGER", nullable: true),
                    VerifyDue = table.Column<long>(type: "INTEGER", nullable: true),
                    VerifiedOnTime = table.Column<bool>(type: "INTEGER", nullable: true),
                    NeedsRectification = table.Column<bool>(type: "INTEGER", nullable: false),
                    RectifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RectifyDue = table.Column<long>(type: "INTEGER", nullable: true),
                    RectifyDueDay = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RectifiedOnTime = table.Column<bool>(type: "INTEGER", nullable: true),
                    FollowedUpAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FollowUpSatisfied = table.Column<bool>(type: "INTEGER", nullable: true),
                    EventCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LastEventAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewRecords", x => new { x.Town, x.ReviewId });
                });

            migrationBuilder.CreateTable(
                name: "SettingsRevisions",
                columns: table => new
                {
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Values = table.Column<string>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SettingsRevisions", x => x.Revision);
                });

            migrationBuilder.CreateTable(
                name: "StaffDayRollups",
                columns: table => new
                {
                    Town = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StaffId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CasesAccepted = table.Column<int>(type: "INTEGER", nullable: false),
                    TicketsServed = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceSecondsSum = table.Column<long>(type: "INTEGER", nullable: false),
                    Reviews = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewsGood = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewsNegative = table.Column<int>(type: "INTEGER", nullable: false),
                    AttendanceStatus = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffDayRollups", x => new { x.Town, x.Day, x.StaffId });
                });

            migrationBuilder.CreateTable(
                name: "SubjectDays",
                columns: table => new
                {
                    Subject = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Town = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubjectDays", x => new { x.Subject, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "TicketRecords",
                columns: table => new
                {
                    Town = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Ticket = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CalledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Window = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Staff = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AbandonedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    WaitSeconds = table.Column<long>(type: "INTEGER", nullable: true),
                    ServiceSeconds = table.Column<long>(type: "INTEGER", nullable: true),
                    IssuedDay = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EventCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LastEventAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TicketRecords", x => new { x.Town, x.Ticket });
                });

            migrationBuilder.CreateTable(
                name: "TownDayRollups",
                columns: table => new
                {
                    Town = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Visits = table.Column<int>(type: "INTEGER", nullable: false),
                    Accepted = table.Column<int>(type: "INTEGER", nullable: false),
                    AcceptedComprehensive = table.Column<int>(type: "INTEGER", nullable: false),
                    Completed = table.Column<int>(type: "INTEGER", nullable: false),
                    CompletedInstant = table.Column<int>(type: "INTEGER", nullable: false),
                    InstantSameDay = table.Column<int>(type: "INTEGER", nullable: false),
                    CompletedOnTime = table.Column<int>(type: "INTEGER", nullable: false),
                    CompletedLate = table.Column<int>(type: "INTEGER", nullable: false),
                    ProcessingCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ProcessingDaysSum = table.Column<double>(type: "REAL", nullable: false),
                    NonInstantUsedDaysSum = table.Column<double>(type: "REAL", nullable: false),
                    PromisedDaysSum = table.Column<int>(type: "INTEGER", nullable: false),
                    ProcessingDaysHistogram = table.Column<string>(type: "TEXT", nullable: false),
                    CompletedOneTrip = table.Column<int>(type: "INTEGER", nullable: false),
                    CompletedReviewed = table.Column<int>(type: "INTEGER", nullable: false),
                    Refusals = table.Column<int>(type: "INTEGER", nullable: false),
                    RefusalViolations = table.Column<int>(type: "INTEGER", nullable: false),
                    TicketsIssued = table.Column<int>(type: "INTEGER", nullable: false),
                    TicketsCalled = table.Column<int>(type: "INTEGER", nullable: false),
                    TicketsAbandoned = table.Column<int>(type: "INTEGER", nullable: false),
                    WaitSecondsSum = table.Column<long>(type: "INTEGER", nullable: false),
                    WaitSecondsMax = table.Column<long>(type: "INTEGER", nullable: false),
                    WaitHistogram = table.Column<string>(type: "TEXT", nullable: false),
                    Reviews = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewsGood = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewsNegative = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewsOfCases = table.Column<int>(type: "INTEGER", nullable: false),
                    NegativeRectifyDue = table.Column<int>(type: "INTEGER", nullable: false),
                    NegativeRectifiedOnTime = table.Column<int>(type: "INTEGER", nullable: false),
                    NegativeFollowedUp = table.Column<int>(type: "INTEGER", nullable: false),
                    ComplaintsFiled = table.Column<int>(type: "INTEGER", nullable: false),
                    ComplaintsSubstantiated = table.Column<int>(type: "INTEGER", nullable: false),
                    ComplaintsRespondDue = table.Column<int>(type: "INTEGER", nullable: false),
                    ComplaintsRespondedOnTime = table.Column<int>(type: "INTEGER", nullable: false),
                    ComplaintsResolveDue = table.Column<int>(type: "INTEGER", nullable: false),
                    ComplaintsResolvedOnTime = table.Column<int>(type: "INTEGER", nullable: false),
                    AttendancePresent = table.Column<int>(type: "INTEGER", nullable: false),
                    AttendanceLate = table.Column<int>(type: "INTEGER", nullable: false),
                    AttendanceAbsent = table.Column<int>(type: "INTEGER", nullable: false),
                    AttendanceLeave = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TownDayRollups", x => new { x.Town, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "Towns",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    IsPilot = table.Column<bool>(type: "INTEGER", nullable: false),
                    PilotStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PilotEnd = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Towns", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ServiceItems",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    DepartmentCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ApplicantType = table.Column<int>(type: "INTEGER", nullable: false),
                    PromisedDays = table.Column<int>(type: "INTEGER", nullable: false),
                    StatutoryDays = table.Column<int>(type: "INTEGER", nullable: false),
                    PreReviewOnly = table.Column<bool>(type: "INTEGER", nullable: false),
                    Materials = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceItems", x => x.Code);
                    table.ForeignKey(
                        name: "FK_ServiceItems_Departments_DepartmentCode",
                        column: x => x.DepartmentCode,
                        principalTable: "Departments",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ApiKeys",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TownCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Scopes = table.Column<int>(type: "INTEGER", nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastUsedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiKeys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApiKeys_Towns_TownCode",
                        column: x => x.TownCode,
                        principalTable: "Towns",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PilotEvaluations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TownCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Result = table.Column<int>(type: "INTEGER", nullable: false),
                    EvaluatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Evaluator = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PilotEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PilotEvaluations_Towns_TownCode",
                        column: x => x.TownCode,
                        principalTable: "Towns",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PilotTasks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TownCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Phase = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PilotTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PilotTasks_Towns_TownCode",
                        column: x => x.TownCode,
                        principalTable: "Towns",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Staff",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TownCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: false),
                    Recruitment = table.Column<int>(type: "INTEGER", nullable: false),
                    Trained = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Staff", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Staff_Towns_TownCode",
                        column: x => x.TownCode,
                        principalTable: "Towns",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Windows",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TownCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Windows", x => x.Code);
                    table.ForeignKey(
                        name: "FK_Windows_Towns_TownCode",
                        column: x => x.TownCode,
                        principalTable: "Towns",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HallItemStatuses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TownCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Stationed = table.Column<bool>(type: "INTEGER", nullable: false),
                    OneWindowEnabled = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HallItemStatuses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HallItemStatuses_ServiceItems_ItemCode",
                        column: x => x.ItemCode,
                        principalTable: "ServiceItems",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HallItemStatuses_Towns_TownCode",
                        column: x => x.TownCode,
                        principalTable: "Towns",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_Hash",
                table: "ApiKeys",
                column: "Hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_Prefix",
                table: "ApiKeys",
                column: "Prefix");

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_TownCode",
                table: "ApiKeys",
                column: "TownCode");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_TownCode",
                table: "AspNetUsers",
                column: "TownCode");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AttendanceRecords_Town_Date",
                table: "AttendanceRecords",
                columns: new[] { "Town", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Action_At",
                table: "AuditEntries",
                columns: new[] { "Action", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Actor_At",
                table: "AuditEntries",
                columns: new[] { "Actor", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At",
                table: "AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_Bulletins_Year_Number",
                table: "Bulletins",
                columns: new[] { "Year", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseRecords_Town_AcceptedDay",
                table: "CaseRecords",
                columns: new[] { "Town", "AcceptedDay" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseRecords_Town_Status",
                table: "CaseRecords",
                columns: new[] { "Town", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintRecords_Town_FiledDay",
                table: "ComplaintRecords",
                columns: new[] { "Town", "FiledDay" });

            migrationBuilder.CreateIndex(
                name: "IX_Events_Id",
                table: "Events",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Events_Subject_Seq",
                table: "Events",
                columns: new[] { "Subject", "Seq" });

            migrationBuilder.CreateIndex(
                name: "IX_Events_Town_At",
                table: "Events",
                columns: new[] { "Town", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_HallItemStatuses_ItemCode",
                table: "HallItemStatuses",
                column: "ItemCode");

            migrationBuilder.CreateIndex(
                name: "IX_HallItemStatuses_TownCode_ItemCode_EffectiveFrom",
                table: "HallItemStatuses",
                columns: new[] { "TownCode", "ItemCode", "EffectiveFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PilotEvaluations_TownCode_EvaluatedOn",
                table: "PilotEvaluations",
                columns: new[] { "TownCode", "EvaluatedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PilotTasks_TownCode_Key",
                table: "PilotTasks",
                columns: new[] { "TownCode", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReviewRecords_Town_CaseId",
                table: "ReviewRecords",
                columns: new[] { "Town", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewRecords_Town_SubmittedDay",
                table: "ReviewRecords",
                columns: new[] { "Town", "SubmittedDay" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceItems_DepartmentCode",
                table: "ServiceItems",
                column: "DepartmentCode");

            migrationBuilder.CreateIndex(
                name: "IX_Staff_TownCode",
                table: "Staff",
                column: "TownCode");

            migrationBuilder.CreateIndex(
                name: "IX_StaffDayRollups_StaffId_Day",
                table: "StaffDayRollups",
                columns: new[] { "StaffId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_SubjectDays_Town_Day",
                table: "SubjectDays",
                columns: new[] { "Town", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_TicketRecords_Town_IssuedDay",
                table: "TicketRecords",
                columns: new[] { "Town", "IssuedDay" });

            migrationBuilder.CreateIndex(
                name: "IX_TicketRecords_Town_Status",
                table: "TicketRecords",
                columns: new[] { "Town", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_TownDayRollups_Day",
                table: "TownDayRollups",
                column: "Day");

            migrationBuilder.CreateIndex(
                name: "IX_Windows_TownCode_Number",
                table: "Windows",
                columns: new[] { "TownCode", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApiKeys");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AttendanceRecords");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "Bulletins");

            migrationBuilder.DropTable(
                name: "CaseRecords");

            migrationBuilder.DropTable(
                name: "ComplaintRecords");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "Events");

            migrationBuilder.DropTable(
                name: "HallItemStatuses");

            migrationBuilder.DropTable(
                name: "Holidays");

            migrationBuilder.DropTable(
                name: "ItemDayRollups");

            migrationBuilder.DropTable(
                name: "PilotEvaluations");

            migrationBuilder.DropTable(
                name: "PilotTasks");

            migrationBuilder.DropTable(
                name: "ReviewRecords");

            migrationBuilder.DropTable(
                name: "SettingsRevisions");

            migrationBuilder.DropTable(
                name: "Staff");

            migrationBuilder.DropTable(
                name: "StaffDayRollups");

            migrationBuilder.DropTable(
                name: "SubjectDays");

            migrationBuilder.DropTable(
                name: "TicketRecords");

            migrationBuilder.DropTable(
                name: "TownDayRollups");

            migrationBuilder.DropTable(
                name: "Windows");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "ServiceItems");

            migrationBuilder.DropTable(
                name: "Towns");

            migrationBuilder.DropTable(
                name: "Departments");
        }
    }
}
