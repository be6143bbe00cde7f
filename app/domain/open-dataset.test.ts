import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataset } from './open-dataset.ts';
import { readOnPage } from './read-on-page.ts';
import { shippedJson } from './testing/shipped-dataset.ts';

let server: Server;
let origin = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    switch (request.url) {
      case '/data.json':
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(shippedJson));
        return;
      case '/missing.json':
        // What a static host answers for a file it does not have.
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end('<!doctype html><title>Home</title>');
        return;
      case '/broken.json':
        response.writeHead(503, 'Service Unavailable');
        response.end();
        return;
      case '/huge.json':
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': 5000 });
        response.end('x'.repeat(5000));
        return;
      default:
        // Never answers: the request is left hanging.
        return;
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const limits = { limit: 1000, silenceMs: 300 };

describe('openDataset', () => {
  it('answers with the response once the server has answered with JSON', async () => {
    // Room to answer on a busy machine: only the hanging request is meant to meet the silence.
    const response = await openDataset(`${origin}/data.json`, { limit: 1e8, silenceMs: 10_000 });
    expect(response.status).toBe(200);
  });

  it.each([
    ['/missing.json', 'content-type'],
    ['/broken.json', 'http'],
    ['/huge.json', 'too-large'],
    ['/hangs.json', 'timeout'],
  ])('names why %s could not be had: %s', async (path, failure) => {
    const silenceMs = failure === 'timeout' ? limits.silenceMs : 10_000;
    await expect(openDataset(`${origin}${path}`, { ...limits, silenceMs })).rejects.toMatchObject({
      name: 'DatasetFetchError',
      failure,
    });
  });

  it('says the network failed when nothing listens', async () => {
    await expect(openDataset('http://127.0.0.1:9/data.json', limits)).rejects.toMatchObject({
      failure: 'network',
    });
  });
});

describe('readOnPage', () => {
  it('reads and checks the whole file where no worker can', async () => {
    const result = await readOnPage(`${origin}/data.json`);
    expect(result.ok && result.dataset.events.length).toBe(
      (shippedJson as { events: unknown[] }).events.length,
    );
  });
});
