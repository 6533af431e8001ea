namespace Border.Shared.Messaging;

/// <summary>
/// The name an integration event is stored under in an outbox, "module.kebab-case" such as
/// "cases.case-submitted". Rows waiting to be sent carry it, so it never changes once released,
/// while the class may be renamed or moved freely.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class IntegrationEventAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
