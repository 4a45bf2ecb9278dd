import net from "node:net";

// A TCP proxy between the app's pool and PostgreSQL that a test can break on purpose: refuse
// connections (the server is down), accept and never answer (a network black hole), or drop
// everything at the moment a given statement goes by (the database lost mid-transaction).

type Mode = "forward" | "blackhole";
type Tripwire = { marker: string; tripped: () => void };

export class TcpProxy {
  private readonly sockets = new Set<net.Socket>();
  private server: net.Server | null = null;
  private mode: Mode = "forward";
  private tripwire: Tripwire | null = null;
  private port = 0;

  private constructor(private readonly target: { host: string; port: number }) {}

  /** Starts listening on a free port of 127.0.0.1 in front of `serverUrl`'s host and port. */
  static async start(serverUrl: string): Promise<TcpProxy> {
    const url = new URL(serverUrl);
    const proxy = new TcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
    await proxy.listen();
    return proxy;
  }

  /** `databaseUrl` with its host and port replaced by the proxy's. */
  urlFor(databaseUrl: string): string {
    const url = new URL(databaseUrl);
    url.hostname = "127.0.0.1";
    url.port = String(this.port);
    return url.toString();
  }

  /** The server is unreachable: open connections die, new ones are refused (ECONNREFUSED). */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    this.dropAll();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Connections are accepted but nothing ever comes back, as behind a dead route. */
  async blackhole(): Promise<void> {
    this.dropAll();
    this.mode = "blackhole";
    if (!this.server) await this.listen();
  }

  /** Resolves when a client sends `marker` (e.g. a table name): that packet never arrives and every connection drops. */
  cutWhenSent(marker: string): Promise<void> {
    return new Promise((resolve) => {
      this.tripwire = { marker, tripped: resolve };
    });
  }

  /** The server is reachable again, on the same port. */
  async restore(): Promise<void> {
    this.mode = "forward";
    this.tripwire = null;
    if (!this.server) await this.listen();
  }

  async close(): Promise<void> {
    await this.cut();
  }

  private listen(): Promise<void> {
    const server = net.createServer((client) => this.accept(client));
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.port, "127.0.0.1", () => {
        this.port = (server.address() as net.AddressInfo).port;
        resolve();
      });
    });
  }

  private accept(client: net.Socket): void {
    this.track(client);
    if (this.mode === "blackhole") return;
    const upstream = net.connect(this.target.port, this.target.host);
    this.track(upstream);
    upstream.on("data", (chunk: Buffer) => client.write(chunk));
    client.on("data", (chunk: Buffer) => {
      const wire = this.tripwire;
      if (wire && chunk.includes(wire.marker)) {
        this.tripwire = null;
        this.dropAll();
        wire.tripped();
        return;
      }
      upstream.write(chunk);
    });
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  }

  private track(socket: net.Socket): void {
    this.sockets.add(socket);
    socket.on("error", () => undefined);
    socket.on("close", () => this.sockets.delete(socket));
  }

  private dropAll(): void {
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
  }
}
