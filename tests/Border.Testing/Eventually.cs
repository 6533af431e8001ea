using System.Diagnostics;

namespace Border.Testing;

/// <summary>Waits for something a site does on its own time (a listener connecting, an outbox delivering); fails the test when it does not come.</summary>
public static class Eventually
{
    public static Task TrueAsync(Func<bool> condition, string failure, TimeSpan? timeout = null) =>
        TrueAsync(() => Task.FromResult(condition()), failure, timeout);

    public static async Task TrueAsync(Func<Task<bool>> condition, string failure, TimeSpan? timeout = null)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            if (waited.Elapsed > (timeout ?? TimeSpan.FromSeconds(60)))
            {
                throw new TimeoutException(failure);
            }

            await Task.Delay(50);
        }
    }
}
