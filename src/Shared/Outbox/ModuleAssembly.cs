using System.Reflection;

namespace Border.Shared.Outbox;

/// <summary>A module implementation assembly whose Contracts references hold the integration events its outbox may carry.</summary>
internal sealed record ModuleAssembly(Assembly Assembly);
