namespace Supervision.Web.Simulation;

/// <summary>
/// Everything that happens to a case after acceptance, generated at once on the acceptance day:
/// transfer, special-procedure pause, 上报, decision, issuing, the applicant's review and the
/// handling of a 差评. Later events may fall weeks ahead; the cursor releases them when their time comes.
/// </summary>
internal sealed class CaseLifecycle(SimulationModel model)
{
    /// <summary>Reviews per completed case (评价率 60–80 %).</summary>
    public const double ReviewShare = 0.7;

    public const double PilotOverdueShare = 0.04;
    public const double OtherOverdueShare = 0.07;
    public const double PauseShare = 0.08;
    public const double MailShare = 0.2;
    public const int RectificationLimitDays = 15;

    private static readonly string[] PauseReasons = ["实地踏勘", "实地踏勘", "实地踏勘", "专家评审", "听证"];
    private static readonly string[] NegativeReasons = ["等候时间长", "工作人员态度不好", "办理时间长", "材料要求反复", "窗口引导不清", "系统故障办理不畅"];

    private HallTime Hall => model.HallTime;
    private double Day => model.HallTime.DayMinutes;

    public void Run(EventWriter writer, Random random, TownModel town, PlannedCase planned, DateTimeOffset acceptedAt, Window window, Staff staff)
    {
        var caseId = planned.CaseId;
        var item = planned.Item;
        var timeline = new Timeline(acceptedAt);
        timeline.Next(acceptedAt);
        var issuingWindow = town.FirstWindow(WindowKind.UnifiedIssuing) ?? window;

        DateTimeOffset completedAt;
        CaseOutcome outcome;
        if (item.IsInstant)
        {
            completedAt = random.Chance(0.98)
                ? acceptedAt.AddMinutes(random.Between(0.5, 3))
                : Hall.AddServingMinutes(acceptedAt, random.Between(Day, Day * 1.5));
            outcome = random.Chance(0.99) ? CaseOutcome.Approved : CaseOutcome.Denied;
        }
        else
        {
            completedAt = RunBackOffice(writer, random, town, item, caseId, acceptedAt, ref timeline);
            outcome = random.Chance(0.97) ? CaseOutcome.Approved : CaseOutcome.Denied;
        }
        completedAt = timeline.Next(completedAt);
        writer.Add(new CaseCompleted { Id = writer.Id(caseId, "d"), Town = writer.Town, At = completedAt, Case = caseId, Outcome = outcome });

        var mail = random.Chance(item.IsInstant ? 0.03 : MailShare);
        var issuedAt = timeline.Next(mail
            ? Hall.AddServingMinutes(completedAt, random.Between(20, 240))
            : item.IsInstant
                ? Hall.AddServingMinutes(completedAt, random.Between(1, 8))
                : Hall.AddServingMinutes(completedAt, random.Between(10, 2 * Day)));
        writer.Add(new CaseIssued
        {
            Id = writer.Id(caseId, "o"), Town = writer.Town, At = issuedAt, Case = caseId,
            Window = issuingWindow.Code, Method = mail ? IssueMethod.Mail : IssueMethod.Counter,
        });

        if (random.Chance(ReviewShare))
        {
            Review(writer, random, town, planned, issuedAt, mail, window, staff, issuingWindow);
        }
    }

    private DateTimeOffset RunBackOffice(EventWriter writer, Random random, TownModel town, ServiceItem item, string caseId, DateTimeOffset acceptedAt, ref Timeline timeline)
    {
        var limit = item.PromisedDays;
        var transferMinutes = random.Between(5, 60);
        var total = Math.Max(transferMinutes + 30, random.Between(0.25, 0.95) * limit * Day);
        writer.Add(new CaseTransferred
        {
            Id = writer.Id(caseId, "t"), Town = writer.Town, At = timeline.Next(Hall.AddServingMinutes(acceptedAt, transferMinutes)),
            Case = caseId, Department = item.DepartmentCode,
        });

        double? pauseAt = null;
        DateTimeOffset pausedAt = default, resumedAt = default;
        if (limit >= 5 && random.Chance(PauseShare))
        {
            pauseAt = transferMinutes + random.Between(0.1, 0.5) * (total - transferMinutes);
            pausedAt = timeline.Next(Hall.AddServingMinutes(acceptedAt, pauseAt.Value));
            resumedAt = timeline.Next(Hall.AddServingMinutes(pausedAt, random.Between(1, 5) * Day));
            writer.Add(new CasePaused { Id = writer.Id(caseId, "p"), Town = writer.Town, At = pausedAt, Case = caseId, Reason = random.Pick(PauseReasons) });
            writer.Add(new CaseResumed { Id = writer.Id(caseId, "u"), Town = writer.Town, At = resumedAt, Case = caseId });
        }

        // Active working minutes since acceptance, stretched over the pause if there was one.
        DateTimeOffset Active(double minutes) => pauseAt is { } p && minutes > p
            ? Hall.AddServingMinutes(resumedAt, minutes - p)
            : Hall.AddServingMinutes(acceptedAt, minutes);

        if (item.PreReviewOnly)
        {
            writer.Add(new CaseEscalated
            {
                Id = writer.Id(caseId, "e"), Town = writer.Town,
                At = timeline.Next(Active(transferMinutes + 0.6 * (total - transferMinutes))), Case = caseId,
            });
        }

        var overdue = random.Chance(town.Town.IsPilot ? PilotOverdueShare : OtherOverdueShare);
        if (!overdue)
        {
            return Active(total);
        }
        var pauses = pauseAt is null ? null : new[] { new InstantRange(pausedAt, resumedAt) };
        var deadline = model.Calendar.Deadline(acceptedAt, limit, pauses);
        return Hall.AddServingMinutes(deadline, random.Between(0.2, 4) * Day);
    }

