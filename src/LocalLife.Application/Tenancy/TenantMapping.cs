namespace LocalLife.Tenancy;

internal static class TenantMapping
{
    public static TenantDto ToDto(this Tenant t) => new(
        t.Id, t.Name, t.DisplayName, t.Contact.Name, t.Contact.Phone, t.Contact.Email,
        t.Status, t.EnabledCategories, t.CreationTime, t.ConcurrencyStamp);
}
