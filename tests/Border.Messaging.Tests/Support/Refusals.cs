using Border.Shared.Validation;

namespace Border.Messaging.Tests.Support;

public static class Refusals
{
    /// <summary>The one failure the request was refused with: its field and message.</summary>
    public static async Task<(string Field, string Message)> OneOf(Func<Task> send)
    {
        var refused = await Assert.ThrowsAsync<RequestValidationException>(send);
        var failure = Assert.Single(refused.Failures);
        return (failure.Field, failure.Message);
    }
}
