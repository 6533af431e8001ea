# Multi-stage build of Border.Web. Untested here: no Docker engine runs on the machines this project is built on.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Build.targets Directory.Packages.props ./
COPY src/ src/
RUN dotnet publish src/Web/Border.Web.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production
# Supply ConnectionStrings__Border at run time; migrate once with: docker run IMAGE migrate
USER $APP_UID
EXPOSE 8080
ENTRYPOINT ["dotnet", "Border.Web.dll"]
