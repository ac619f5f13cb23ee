namespace LocalLife.Errors;

/// <summary>
/// The entity does not exist, or exists in another tenant: both answer 404 so ids of other tenants leak nothing.
/// </summary>
public sealed class EntityNotFoundException(string entity, object? id)
    : BusinessException(LocalLifeErrorCodes.EntityNotFound, $"{entity} {id} not found")
{
    public string Entity { get; } = entity;
    public object? Id { get; } = id;
}
