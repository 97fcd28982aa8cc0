// The node:http server on 127.0.0.1 that reads each request body and hands the request to the pipeline.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { PipelineResult, RawRequest } from './request-pipeline';

const maxBodyBytes = 10 * 1024 * 1024;

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBodyBytes) chunks.push(chunk);
    });
    request.on('end', () => {
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    request.on('error', reject);
  });
}

export async function startHttpServer(port: number, handle: (raw: RawRequest) => Promise<PipelineResult>): Promise<RunningServer> {
  const server: Server = createServer((request, response) => {
    void (async () => {
      try {
        const body = await readBody(request);
        const result = await handle({ method: request.method ?? 'GET', url: request.url ?? '/', headers: request.headers, body });
        response.writeHead(result.status, result.headers);
        response.end(result.text);
      } catch (error) {
        console.error('[jira stand-in] failed to answer a request:', error);
        if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'application/json;charset=UTF-8' });
        response.end(JSON.stringify({ errorMessages: ['Internal server error in the Jira stand-in.'], errors: {} }));
      }
    })();
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      }),
  };
}
