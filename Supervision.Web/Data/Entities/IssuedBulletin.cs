namespace Supervision.Web.Data.Entities;

/// <summary>
/// A bulletin as issued: 第 <see cref="Number"/> 期 of <see cref="Year"/> (the year it was issued in,
/// China time), with the exact workbook that was circulated, so a later download is the same file
/// even after late events have changed the figures. A correction (更正) is a new row with the same
/// number and the next <see cref="Revision"/>; the row it replaces becomes <see cref="BulletinState.Superseded"/>
/// and keeps its file. Only the state columns of a row ever change after it is written.
/// </summary>
public sealed class IssuedBulletin
{
    public long Id { get; set; }
    public int Year { get; set; }
    public int Number { get; set; }

    /// <summary>0 for the bulletin as first issued, 1 for its first 更正, and so on.</summary>
    public int Revision { get; set; }

    /// <summary>Canonical period text (<c>2020-W40</c>, <c>2020-10</c>, <c>2020-10-01..2020-10-31</c>).</summary>
    public string Period { get; set; } = "";
    public string PeriodLabel { get; set; } = "";

    /// <summary><c>county</c>: bulletins cover every hall.</summary>
    public string Scope { get; set; } = "county";
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";

    /// <summary>The 通报表扬 lines as issued, one per line.</summary>
    public string Praise { get; set; } = "";

    /// <summary>The 通报批评 lines as issued, one per line.</summary>
    public string Criticism { get; set; } = "";

    /// <summary>文号, e.g. 源审服字〔2020〕40号.</summary>
    public string DocumentNumber { get; set; } = "";

    /// <summary>主送.</summary>
    public string MainRecipients { get; set; } = "";

    /// <summary>抄送.</summary>
    public string CopyTo { get; set; } = "";

    /// <summary>签发人.</summary>
    public string Signer { get; set; } = "";

    public string GeneratedBy { get; set; } = "";
    public DateTimeOffset GeneratedAt { get; set; }

    /// <summary>The data the figures were read from: the latest event received when the bulletin was generated (数据截至).</summary>
    public DateTimeOffset DataAsOf { get; set; }

    /// <summary>A digest of the period's figures as issued (<see cref="BulletinFingerprint"/>), to tell when later data moved them.</summary>
    public string Fingerprint { get; set; } = "";

    public BulletinState State { get; set; } = BulletinState.Issued;

    /// <summary>Why the bulletin was corrected or withdrawn.</summary>
    public string? StateReason { get; set; }
    public string? StateChangedBy { get; set; }
    public DateTimeOffset? StateChangedAt { get; set; }

    public byte[] Content { get; set; } = [];
}

/// <summary>Where an issued bulletin stands.</summary>
public enum BulletinState
{
    /// <summary>印发, in force.</summary>
    Issued,

    /// <summary>已被更正: a later revision with the same number replaces it; its file stays downloadable.</summary>
    Superseded,

    /// <summary>已撤回.</summary>
    Withdrawn,
}
