import type { FakeIntercom } from '../fake/server';
import { jsonOf, run, useFakeIntercom } from './setup';

const DAY = 86_400;
const START = Math.floor(Date.parse('2023-01-01T00:00:00Z') / 1000);

/**
 * Contacts over two years, unevenly: most in one busy month, a few spread out, none for months, several in the same
 * second, and one exactly on every boundary the node will cut at with `streams` (it cuts the span evenly).
 */
function seedUneven(fake: FakeIntercom, streams: number): string[] {
	const times: number[] = [];
	for (let index = 0; index < 1_400; index++) times.push(START + 200 * DAY + (index % 30) * DAY + index);
	for (let index = 0; index < 300; index++) times.push(START + index * 2 * DAY + 3_600);
	for (let index = 0; index < 5; index++) times.push(START + 500 * DAY);
	const oldest = Math.min(...times);
	const newest = Math.max(START + 730 * DAY, ...times);
	times.push(newest);
	const span = newest + 1 - oldest;
	const count = Math.min(streams * 4, Math.floor(span / (14 * DAY)));
	for (let index = 1; index < count; index++) times.push(oldest + Math.floor((index * span) / count));
	return times.map(
		(created_at, index) =>
			fake.store.addContact({ email: `p${index}@example.com`, created_at, updated_at: created_at }).id,
	);
}

