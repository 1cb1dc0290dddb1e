# syntax=docker/dockerfile:1
# Multi-stage build of Conflict Support Monitor. Build context: the repository root.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
# Restore first, from the project files only, so that code changes do not invalidate the package layer.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Dashboard.Core/Dashboard.Core.csproj src/Dashboard.Core/
COPY src/Dashboard.Migrations.Sqlite/Dashboard.Migrations.Sqlite.csproj src/Dashboard.Migrations.Sqlite/
COPY src/Dashboard.Migrations.SqlServer/Dashboard.Migrations.SqlServer.csproj src/Dashboard.Migrations.SqlServer/
COPY src/Dashboard.Web/Dashboard.Web.csproj src/Dashboard.Web/
RUN dotnet restore src/Dashboard.Web/Dashboard.Web.csproj
COPY src/ src/
COPY wwwroot/ wwwroot/
RUN dotnet publish src/Dashboard.Web/Dashboard.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app
ENV ASPNETCORE_HTTP_PORTS=8080 \
    Dashboard__DataDirectory=/data
RUN mkdir -p /data && chown "$APP_UID" /data
COPY --from=build /app .
# The image's built-in non-root user.
USER $APP_UID
VOLUME /data
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 CMD ["dotnet", "Dashboard.Web.dll", "healthcheck"]
ENTRYPOINT ["dotnet", "Dashboard.Web.dll"]
