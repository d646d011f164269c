using MudBlazor;

namespace Supervision.Web.Components.Shared;

public sealed record BoardColumn<TItem>(string Title, IReadOnlyList<TItem> Items, Color Colour);
