using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Border.Web.Forms;

/// <summary>
/// Every form is <c>novalidate</c>: the browser's own bubbles (for type="email", required…) speak the browser's
/// language, not the page's, and disappear before a screen reader reads them. Border's server says what is wrong,
/// in the error summary and by the field.
/// </summary>
[HtmlTargetElement("form")]
public sealed class NoBrowserValidationTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output) =>
        output.Attributes.SetAttribute(new TagHelperAttribute("novalidate", null, HtmlAttributeValueStyle.Minimized));
}
