using MudBlazor;

namespace Supervision.Web.Components.Pages.ListsShared;

public sealed record BoardColumn<TItem>(string Title, IReadOnlyList<TItem> Items, Color Colour);
