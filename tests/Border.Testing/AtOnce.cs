namespace Border.Testing;

public static class AtOnce
{
    /// <summary>Starts every action on its own thread at the same moment, as tabs sending at once would, and waits for all.</summary>
    public static async Task<T[]> RunAsync<T>(IEnumerable<Func<Task<T>>> actions)
    {
        using var start = new ManualResetEventSlim();
        var running = actions.Select(action => Task.Run(() =>
        {
            start.Wait();
            return action();
        })).ToList();
        start.Set();
        return await Task.WhenAll(running);
    }
}
