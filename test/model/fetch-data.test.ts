import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataFetchError, fetchJson, fetchText } from '../../src/model/fetch-data.ts';

/** A real HTTP server with the faults a data host can have. */
let server: Server;
let origin = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/never') return; // never answers
    if (path === '/trickle') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"a":'); // headers, then nothing more
      return;
    }
    if (path === '/big') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`[${'1,'.repeat(5000)}1]`);
      return;
    }
    if (path === '/declared-big') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(50_000_000) });
      res.end('[]');
      return;
    }
    if (path === '/bom') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"ok":true}')]));
      return;
    }
    if (path === '/broken') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{\n  "a": 1,\n  "b": tru\n}');
      return;
    }
    if (path === '/ok') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":1}');
    res.writeHead(404, 'Not Found').end('nope');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const a = server.address();
  origin = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

async function failure(p: Promise<unknown>): Promise<DataFetchError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(DataFetchError);
  return e as DataFetchError;
}

describe('fetchJson', () => {
  it('reads a file', async () => {
    expect(await fetchJson(`${origin}/ok`)).toEqual({ ok: 1 });
  });

  it('gives up on a server that never answers, saying how long it waited', async () => {
    const started = Date.now();
    const e = await failure(fetchJson(`${origin}/never`, { timeoutMs: 300 }));
    expect(e.reason).toBe('timeout');
    expect(e.message).toBe('did not answer within 0.3 s');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('gives up on a body that stops half way', async () => {
    const e = await failure(fetchJson(`${origin}/trickle`, { timeoutMs: 300 }));
    expect(e.reason).toBe('timeout');
  });

  it('stops reading past the size cap, declared or not', async () => {
    expect((await failure(fetchText(`${origin}/big`, { maxBytes: 1000 }))).reason).toBe('too-large');
    const declared = await failure(fetchText(`${origin}/declared-big`, { maxBytes: 1_000_000 }));
    expect(declared.reason).toBe('too-large');
    expect(declared.message).toMatch(/over the limit of 1 MB/);
  });

  it('says what the server answered', async () => {
    const e = await failure(fetchJson(`${origin}/missing`));
    expect(e.reason).toBe('http');
    expect(e.message).toBe('the server answered 404 Not Found');
  });

  it('accepts a byte-order mark', async () => {
    expect(await fetchJson(`${origin}/bom`)).toEqual({ ok: true });
  });

  it('gives the line and column of a JSON syntax error', async () => {
    const e = await failure(fetchJson(`${origin}/broken`));
    expect(e.reason).toBe('not-json');
    expect(e.message).toMatch(/^is not valid JSON: line 3, column 8: /);
  });

  it('reports an unreachable host', async () => {
    const e = await failure(fetchJson('http://127.0.0.1:1/x', { timeoutMs: 2000 }));
    expect(e.reason).toBe('network');
  });
});
