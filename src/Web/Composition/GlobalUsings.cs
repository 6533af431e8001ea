global using Border.Web.Composition.Health;
global using Border.Web.Composition.Localization;
global using Border.Web.Composition.Security;
global using Border.Web.Composition.Startup;
