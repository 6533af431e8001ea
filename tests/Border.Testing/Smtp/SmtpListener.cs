using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Border.Testing.Smtp;

/// <summary>
/// A small real SMTP server on 127.0.0.1 for tests. It records each message it accepts, and can be told
/// to answer with a given reply, to be down (connections refused) or to take a message and never answer.
/// </summary>
public sealed class SmtpListener : IAsyncDisposable
{
    private static readonly Lazy<X509Certificate2> SharedCertificate = new(SelfSigned);

    private readonly Lock gate = new();
    private readonly List<ReceivedEmail> received = [];
    private readonly List<Task> sessions = [];
    private TcpListener? listener;
    private CancellationTokenSource? stopping;
    private Task? accepting;
    private int refused;

    /// <summary>The port, chosen by the system on the first start and kept across restarts so the configuration stays true.</summary>
    public int Port { get; private set; }

    /// <summary>The first line a client reads; a 421 here stands for a server that is up but takes nothing.</summary>
    public string Greeting { get; set; } = "220 border.test ESMTP test server";

    /// <summary>The answer to every RCPT TO, e.g. "451 4.3.0 Try later" or "550 5.1.1 No such user"; null for 250.</summary>
    public string? RcptReply { get; set; }

    /// <summary>The answer at the end of DATA; null for 250. A message is recorded only when the answer is 2xx.</summary>
    public string? DataReply { get; set; }

    /// <summary>When set, the server offers AUTH LOGIN and PLAIN and takes mail only after this name and password.</summary>
    public (string UserName, string Password)? Login { get; set; }

    /// <summary>STARTTLS offered and required before MAIL, or TLS from the first byte; plain by default.</summary>
    public SmtpListenerTls Tls { get; set; }

    /// <summary>A self-signed certificate for 127.0.0.1, one for every server of the test run.</summary>
    public static X509Certificate2 Certificate => SharedCertificate.Value;

    /// <summary>The certificate's SHA-256 in hex, as Email:Smtp:CertificateSha256 takes it.</summary>
    public static string CertificateSha256 => Convert.ToHexString(SHA256.HashData(Certificate.RawData));

    /// <summary>The verb (e.g. "MAIL") at which the server drops the connection without a word, as a crashing server would.</summary>
    public string? DropAt { get; set; }

    /// <summary>Take and record the message, then never answer: the client cannot know whether it arrived.</summary>
    public bool HangAfterData { get; set; }

    /// <summary>A snapshot of the messages accepted so far, in order.</summary>
    public IReadOnlyList<ReceivedEmail> Messages
    {
        get
        {
            lock (gate)
            {
                return [.. received];
            }
        }
    }

    /// <summary>Messages that reached the end of DATA and were answered with something other than 2xx.</summary>
    public int Refused => Volatile.Read(ref refused);

    public static SmtpListener Started()
    {
        var server = new SmtpListener();
        server.Start();
        return server;
    }

    public void Start()
    {
        if (listener is not null)
        {
            return;
        }

        var socket = new TcpListener(IPAddress.Loopback, Port);
        socket.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        socket.Start();
        Port = ((IPEndPoint)socket.LocalEndpoint).Port;
        listener = socket;
        stopping = new CancellationTokenSource();
        accepting = AcceptAsync(socket, stopping.Token);
    }

    /// <summary>Closes the port and every open conversation: from now on a client's connection is refused.</summary>
    public async Task StopAsync()
    {
        if (listener is null || stopping is null)
        {
            return;
        }

        listener.Stop();
        await stopping.CancelAsync();
        await accepting!;
        Task[] open;
        lock (gate)
        {
            open = [.. sessions];
            sessions.Clear();
        }

        await Task.WhenAll(open);
        stopping.Dispose();
        stopping = null;
        listener = null;
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    internal void Record(ReceivedEmail email)
    {
        lock (gate)
        {
            received.Add(email);
        }
    }

    internal void RecordRefusal() => Interlocked.Increment(ref refused);

    private async Task AcceptAsync(TcpListener socket, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await socket.AcceptTcpClientAsync(stop);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var session = Task.Run(() => ServeAsync(client, stop), CancellationToken.None);
            lock (gate)
            {
                sessions.RemoveAll(s => s.IsCompleted);
                sessions.Add(session);
            }
        }
    }

    private async Task ServeAsync(TcpClient client, CancellationToken stop)
    {
        using (client)
        {
            try
            {
                await new SmtpSession(client, this).RunAsync(stop);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException or AuthenticationException)
            {
                // The client went away (or would not trust the certificate) or the server is stopping; either ends the conversation.
            }
        }
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=border.test", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        var now = DateTimeOffset.UtcNow;
        using var made = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));
        // Through PKCS#12 so the private key is usable by SslStream on Linux.
        return X509CertificateLoader.LoadPkcs12(made.Export(X509ContentType.Pkcs12), null);
    }
}

public enum SmtpListenerTls
{
    None,
    StartTls,
    Implicit,
}
