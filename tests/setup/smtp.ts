import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";

// A real SMTP server in the test process (nodemailer's smtp-server): it accepts what the app
// sends and keeps each message, parsed, to assert on. stop() drops open connections too, so
// the app sees the server go down; start() brings it back on the same port. Like a real
// server, a message counts as received only once it was acknowledged (250): one still being
// read when the server stops is refused, and the sender must try it again.

export type Received = { to: string[]; mail: ParsedMail };

export async function testSmtp(opts: { onMessage?: (n: number) => void } = {}) {
  const received: Received[] = [];
  let server: SMTPServer | null = null;
  let port = 0;
  let up = false;
  const make = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      // Open connections get a second to read their last reply, then they are cut.
      closeTimeout: 1000,
      logger: false,
      onData(stream, session, callback) {
        simpleParser(stream)
          .then((mail) => {
            if (!up) return callback(Object.assign(new Error("Service not available, closing channel"), { responseCode: 421 }));
            received.push({ to: session.envelope.rcptTo.map((r) => r.address), mail });
            callback();
            opts.onMessage?.(received.length);
          })
          .catch(callback);
      },
    });
  const start = () =>
    new Promise<void>((resolve, reject) => {
      server = make();
      server.on("error", () => {});
      server.listen(port, "127.0.0.1", () => {
        up = true;
        port = (server!.server.address() as AddressInfo).port;
        resolve();
      });
      server.server.once("error", reject);
    });
  const stop = () => {
    up = false;
    return new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  };
  await start();
  return {
    received,
    start,
    stop,
    get url() {
      return `smtp://127.0.0.1:${port}`;
    },
  };
}

/** Waits (polling, bounded) until `check` holds; fails with `what` otherwise. */
export async function until(check: () => boolean | Promise<boolean>, what: string, ms = 30_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
