namespace Border.Cases.Contracts.Requirements;

/// <summary>Where a page of the entry requirements is listed. Stored by name: never rename one.</summary>
public enum RequirementTopic
{
    Procedures,
    Documents,
    Forms,
    CaseKinds,
}
