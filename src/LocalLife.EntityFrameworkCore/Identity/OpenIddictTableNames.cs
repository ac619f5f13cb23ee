using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenIddict.EntityFrameworkCore.Models;

namespace LocalLife.Identity;

/// <summary>OpenIddict names its tables itself; these keep them in the schema's snake_case.</summary>
internal sealed class OpenIddictTableNames :
    IEntityTypeConfiguration<OpenIddictEntityFrameworkCoreApplication<Guid>>,
    IEntityTypeConfiguration<OpenIddictEntityFrameworkCoreAuthorization<Guid>>,
    IEntityTypeConfiguration<OpenIddictEntityFrameworkCoreScope<Guid>>,
    IEntityTypeConfiguration<OpenIddictEntityFrameworkCoreToken<Guid>>
{
    public void Configure(EntityTypeBuilder<OpenIddictEntityFrameworkCoreApplication<Guid>> b) => b.ToTable("openiddict_applications");
    public void Configure(EntityTypeBuilder<OpenIddictEntityFrameworkCoreAuthorization<Guid>> b) => b.ToTable("openiddict_authorizations");
    public void Configure(EntityTypeBuilder<OpenIddictEntityFrameworkCoreScope<Guid>> b) => b.ToTable("openiddict_scopes");
    public void Configure(EntityTypeBuilder<OpenIddictEntityFrameworkCoreToken<Guid>> b) => b.ToTable("openiddict_tokens");
}
