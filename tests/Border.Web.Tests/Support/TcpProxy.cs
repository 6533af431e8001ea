using System.Net;
using System.Net.Sockets;

namespace Border.Web.Tests.Support;

/// <summary>
/// A loopback TCP relay in front of PostgreSQL, so a test can cut the database off from the site and
/// bring it back without touching the real server.
/// </summary>
internal sealed class TcpProxy(int targetPort) : IAsyncDisposable
{
    private readonly List<TcpClient> connections = [];
    private TcpListener? listener;
    private CancellationTokenSource? running;

    public int Port { get; private set; }

    public void Start()
    {
        listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        running = new CancellationTokenSource();
        _ = AcceptAsync(listener, running.Token);
    }

    /// <summary>Refuses new connections and cuts every open one, as a database that went away.</summary>
    public void Stop()
    {
        running?.Cancel();
        listener?.Stop();
        lock (connections)
        {
            foreach (var connection in connections)
            {
                connection.Dispose();
            }

            connections.Clear();
        }
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }

    private async Task AcceptAsync(TcpListener server, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await server.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var upstream = new TcpClient();
            await upstream.ConnectAsync(IPAddress.Loopback, targetPort, cancellationToken);
            lock (connections)
            {
                connections.Add(client);
                connections.Add(upstream);
            }

            _ = PumpAsync(client.GetStream(), upstream.GetStream(), cancellationToken);
            _ = PumpAsync(upstream.GetStream(), client.GetStream(), cancellationToken);
        }
    }

    private static async Task PumpAsync(Stream from, Stream to, CancellationToken cancellationToken)
    {
        try
        {
            await from.CopyToAsync(to, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The relay was cut on purpose.
        }
        finally
        {
            to.Dispose();
        }
    }
}
