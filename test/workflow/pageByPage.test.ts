import type { INodeParameters } from 'n8n-workflow';

import type { FakeIntercom } from '../fake/server';
import type { RunExtras } from './setup';
import { byId, jsonOf, run, useFakeIntercom } from './setup';

interface PageItem {
	records: Array<{ id: string; email?: string }>;
	count: number;
	hasMore: boolean;
	nextCursor: string | null;
}

/** Runs one page of a list at `cursor`, as a loop in a workflow would. */
async function page(fake: FakeIntercom, parameters: INodeParameters, cursor = '', extras?: RunExtras) {
	const result = await run(fake, { ...parameters, pageByPage: true, cursor }, extras);
	if (result.error) throw result.error;
	expect(result.items).toHaveLength(1);
	return result.items[0].json as unknown as PageItem;
}

/** Every page of a list, each read in its own run with the cursor the page before gave. */
async function everyPage(fake: FakeIntercom, parameters: INodeParameters): Promise<PageItem[]> {
	const pages: PageItem[] = [];
	let cursor = '';
	for (;;) {
		const next = await page(fake, parameters, cursor);
		pages.push(next);
		if (!next.hasMore) return pages;
		cursor = next.nextCursor ?? '';
	}
}

const ids = (pages: PageItem[]) => pages.flatMap((each) => each.records.map((record) => record.id));

describe('Page by Page: one page per run, with the cursor of the next', () => {
	const fake = useFakeIntercom();

	it('reads every contact once across runs, and says on the last page that there is no more', async () => {
		const seeded = fake.store.seedContacts(320);
		const pages = await everyPage(fake, { resource: 'contact', operation: 'getAll', simplify: true });
		expect(pages.map((each) => each.count)).toEqual([150, 150, 20]);
		expect(pages.map((each) => each.hasMore)).toEqual([true, true, false]);
		expect(pages[2].nextCursor).toBeNull();
		expect(ids(pages)).toEqual(seeded.map((contact) => contact.id));
		// Simplify shapes each record of the page.
		expect(Object.keys(pages[0].records[0])).toEqual(expect.arrayContaining(['id', 'email', 'tags']));
		expect(fake.calls('GET', '/contacts')).toHaveLength(3);
	});

	it('pages searches with the cursor in the body, and contacts changed since a moment', async () => {
		const since = Math.floor(Date.parse('2025-06-01T00:00:00Z') / 1000);
		for (let index = 0; index < 200; index++) {
			fake.store.addContact({ email: `u${index}@acme.com`, updated_at: since - 3_600 + index * 60 });
		}
		const changed = await everyPage(fake, {
			resource: 'contact',
			operation: 'getAll',
			filters: { updatedSince: '2025-06-01T00:00:00Z' },
		});
		expect(ids(changed)).toHaveLength(140);
		expect(
			changed
				.flatMap((each) => each.records)
				.every((record) => Number((record as unknown as { updated_at: number }).updated_at) >= since),
		).toBe(true);
		const searched = await everyPage(fake, {
			resource: 'conversation',
			operation: 'search',
			queryMode: 'json',
			queryJson: JSON.stringify({ field: 'state', operator: '=', value: 'open' }),
		});
		expect(searched).toHaveLength(1);
		expect(searched[0]).toMatchObject({ count: 0, hasMore: false, nextCursor: null });
	});

	it('pages companies through the scroll API and a contact’s notes by page number', async () => {
		fake.store.seedCompanies(120);
		const companies = await everyPage(fake, { resource: 'company', operation: 'getAll' });
		expect(new Set(ids(companies)).size).toBe(120);
		expect(fake.calls('POST', '/companies/list')).toHaveLength(0);
		expect(fake.calls('GET', '/companies/scroll').length).toBe(companies.length);

		const [contact] = fake.store.seedContacts(1);
		fake.store.notes.set(
			contact.id,
			Array.from({ length: 60 }, (_, index) => ({
				type: 'note',
				id: String(9_000 + index),
				created_at: 1,
				body: `Note ${index}`,
			})),
		);
		const notes = await everyPage(fake, {
			resource: 'contactNote',
			operation: 'getAll',
			contact: byId(contact.id),
		});
		expect(notes.map((each) => each.count)).toEqual([50, 10]);
	});

	it('refuses a cursor it did not give, from another list, or for other filters, naming Cursor, before any call', async () => {
		fake.store.seedContacts(200);
		fake.store.seedCompanies(60);
		const contactCursor = (await page(fake, { resource: 'contact', operation: 'getAll' })).nextCursor ?? '';
		const companyCursor = (await page(fake, { resource: 'company', operation: 'getAll' })).nextCursor ?? '';
		const searchCursor =
			(
				await page(fake, {
					resource: 'contact',
					operation: 'search',
					queryMode: 'json',
					queryJson: JSON.stringify({ field: 'role', operator: '=', value: 'user' }),
				})
			).nextCursor ?? '';
		fake.requests.length = 0;

		const refused = async (parameters: INodeParameters, cursor: string) => {
			const result = await run(fake, { ...parameters, pageByPage: true, cursor });
			expect(result.items).toHaveLength(0);
			return result.error?.message;
		};
		const contacts = { resource: 'contact', operation: 'getAll' };
		expect(await refused(contacts, 'not-a-cursor')).toBe('"Cursor" is not a cursor this node gave');
		expect(await refused(contacts, companyCursor)).toBe(
			'"Cursor" comes from Company › Get Many, not Contact › Get Many',
		);
		const otherQuery = {
			resource: 'contact',
			operation: 'search',
			queryMode: 'json',
			queryJson: JSON.stringify({ field: 'role', operator: '=', value: 'lead' }),
		};
		expect(await refused(otherQuery, searchCursor)).toBe(
			'"Cursor" was given for other filters of Contact › Search',
		);
		expect(fake.requests).toHaveLength(0);
		expect(contactCursor).not.toBe('');
	});

	it('says Cursor was refused when Intercom no longer knows it, and keeps the other items under Continue On Fail', async () => {
		fake.store.seedContacts(200);
		const good = (await page(fake, { resource: 'contact', operation: 'getAll' })).nextCursor ?? '';
		const sealed = JSON.parse(Buffer.from(good, 'base64url').toString('utf8')) as { at: string };
		const expired = Buffer.from(JSON.stringify({ ...sealed, at: 'expired' })).toString('base64url');

		const result = await run(
			fake,
			{ resource: 'contact', operation: 'getAll', pageByPage: true, cursor: '={{ $json.cursor }}' },
			{ items: [{ cursor: good }, { cursor: expired }, { cursor: '' }], onError: 'continueErrorOutput' },
		);
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 2 }]);
		expect(result.items.map((item) => (item.json as unknown as PageItem).count)).toEqual([50, 150]);
		expect(result.errorItems).toHaveLength(1);
		expect(result.errorItems[0].pairedItem).toEqual({ item: 1 });
		expect(String(result.errorItems[0].json.error)).toMatch(/^"Cursor" was refused by Intercom: /);
		expect(jsonOf(result)).toHaveLength(2);
	});

	it('keeps Return All and Limit as they were when Page by Page is off', async () => {
		fake.store.seedContacts(200);
		const limited = await run(fake, { resource: 'contact', operation: 'getAll', returnAll: false, limit: 5 });
		expect(limited.items).toHaveLength(5);
		const all = await run(fake, { resource: 'contact', operation: 'getAll', returnAll: true });
		expect(all.items).toHaveLength(200);
	});
});