describe('Contact › Get Many, Return All with parallel streams', () => {
	const fake = useFakeIntercom({ rateLimit: { limit: 40, windowMs: 2_000 }, latencyMs: 5 });

	it('reads every contact once over disjoint creation ranges, oldest first, the same set as one cursor', async () => {
		const ids = seedUneven(fake, 5);
		const parallel = await run(fake, {
			resource: 'contact',
			operation: 'getAll',
			returnAll: true,
			streams: 5,
		});
		expect(parallel.error).toBeUndefined();
		const parallelIds = jsonOf(parallel).map((contact) => String(contact.id));
		expect(parallelIds).toHaveLength(ids.length);
		expect(new Set(parallelIds).size).toBe(ids.length);
		expect([...parallelIds].sort()).toEqual([...ids].sort());
		const created = jsonOf(parallel).map((contact) => Number(contact.created_at));
		expect(created).toEqual([...created].sort((a, b) => a - b));
		const searches = fake.calls('POST', '/contacts/search');
		expect(fake.calls('GET', '/contacts')).toHaveLength(0);
		// Two calls for the oldest and newest, then the ranges (20 for 5 streams), each paged by its own cursor.
		expect(searches.length).toBeGreaterThan(22);
		expect(fake.maxInFlight).toBeGreaterThan(1);
		expect(fake.maxInFlight).toBeLessThanOrEqual(5);

		fake.requests.length = 0;
		const single = await run(fake, { resource: 'contact', operation: 'getAll', returnAll: true, streams: 1 });
		expect(
			jsonOf(single)
				.map((contact) => String(contact.id))
				.sort(),
		).toEqual([...ids].sort());
		expect(fake.calls('POST', '/contacts/search')).toHaveLength(0);
	});

	it('stays within the rate limit: no 429 while the headers say the window is spent', async () => {
		seedUneven(fake, 10);
		const result = await run(fake, {
			resource: 'contact',
			operation: 'getAll',
			returnAll: true,
			streams: 10,
		});
		expect(result.error).toBeUndefined();
		expect(fake.requests.filter((request) => request.status === 429)).toHaveLength(0);
		expect(fake.requests.length).toBeGreaterThan(40);
	});

	it('falls back to one cursor when the contacts span too few days to split, and refuses streams below 1 before any call', async () => {
		fake.store.seedContacts(300);
		const result = await run(fake, { resource: 'contact', operation: 'getAll', returnAll: true, streams: 8 });
		expect(result.items).toHaveLength(300);
		expect(fake.calls('GET', '/contacts')).toHaveLength(2);

		fake.requests.length = 0;
		const refused = await run(fake, {
			resource: 'contact',
			operation: 'getAll',
			returnAll: true,
			streams: 0,
		});
		expect(refused.error?.message).toBe(
			'"Parallel Streams" expects a whole number from 1 to 20, but got the number 0',
		);
		expect(fake.requests).toHaveLength(0);
	});

	it('reads every conversation once with streams, splitting the dense ranges, oldest first', async () => {
		const times: number[] = [];
		// Most in one busy fortnight of this year, a few over the years before: ranges over 2011–now, the dense one split.
		const busy = Math.floor(Date.now() / 1000) - 90 * DAY;
		for (let index = 0; index < 1_500; index++) times.push(busy + index * 700);
		for (let index = 0; index < 200; index++) times.push(START - index * 9 * DAY);
		const ids = times.map(
			(created_at) => fake.store.addConversation({ created_at, updated_at: created_at }).id,
		);
		const parallel = await run(fake, {
			resource: 'conversation',
			operation: 'getAll',
			returnAll: true,
			streams: 5,
		});
		expect(parallel.error).toBeUndefined();
		const parallelIds = jsonOf(parallel).map((conversation) => String(conversation.id));
		expect(parallelIds).toHaveLength(ids.length);
		expect([...parallelIds].sort()).toEqual([...ids].sort());
		const created = jsonOf(parallel).map((conversation) => Number(conversation.created_at));
		expect(created).toEqual([...created].sort((a, b) => a - b));
		expect(fake.calls('GET', '/conversations')).toHaveLength(0);
		expect(fake.maxInFlight).toBeGreaterThan(1);
		expect(fake.maxInFlight).toBeLessThanOrEqual(5);
		// 20 ranges from 2011 to now to begin with; the dense one was cut in two, and its halves again.
		const widths = fake.calls('POST', '/conversations/search').map((request) => {
			const [after, before] = (request.body as { query: { value: Array<{ value: number }> } }).query.value;
			return before.value - after.value - 2 * DAY;
		});
		const initial = (Math.floor(Date.now() / 1000) - Date.UTC(2011, 0, 1) / 1000) / 20;
		expect(Math.max(...widths)).toBeLessThan(initial + 2);
		expect(Math.min(...widths)).toBeLessThan(initial / 3);
	});

	it('reads numbered pages at once: companies (the scroll past 10,000) and articles, each record once, in list order', async () => {
		const companies = fake.store.seedCompanies(260);
		const parallel = await run(fake, {
			resource: 'company',
			operation: 'getAll',
			returnAll: true,
			streams: 4,
		});
		expect(jsonOf(parallel).map((company) => company.id)).toEqual(companies.map((company) => company.id));
		const pages = fake.calls('POST', '/companies/list').map((request) => Number(request.query.page));
		expect([...pages].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
		expect(fake.maxInFlight).toBeGreaterThan(1);
		expect(fake.calls('GET', '/companies/scroll')).toHaveLength(0);

		fake.reset();
		fake.store.seedCompanies(10_000);
		const capped = await run(fake, { resource: 'company', operation: 'getAll', returnAll: true, streams: 4 });
		expect(capped.items).toHaveLength(10_000);
		// A count of 10,000 may be the list's cap: the scroll reads them all.
		expect(fake.calls('GET', '/companies/scroll').length).toBeGreaterThan(0);

		fake.reset();
		const articles = Array.from({ length: 120 }, (_, index) =>
			fake.store.addArticle({ title: `Article ${index}` }),
		);
		const all = await run(fake, { resource: 'article', operation: 'getAll', returnAll: true, streams: 3 });
		expect(new Set(jsonOf(all).map((article) => article.id))).toEqual(
			new Set(articles.map((article) => article.id)),
		);
		expect(all.items).toHaveLength(120);
		expect(fake.calls('GET', '/articles')).toHaveLength(3);
	}, 120_000);
});
