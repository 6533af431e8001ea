using Hangfire.States;
using Hangfire.Storage;

namespace Border.Shared.Jobs;

/// <summary>Succeeded and deleted jobs stay visible for a week (Hangfire's default is a day); failed ones never expire.</summary>
internal sealed class KeepSucceededFilter(TimeSpan keep) : IApplyStateFilter
{
    public void OnStateApplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
        if (context.NewState is SucceededState or DeletedState)
        {
            context.JobExpirationTimeout = keep;
        }
    }

    public void OnStateUnapplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
    }
}
