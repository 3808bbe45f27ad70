import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TLSSocket } from 'node:tls';

/**
 * An outbound proxy for an n8n process under test, so that n8n's own nodes, which call fixed public hosts, reach
 * local fakes instead: it accepts `CONNECT` for the routed hosts only, terminates TLS with a certificate from a
 * throwaway CA made with openssl (give n8n `NODE_EXTRA_CA_CERTS=<caFile>`), and forwards each request to the fake
 * routed for its host (`{ 'slack.com': slackFake.url }`). Nothing on the machine changes; other hosts are refused.
 */
export class TlsProxy {
	readonly folder = mkdtempSync(path.join(tmpdir(), 'tls-proxy-'));

	readonly caFile = path.join(this.folder, 'ca.pem');

	url = '';

	private server?: Server;

	private readonly sockets = new Set<Socket>();

	private readonly hosts: string[];

	constructor(private readonly routes: Record<string, string>) {
		this.hosts = Object.keys(routes);
	}

	async start(): Promise<void> {
		const { key, cert } = this.makeCertificates();
		const inner = createServer((request, response) => this.forward(request, response));
		this.server = createServer((_request, response) => response.writeHead(405).end());
		this.server.on('connect', (request: IncomingMessage, socket: Socket) => {
			this.sockets.add(socket);
			socket.on('close', () => this.sockets.delete(socket));
			const host = String(request.url ?? '').split(':')[0];
			if (!this.hosts.includes(host)) {
				socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
				return;
			}
			socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
			inner.emit('connection', new TLSSocket(socket, { isServer: true, key, cert }));
		});
		await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
		this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
	}

	/** What an n8n process needs to go through this proxy for the routed hosts, and to trust its certificates. */
	environment(): NodeJS.ProcessEnv {
		return {
			HTTPS_PROXY: this.url,
			HTTP_PROXY: this.url,
			NO_PROXY: '127.0.0.1,localhost',
			NODE_EXTRA_CA_CERTS: this.caFile,
		};
	}

	async stop(): Promise<void> {
		for (const socket of this.sockets) socket.destroy();
		await new Promise((resolve) => this.server?.close(resolve));
		rmSync(this.folder, { recursive: true, force: true });
	}

	private forward(request: IncomingMessage, response: ServerResponse): void {
		const target = new URL(
			this.routes[String(request.headers.host ?? '').split(':')[0]] ?? this.routes[this.hosts[0]],
		);
		const upstream = httpRequest(
			{
				host: target.hostname,
				port: target.port,
				method: request.method,
				path: request.url,
				headers: request.headers,
			},
			(answer) => {
				response.writeHead(answer.statusCode ?? 502, answer.headers);
				answer.pipe(response);
			},
		);
		upstream.on('error', () => response.writeHead(502).end());
		request.pipe(upstream);
	}

	/** A CA, and a certificate for the proxied hosts signed by it. */
	private makeCertificates(): { key: Buffer; cert: Buffer } {
		const file = (name: string) => path.join(this.folder, name);
		const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'ignore' });
		openssl(
			'req',
			'-x509',
			'-newkey',
			'rsa:2048',
			'-nodes',
			'-days',
			'1',
			'-subj',
			'/CN=Throwaway test CA',
			'-keyout',
			file('ca.key'),
			'-out',
			this.caFile,
		);
		writeFileSync(file('san.ext'), `subjectAltName=${this.hosts.map((host) => `DNS:${host}`).join(',')}\n`);
		openssl(
			'req',
			'-newkey',
			'rsa:2048',
			'-nodes',
			'-subj',
			`/CN=${this.hosts[0]}`,
			'-keyout',
			file('host.key'),
			'-out',
			file('host.csr'),
		);
		openssl(
			'x509',
			'-req',
			'-in',
			file('host.csr'),
			'-CA',
			this.caFile,
			'-CAkey',
			file('ca.key'),
			'-CAcreateserial',
			'-days',
			'1',
			'-extfile',
			file('san.ext'),
			'-out',
			file('host.pem'),
		);
		return { key: readFileSync(file('host.key')), cert: readFileSync(file('host.pem')) };
	}
}
