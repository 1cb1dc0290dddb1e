using System.Security.Cryptography.X509Certificates;
using Dashboard.Core.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;

namespace Dashboard.Web.Hosting;

/// <summary>
/// What running several instances behind a reverse proxy needs: forwarded headers from trusted
/// proxies only, and Data Protection keys shared through the database (optionally encrypted with a
/// certificate), so cookies, antiforgery tokens and links work on every instance and after restarts.
/// </summary>
public static class ProxySupport
{
    /// <summary>Comma-separated networks of the reverse proxies whose X-Forwarded-* headers are trusted ("172.28.0.0/16").</summary>
    public const string TrustedProxiesKey = "Dashboard:TrustedProxies";

    public const string KeyCertificatePathKey = "Dashboard:DataProtection:CertificatePath";

    public const string KeyCertificatePasswordKey = "Dashboard:DataProtection:CertificatePassword";

    public static IServiceCollection AddProxySupport(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = 1;
            var trusted = configuration[TrustedProxiesKey];
            if (!string.IsNullOrWhiteSpace(trusted))
            {
                // Without configuration only loopback is trusted: nobody can forge a client address.
                foreach (var network in trusted.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
                }
            }
        });

        var keys = services.AddDataProtection()
            .SetApplicationName("ConflictSupportMonitor")
            .PersistKeysToDbContext<DashboardDbContext>();
        var certificatePath = configuration[KeyCertificatePathKey];
        if (!string.IsNullOrWhiteSpace(certificatePath))
        {
            keys.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(certificatePath, configuration[KeyCertificatePasswordKey]));
        }

        return services;
    }
}
