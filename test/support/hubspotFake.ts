import type { Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HubspotCompany {
	companyId: number;
	name: string;
	domain: string;
}

export interface HubspotContact {
	vid: number;
	email: string;
	firstname: string;
	lastname: string;
	associatedcompanyid?: number;
}

const value = (text: string | number | undefined) => ({ value: text === undefined ? '' : String(text) });

/**
 * What n8n's HubSpot node calls for the examples: the v1/v2 lists of recently changed companies and contacts, paged by
 * `offset`/`hasMore` and `vidOffset`/`has-more` as HubSpot pages them, and the v1 contact create-or-update by email
 * with its profile read; every request is recorded.
 */
export class HubspotFake {
	readonly companies: HubspotCompany[] = [];

	readonly contacts: HubspotContact[] = [];

	readonly requests: Array<{ method: string; path: string; query: Record<string, string>; body?: unknown }> =
		[];

	private nextVid = 1000;

	url = '';

	private server?: Server;

	async start(): Promise<void> {
		this.server = createServer((request, response) => {
			const chunks: Buffer[] = [];
			request.on('data', (chunk: Buffer) => chunks.push(chunk));
			request.on('end', () =>
				this.answer(request.method ?? 'GET', request.url ?? '/', Buffer.concat(chunks), response),
			);
		});
		await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
		this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
	}

	private profile(contact: HubspotContact) {
		return {
			vid: contact.vid,
			properties: {
				firstname: value(contact.firstname),
				lastname: value(contact.lastname),
				email: value(contact.email),
				associatedcompanyid: value(contact.associatedcompanyid),
			},
		};
	}

	private answer(method: string, rawUrl: string, raw: Buffer, response: ServerResponse): void {
		const url = new URL(rawUrl, 'http://127.0.0.1');
		const query = Object.fromEntries(url.searchParams);
		const body = raw.length > 0 ? (JSON.parse(raw.toString('utf8')) as unknown) : undefined;
		this.requests.push({ method, path: url.pathname, query, body });
		const send = (answer: object) =>
			response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(answer));
		// https://legacydocs.hubspot.com/docs/methods/contacts/create_or_update: keyed on the email.
		const upsert = /^\/contacts\/v1\/contact\/createOrUpdate\/email\/(.+)$/.exec(url.pathname);
		if (method === 'POST' && upsert) {
			const email = decodeURIComponent(upsert[1]);
			const properties =
				(body as { properties?: Array<{ property: string; value: string }> }).properties ?? [];
			const of = (name: string) => properties.find((entry) => entry.property === name)?.value;
			let contact = this.contacts.find((candidate) => candidate.email === email);
			const isNew = !contact;
			contact ??= { vid: ++this.nextVid, email, firstname: '', lastname: '' };
			if (isNew) this.contacts.push(contact);
			contact.firstname = of('firstname') ?? contact.firstname;
			contact.lastname = of('lastname') ?? contact.lastname;
			send({ vid: contact.vid, isNew });
			return;
		}
		const profile = /^\/contacts\/v1\/contact\/vid\/(\d+)\/profile$/.exec(url.pathname);
		const found = profile && this.contacts.find((candidate) => candidate.vid === Number(profile[1]));
		if (found) {
			send(this.profile(found));
			return;
		}
		const pageSize = 2;
		if (url.pathname === '/companies/v2/companies/recent/modified') {
			const offset = Number(query.offset ?? 0);
			const page = this.companies.slice(offset, offset + pageSize);
			send({
				results: page.map((company) => ({
					companyId: company.companyId,
					properties: { name: value(company.name), domain: value(company.domain) },
				})),
				hasMore: offset + pageSize < this.companies.length,
				offset: offset + pageSize,
				total: this.companies.length,
			});
			return;
		}
		if (url.pathname === '/contacts/v1/lists/recently_updated/contacts/recent') {
			const offset = Number(query.vidOffset ?? 0);
			const page = this.contacts.slice(offset, offset + pageSize);
			send({
				contacts: page.map((contact) => this.profile(contact)),
				'has-more': offset + pageSize < this.contacts.length,
				'vid-offset': offset + pageSize,
				'time-offset': Date.now(),
			});
			return;
		}
		response.writeHead(404, { 'Content-Type': 'application/json' }).end('{"status":"error"}');
	}

	async stop(): Promise<void> {
		await new Promise((resolve) => this.server?.close(resolve));
	}
}
