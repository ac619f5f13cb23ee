namespace LocalLife.Marketing;

public sealed record ComboItemDto(Guid ProductId, int Quantity);

public sealed record ComboChoiceDto(Guid ProductId, int Quantity, long ExtraFen);

/// <summary>Pick between <see cref="Min"/> and <see cref="Max"/> different products of the group (min 0: optional items).</summary>
public sealed record ComboGroupDto(string Code, string Name, int Min, int Max, IReadOnlyList<ComboChoiceDto> Choices);

/// <summary>A set meal's contents (its price is the product's price), for a party of PartyMin–PartyMax people.</summary>
public sealed record ComboDefinitionDto(IReadOnlyList<ComboItemDto> Items, IReadOnlyList<ComboGroupDto> Groups, int PartyMin, int PartyMax);

/// <summary>A combo as the merchant edits it, with what its contents cost one by one and the saving.</summary>
public sealed record ComboSummaryDto(ComboDefinitionDto Definition, long ComponentsRegularFen, long SavingFen);

public sealed record MenuComboItemDto(Guid ProductId, string Name, int Quantity, long RegularFen, string? Image, bool Available);

/// <param name="Pick">What the cart takes for this choice ("group:productId").</param>
public sealed record MenuComboChoiceDto(Guid ProductId, string Pick, string Name, int Quantity, long ExtraFen, long RegularFen, string? Image, bool Available);

public sealed record MenuComboGroupDto(string Code, string Name, int Min, int Max, IReadOnlyList<MenuComboChoiceDto> Choices);

/// <summary>A combo on the menu: its item list, its choices, for how many people, and what it saves against buying its contents one by one.</summary>
public sealed record MenuComboDto(IReadOnlyList<MenuComboItemDto> Items, IReadOnlyList<MenuComboGroupDto> Groups, int PartyMin, int PartyMax,
    long ComponentsRegularFen, long SavingFen, IReadOnlyList<string> DefaultPicks);
