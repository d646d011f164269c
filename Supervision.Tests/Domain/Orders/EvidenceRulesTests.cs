namespace Supervision.Tests.Domain.Orders;

public sealed class EvidenceRulesTests
{
    private static readonly byte[] PdfContent = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF");

    [Fact]
    public void A_pdf_is_accepted_with_its_own_name_only()
    {
        var (name, type) = EvidenceRules.Check("../../etc/整改报告.pdf", PdfContent);

        Assert.Equal("整改报告.pdf", name);
        Assert.Equal("application/pdf", type);
    }

    [Fact]
    public void An_exe_is_refused_whatever_it_is_called()
    {
        byte[] program = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00];

        Assert.Contains("类型不允许", Assert.Throws<DomainException>(() => EvidenceRules.Check("setup.exe", program)).Message, StringComparison.Ordinal);
        Assert.Contains("内容与扩展名", Assert.Throws<DomainException>(() => EvidenceRules.Check("整改报告.pdf", program)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_twenty_megabytes_is_refused_by_its_declared_size()
    {
        var error = Assert.Throws<DomainException>(() => EvidenceRules.CheckSize("照片.jpg", 60L * 1024 * 1024));

        Assert.Contains("超过 20 MB 的上限", error.Message, StringComparison.Ordinal);
    }
}
