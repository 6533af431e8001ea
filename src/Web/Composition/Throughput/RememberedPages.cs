using System.Diagnostics.Metrics;
using System.Globalization;
using System.Security.Claims;
using Border.Accounts.Contracts;
using Border.Shared.Caching;
using Border.Shared.Snapshots;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Border.Web.Composition.Throughput;

/// <summary>
/// A signed-in applicant's <see cref="RememberedPageAttribute"/> page is rendered once and given again, byte for
/// byte, while nothing it shows can have changed. Every request still passes authentication, the session and stamp
/// checks, the rate limits and authorization first; only the rendering is skipped.
/// <para>
/// How stale: never more than the person's snapshot parts it was made from, because it is forgotten with them
/// (<see cref="PersonSnapshots.Mark"/>: a notice of any change they see, their own posts, the listener going quiet);
/// besides, it is rendered again when the request's cookies differ in any way (a renewed sign-in cookie, a new
/// antiforgery cookie, a message for the next page), when its address or language differ, when the settings are
/// reloaded, and from the moment the page said the clock alone changes it (an offer's deadline).
/// </para>
/// Only a page at its plain address is kept: one with a query (a notice shown once after a post, a later page of the
/// inbox) is seldom asked twice, and nobody can fill the memory with made-up queries. Only a 200 with no cookie of its
/// own is kept; at most <see cref="MostPages"/> pages of at most <see cref="LargestPage"/> bytes each.
/// </summary>
internal sealed class RememberedPages
{
    public const string MeterName = "Border.Web.Pages";

    public const string GivenCounter = "border.pages.remembered";

    private const int LargestPage = 32 * 1024;
    private const int MostPages = 5_000;

    /// <summary>What the browser gets from the layers outside this one, or what a page can never carry again.</summary>
    private static readonly HashSet<string> NotKept = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.ContentLength, HeaderNames.TransferEncoding, HeaderNames.ContentEncoding, HeaderNames.Vary,
        HeaderNames.Date, HeaderNames.Server, HeaderNames.SetCookie,
    };

    private readonly RequestDelegate next;
    private readonly PersonSnapshots snapshots;
    private readonly TimeProvider clock;
    private readonly RecentAnswers<(Guid Person, string Page), KeptPage> kept = new(PersonSnapshots.MaxAge, MostPages);
    private readonly Counter<long> given;
    private long settingsVersion;

    public RememberedPages(RequestDelegate next, PersonSnapshots snapshots, TimeProvider clock, IConfiguration configuration, IMeterFactory meters)
    {
        this.next = next;
        this.snapshots = snapshots;
        this.clock = clock;
        given = meters.Create(MeterName).CreateCounter<long>(GivenCounter, description: "Pages given again from memory instead of rendered");
        ChangeToken.OnChange(configuration.GetReloadToken, () => Interlocked.Increment(ref settingsVersion));
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        if (!HttpMethods.IsGet(context.Request.Method)
            || context.Request.QueryString.HasValue
            || endpoint?.Metadata.GetMetadata<RememberedPageAttribute>() is null
            || !IsOnlyApplicant(context.User)
            || !Guid.TryParse(context.User.FindFirstValue(ClaimTypes.NameIdentifier), out var person)
            || snapshots.Mark(person) is not { } mark)
        {
            await next(context);
            return;
        }

        var request = context.Request;
        var key = (person, string.Concat(request.Path.Value, "|", CultureInfo.CurrentUICulture.Name));
        var cookies = request.Headers.Cookie.ToString();
        var settings = Interlocked.Read(ref settingsVersion);
        if (kept.TryGet(key, out var page)
            && ReferenceEquals(page.Mark, mark)
            && page.SettingsVersion == settings
            && string.Equals(page.Cookies, cookies, StringComparison.Ordinal)
            && clock.GetUtcNow() < page.FreshUntil)
        {
            given.Add(1, new KeyValuePair<string, object?>("page", endpoint.DisplayName));
            await page.WriteAsync(context.Response, context.RequestAborted);
            return;
        }

        if (await RenderAsync(context, mark, cookies, settings) is { } rendered)
        {
            kept.Keep(key, rendered);
        }
    }

    /// <summary>The page rendered as usual, and what to keep of it when it may be given again.</summary>
    private async Task<KeptPage?> RenderAsync(HttpContext context, object mark, string cookies, long settings)
    {
        var response = context.Response;
        var outer = new HashSet<string>(response.Headers.Keys, StringComparer.OrdinalIgnoreCase);
        var original = response.Body;
        var body = new CapturedBody(original, LargestPage);
        response.Body = body;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
        }

        // Not started: headers added as it starts (a renewed cookie) are not known yet, so nothing is kept.
        if (!response.HasStarted
            || response.StatusCode != StatusCodes.Status200OK
            || body.Overflowed
            || response.Headers.ContainsKey(HeaderNames.SetCookie))
        {
            return null;
        }

        var headers = response.Headers
            .Where(header => !outer.Contains(header.Key) && !NotKept.Contains(header.Key))
            .ToArray();
        var freshUntil = context.Features.Get<PageFreshness>()?.Until ?? DateTimeOffset.MaxValue;
        return new KeptPage(mark, settings, cookies, freshUntil, headers, body.Copy);
    }

    /// <summary>The layout reads a staff member's header from the database on every page, so only an applicant's page is kept.</summary>
    private static bool IsOnlyApplicant(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Applicant) && !user.IsInRole(Roles.Officer) && !user.IsInRole(Roles.Supervisor) && !user.IsInRole(Roles.Admin);

    private sealed record KeptPage(
        object Mark, long SettingsVersion, string Cookies, DateTimeOffset FreshUntil, KeyValuePair<string, StringValues>[] Headers, byte[] Body)
    {
        public Task WriteAsync(HttpResponse response, CancellationToken cancellationToken)
        {
            response.StatusCode = StatusCodes.Status200OK;
            foreach (var (name, value) in Headers)
            {
                response.Headers[name] = value;
            }

            response.ContentLength = Body.Length;
            return response.Body.WriteAsync(Body, 0, Body.Length, cancellationToken);
        }
    }
}
