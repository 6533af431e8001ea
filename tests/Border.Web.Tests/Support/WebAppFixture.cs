using Border.Testing;

namespace Border.Web.Tests.Support;

/// <summary>One site, on one cloned database, shared by the tests of a class.</summary>
public sealed class WebAppFixture : BorderWebApp;