    private void Review(EventWriter writer, Random random, TownModel town, PlannedCase planned, DateTimeOffset issuedAt, bool mail,
        Window acceptingWindow, Staff acceptingStaff, Window issuingWindow)
    {
        var reviewId = "R" + planned.CaseId[1..];
        var (window, staff, channel, at) = (acceptingWindow, acceptingStaff, ReviewChannel.Device, issuedAt.AddMinutes(random.Between(0.3, 2)));
        if (mail)
        {
            (channel, at) = (ReviewChannel.Sms, Hall.AddServingMinutes(issuedAt, random.Between(30, Day)));
        }
        else if (!planned.Item.IsInstant && Attendance.IssuingClerk(model, town, WorkingCalendar.LocalDate(issuedAt)) is { } clerk)
        {
            (window, staff) = (issuingWindow, clerk);
        }
        if (random.Chance(0.1))
        {
            // Late ratings are accepted for five working days.
            (channel, at) = (random.Chance(0.5) ? ReviewChannel.Online : ReviewChannel.QrCode, Hall.AddServingMinutes(at, random.Between(1, 4.5) * Day));
        }

        var negativeShare = town.Town.IsPilot ? 0.015 : 0.025;
        var roll = random.NextDouble();
        var level = roll < negativeShare * 0.35 ? 1
            : roll < negativeShare ? 2
            : roll < negativeShare + 0.04 ? 3
            : roll < negativeShare + 0.22 ? 4
            : 5;
        IReadOnlyList<string> reasons = level <= 2 ? PickReasons(random) : [];
        var timeline = new Timeline(at);
        var submittedAt = timeline.Next(at);
        writer.Add(new ReviewSubmitted
        {
            Id = writer.Id(reviewId, "s"), Town = writer.Town, At = submittedAt, Review = reviewId, Case = planned.CaseId,
            Window = window.Code, Staff = staff.Id, Level = level, Channel = channel, Reasons = reasons,
        });
        if (level > 2)
        {
            return;
        }

        var verifiedAt = timeline.Next(Hall.AddServingMinutes(submittedAt, random.Chance(0.95) ? random.Between(20, 400) : random.Between(Day + 10, Day * 1.8)));
        var valid = random.Chance(0.85);
        writer.Add(new ReviewVerified { Id = writer.Id(reviewId, "v"), Town = writer.Town, At = verifiedAt, Review = reviewId, Valid = valid });
        var closedAt = verifiedAt;
        if (valid)
        {
            closedAt = timeline.Next(random.Chance(0.9)
                ? Hall.AddServingMinutes(verifiedAt, random.Between(1, 11) * Day)
                : Hall.AddServingMinutes(submittedAt, random.Between(RectificationLimitDays + 1.2, RectificationLimitDays + 6) * Day));
            writer.Add(new ReviewRectified { Id = writer.Id(reviewId, "k"), Town = writer.Town, At = closedAt, Review = reviewId });
        }
        writer.Add(new ReviewFollowedUp
        {
            Id = writer.Id(reviewId, "f"), Town = writer.Town, At = timeline.Next(Hall.AddServingMinutes(closedAt, random.Between(0.2, 3) * Day)),
            Review = reviewId, Satisfied = random.Chance(valid ? 0.85 : 0.6),
        });
    }

    private static IReadOnlyList<string> PickReasons(Random random)
    {
        var first = random.Next(NegativeReasons.Length);
        return random.Chance(0.3)
            ? [NegativeReasons[first], NegativeReasons[(first + 1 + random.Next(NegativeReasons.Length - 1)) % NegativeReasons.Length]]
            : [NegativeReasons[first]];
    }
}
