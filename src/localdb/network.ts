import { createConnection, createServer } from 'node:net';

const LOOPBACK = '127.0.0.1';

/**
 * True when we could bind the port ourselves. Binding (rather than connecting) also catches a
 * process that listens on 0.0.0.0 or is still shutting down, which Neo4j would trip over.
 */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const probe = createServer();
    probe.once('error', () => resolvePromise(false));
    probe.listen({ host: LOOPBACK, port, exclusive: true }, () => {
      probe.close(() => resolvePromise(true));
    });
  });
}

/** A loopback port nobody listens on right now (the kernel's pick), for servers and tests of our own. */
export function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, LOOPBACK, () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePromise(address.port) : reject(new Error('no free port'))));
    });
  });
}

export function tcpAccepts(port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = createConnection({ host: LOOPBACK, port });
    const finish = (accepted: boolean): void => {
      socket.destroy();
      resolvePromise(accepted);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
  });
}

// Bolt magic preamble, then four version proposals (5.0-5.4 as a range, 4.4, none, none).
const BOLT_HANDSHAKE = Buffer.from([
  0x60, 0x60, 0xb0, 0x17,
  0x00, 0x04, 0x04, 0x05,
  0x00, 0x00, 0x04, 0x04,
  0x00, 0x00, 0x00, 0x00,
  0x00, 0x00, 0x00, 0x00,
]);

/**
 * A TCP accept alone could be any program on that port; a 4-byte Bolt handshake reply means a
 * Neo4j Bolt server is really there and past its startup.
 */
export function boltAnswers(port: number, timeoutMs = 2000): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = createConnection({ host: LOOPBACK, port });
    let received = Buffer.alloc(0);
    const finish = (answered: boolean): void => {
      socket.destroy();
      resolvePromise(answered);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('connect', () => socket.write(BOLT_HANDSHAKE));
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (received.length >= 4) finish(true);
    });
    socket.once('error', () => finish(false));
    socket.once('close', () => finish(received.length >= 4));
  });
}
