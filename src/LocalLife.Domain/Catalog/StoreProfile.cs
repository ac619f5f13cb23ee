namespace LocalLife.Catalog;

/// <summary>What a customer reads about a store.</summary>
public sealed record StoreProfile(string Name, string Address, string? Phone, string? Intro, IReadOnlyList<string> Images);
