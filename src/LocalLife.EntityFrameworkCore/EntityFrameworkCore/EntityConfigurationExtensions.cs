using LocalLife.Entities;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalLife.EntityFrameworkCore;

internal static class EntityConfigurationExtensions
{
    /// <summary>Conventions of every aggregate root: code-assigned id, concurrency stamp, ignored event list.</summary>
    public static void ConfigureAggregate<T>(this EntityTypeBuilder<T> b) where T : AggregateRoot<Guid>
    {
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.ConcurrencyStamp).HasMaxLength(40).IsConcurrencyToken();
        b.Ignore(e => e.DomainEvents);
    }
}
