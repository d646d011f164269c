namespace Supervision.Tests.Web.Components.Browser;

/// <summary>Scripts that measure a page in the browser, and what they return (property names as the scripts spell them).</summary>
internal static class LayoutProbes
{
    /// <summary>
    /// <c>oneLine(element)</c>: whether the element's text sits on one line. The tops of its text runs are
    /// compared, not the cell's height: a row is as tall as its tallest cell, and a chip or a small
    /// superscript on the same line shifts a top by far less than a line.
    /// </summary>
    public const string OneLine = """
        const oneLine = el => {
            const tops = [];
            const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
                if (!walker.currentNode.textContent.trim()) continue;
                const range = document.createRange();
                range.selectNodeContents(walker.currentNode);
                for (const rect of range.getClientRects()) if (rect.width > 0) tops.push(rect.top);
            }
            return tops.length < 2 || Math.max(...tops) - Math.min(...tops) < 0.8 * parseFloat(getComputedStyle(el).fontSize);
        };
        """;
}

/// <summary>One big-screen slide measured at once: the page's size, the badge against the title, hall names.</summary>
public sealed record ScreenSlideLayout
{
    public const string Script = "() => {" + LayoutProbes.OneLine + """
            const title = document.querySelector('.screen-title');
            const badge = document.querySelector('.screen-simulated');
            const t = title.getBoundingClientRect();
            const b = badge ? badge.getBoundingClientRect() : null;
            const halls = [...document.querySelectorAll('.screen-table td.hall-name')];
            return {
                Slide: parseInt(document.querySelector('.screen-slide-no').textContent.split('/')[0], 10),
                ScrollHeight: document.documentElement.scrollHeight, InnerHeight: window.innerHeight,
                ScrollWidth: document.documentElement.scrollWidth, InnerWidth: window.innerWidth,
                BadgeCoversTitle: !!b && b.left < t.right && t.left < b.right && b.top < t.bottom && t.top < b.bottom,
                TitleOneLine: oneLine(title) && title.scrollWidth <= title.clientWidth,
                HallNames: halls.length,
                WrappedHallNames: [...halls, ...document.querySelectorAll('.screen-alert-town')].filter(c => !oneLine(c)).map(c => c.textContent.trim()),
            };
        }
        """;

    public int Slide { get; init; }
    public int ScrollHeight { get; init; }
    public int InnerHeight { get; init; }
    public int ScrollWidth { get; init; }
    public int InnerWidth { get; init; }
    public bool BadgeCoversTitle { get; init; }
    public bool TitleOneLine { get; init; }
    public int HallNames { get; init; }
    public string[] WrappedHallNames { get; init; } = [];
}

/// <summary>
/// A table's header and first 20 rows: cells whose text wraps (free-text cells marked <c>wrap-cell</c>
/// may) and numeric cells that are not right-aligned.
/// </summary>
public sealed record TableCells
{
    public const string Script = "selector => {" + LayoutProbes.OneLine + """
            const table = document.querySelector(selector);
            const numeric = /^[-+−]?\d[\d,]*(\.\d+)?\s*(%|‰|个工作日|件|天|分钟|分|条|人)?$/;
            const rows = [...table.querySelectorAll('tbody tr')].slice(0, 20);
            const body = rows.flatMap(r => [...r.children]);
            return {
                Rows: rows.length,
                Wrapped: [...table.querySelectorAll('thead th'), ...body]
                    .filter(c => !c.classList.contains('wrap-cell') && !oneLine(c)).map(c => c.innerText.trim()),
                NumbersNotRight: body
                    .filter(c => numeric.test(c.innerText.trim()) && !['right', 'end'].includes(getComputedStyle(c).textAlign))
                    .map(c => c.innerText.trim()),
            };
        }
        """;

    public int Rows { get; init; }
    public string[] Wrapped { get; init; } = [];
    public string[] NumbersNotRight { get; init; } = [];
}
