namespace Supervision.Web.Data.Seed;

/// <summary>An element of a JSON seed array, numbered from 1 as people count (第1条 is the first).</summary>
internal sealed class JsonRow(int number, JsonElement element, SeedErrors errors)
    : SeedRow($"第{number}条", errors)
{
    protected override bool IsBroken => element.ValueKind != JsonValueKind.Object;

    protected override string? Raw(string field)
    {
        if (!TryGet(field, out var value))
        {
            return null;
        }
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()?.Trim(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => value.GetRawText(),
        };
    }

    public List<string> StringList(string field)
    {
        if (!TryGet(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }
        if (value.ValueKind != JsonValueKind.Array)
        {
            Error(field, "应为字符串数组");
            return [];
        }
        var list = new List<string>();
        foreach (var (item, index) in value.EnumerateArray().Select((item, index) => (item, index)))
        {
            if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString()))
            {
                list.Add(item.GetString()!.Trim());
            }
            else
            {
                Error(field, string.Create(CultureInfo.InvariantCulture, $"第{index + 1}项应为非空字符串"));
            }
        }
        return list;
    }

    private bool TryGet(string field, out JsonElement value)
    {
        value = default;
        return element.ValueKind == JsonValueKind.Object && element.TryGetProperty(field, out value);
    }

    /// <summary>Parses a JSON array file into rows, or records why it cannot.</summary>
    public static IReadOnlyList<JsonRow>? ParseArray(string text, SeedErrors errors)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            root = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            errors.Add(ex.LineNumber is { } line ? $"第{line + 1}行" : null, null, $"不是有效的 JSON：{ex.Message}");
            return null;
        }
        if (root.ValueKind != JsonValueKind.Array)
        {
            errors.Add(null, null, "顶层应为 JSON 数组");
            return null;
        }
        var rows = root.EnumerateArray().Select((element, i) => new JsonRow(i + 1, element, errors)).ToList();
        foreach (var row in rows.Where(r => r.IsBroken))
        {
            row.Error(null, "应为 JSON 对象");
        }
        return rows;
    }
}
