using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace Border.Web.Composition.Throughput;

/// <summary>
/// The address of a page link or form (<c>asp-page</c>) that carries no values of its own, generated once per page that
/// shows it: the header's links are on every page, and generating each through routing was a tenth of a page's cost and
/// an eighth of what it allocated. The address depends only on what the key holds (the linked page, its handler and
/// area, the page being shown, the path base), so it is the same every time; a link with route values (an id) or on a
/// page whose route has values of its own is generated each time, as before. Routes are fixed while the site runs.
/// </summary>
internal sealed class RememberedPageLinks(
    IAntiforgery antiforgery,
    IOptions<MvcViewOptions> options,
    IModelMetadataProvider metadata,
    IUrlHelperFactory urls,
    HtmlEncoder encoder,
    ValidationHtmlAttributeProvider validation)
    : DefaultHtmlGenerator(antiforgery, options, metadata, urls, encoder, validation)
{
    /// <summary>Pages times their links is a few hundred; beyond this, start again rather than grow.</summary>
    private const int Most = 10_000;

    private readonly IUrlHelperFactory urlHelpers = urls;

    private readonly ConcurrentDictionary<LinkKey, string> addresses = new();

    public override TagBuilder GeneratePageLink(
        ViewContext viewContext, string linkText, string pageName, string pageHandler, string protocol, string hostname, string fragment,
        object routeValues, object htmlAttributes) =>
        KeyFor(viewContext, pageName, pageHandler, protocol, hostname, fragment, routeValues) is { } key
            ? GenerateLink(linkText, Address(key, viewContext, routeValues), htmlAttributes)
            : base.GeneratePageLink(viewContext, linkText, pageName, pageHandler, protocol, hostname, fragment, routeValues, htmlAttributes);

    public override TagBuilder GeneratePageForm(
        ViewContext viewContext, string pageName, string pageHandler, object routeValues, string fragment, string method, object htmlAttributes) =>
        KeyFor(viewContext, pageName, pageHandler, null, null, fragment, routeValues) is { } key
            ? GenerateFormCore(viewContext, Address(key, viewContext, routeValues), method, htmlAttributes)
            : base.GeneratePageForm(viewContext, pageName, pageHandler, routeValues, fragment, method, htmlAttributes);

    private string Address(LinkKey key, ViewContext viewContext, object? routeValues)
    {
        if (addresses.TryGetValue(key, out var address))
        {
            return address;
        }

        address = urlHelpers.GetUrlHelper(viewContext).Page(key.Page, key.Handler, routeValues, key.Protocol, key.Host, key.Fragment)
            ?? throw new InvalidOperationException($"No address for the page {key.Page}.");
        if (addresses.Count >= Most)
        {
            addresses.Clear();
        }

        addresses[key] = address;
        return address;
    }

    private static LinkKey? KeyFor(
        ViewContext viewContext, string? page, string? handler, string? protocol, string? host, string? fragment, object? routeValues)
    {
        var area = (string?)null;
        switch (routeValues)
        {
            case null:
                break;
            case IDictionary<string, object?> values when values.Count == 1 && values.TryGetValue("area", out var given) && given is string or null:
                area = (string?)given ?? string.Empty;
                break;
            default:
                return null;
        }

        var ambient = viewContext.RouteData.Values;
        foreach (var (name, _) in ambient)
        {
            if (name is not ("page" or "area"))
            {
                return null;
            }
        }

        return new LinkKey(
            viewContext.HttpContext.Request.PathBase.Value, ambient["page"] as string, ambient["area"] as string,
            page, handler, area, protocol, host, fragment);
    }

    private readonly record struct LinkKey(
        string? PathBase, string? ShownPage, string? ShownArea, string? Page, string? Handler, string? Area, string? Protocol, string? Host, string? Fragment);
}
