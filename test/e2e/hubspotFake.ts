import type { Server } from 'node:http';
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
 * The two HubSpot v1/v2 lists n8n's HubSpot node reads for "recently created or updated" records, paged by
 * `offset`/`hasMore` and `vidOffset`/`has-more` as HubSpot pages them; every request is recorded.
 */
export class HubspotFake {
	readonly companies: HubspotCompany[] = [];

	readonly contacts: HubspotContact[] = [];

	readonly requests: Array<{ path: string; query: Record<string, string> }> = [];

	url = '';

	private server?: Server;

	async start(): Promise<void> {
		this.server = createServer((request, response) => {
			const url = new URL(request.url ?? '/', 'http://127.0.0.1');
			const query = Object.fromEntries(url.searchParams);
			this.requests.push({ path: url.pathname, query });
			const send = (body: object) =>
				response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
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
					contacts: page.map((contact) => ({
						vid: contact.vid,
						properties: {
							firstname: value(contact.firstname),
							lastname: value(contact.lastname),
							email: value(contact.email),
							associatedcompanyid: value(contact.associatedcompanyid),
						},
					})),
					'has-more': offset + pageSize < this.contacts.length,
					'vid-offset': offset + pageSize,
					'time-offset': Date.now(),
				});
				return;
			}
			response.writeHead(404, { 'Content-Type': 'application/json' }).end('{"status":"error"}');
		});
		await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
		this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
	}

	async stop(): Promise<void> {
		await new Promise((resolve) => this.server?.close(resolve));
	}
}
