import { jsonOf, run, useFakeIntercom } from './setup';

const send = (overrides: Record<string, unknown>) => ({
	resource: 'apiRequest',
	operation: 'send',
	...overrides,
});

describe('API Request: Send Request', () => {
	const fake = useFakeIntercom();

	it('sends a GET with query parameters and returns the response as one item', async () => {
		const contact = fake.store.addContact({ email: 'jane@example.com' });
		const result = await run(
			fake,
			send({
				method: 'GET',
				path: `/contacts/${contact.id}`,
				query: { parameter: [{ name: 'x', value: '1' }] },
			}),
		);
		expect(jsonOf(result)).toEqual([expect.objectContaining({ id: contact.id, email: 'jane@example.com' })]);
		const [call] = fake.calls('GET', `/contacts/${contact.id}`);
		expect(call.query).toEqual({ x: '1' });
		expect(call.headers['intercom-version']).toBe('2.14');
	});

	it('follows a GET list’s cursor in the query, up to Return All', async () => {
		fake.store.seedContacts(320);
		const result = await run(
			fake,
			send({ method: 'GET', path: '/contacts', paging: 'cursorQuery', returnAll: true }),
		);
		expect(jsonOf(result)).toHaveLength(320);
		expect(new Set(jsonOf(result).map((contact) => contact.id)).size).toBe(320);
		expect(fake.calls('GET', '/contacts')).toHaveLength(3);
	});

	it('follows a search’s cursor in the body, stopping at the limit, its items taken from the named property', async () => {
		fake.store.seedContacts(200);
		const result = await run(
			fake,
			send({
				method: 'POST',
				path: '/contacts/search',
				body: JSON.stringify({ query: { field: 'role', operator: '=', value: 'user' } }),
				paging: 'cursorBody',
				itemsKey: 'data',
				limit: 160,
			}),
		);
		expect(jsonOf(result)).toHaveLength(160);
		const calls = fake.calls('POST', '/contacts/search');
		expect(
			calls.map((call) => (call.body as { pagination: { per_page: number } }).pagination.per_page),
		).toEqual([150, 10]);
	});

	it('maps Intercom’s errors as every operation does', async () => {
		const result = await run(fake, send({ method: 'GET', path: '/contacts/nope' }));
		expect(result.error?.message).toMatch(/^Intercom: /);
		expect(result.error?.description).toContain('GET /contacts/nope → 404');
	});

	it('gets the 400 Intercom’s description gives a path parameter of the wrong type', async () => {
		const result = await run(fake, send({ method: 'GET', path: '/articles/how-to' }));
		expect(result.error?.message).toBe(
			"Intercom: article_id must be an integer (Intercom's 2.14 API description)",
		);
		expect(result.error?.description).toContain('GET /articles/how-to → 400');
	});

	it('does not repeat a POST after a 500 unless it is a search or marked safe', async () => {
		fake.inject({ kind: 'status500', method: 'POST', path: /^\/tags$/, times: 1 });
		const once = await run(fake, send({ method: 'POST', path: '/tags', body: '{"name":"VIP"}' }));
		expect(once.error?.description).toContain('Not repeated');
		expect(fake.calls('POST', '/tags')).toHaveLength(1);
		fake.requests.length = 0;
		fake.inject({ kind: 'status500', method: 'POST', path: /^\/tags$/, times: 1 });
		const repeated = await run(
			fake,
			send({ method: 'POST', path: '/tags', body: '{"name":"VIP"}', safeToRepeat: true }),
		);
		expect(repeated.error).toBeUndefined();
		expect(fake.calls('POST', '/tags')).toHaveLength(2);
	});

	it.each([
		[{ path: 'https://evil.example.com/steal' }, '"Path" must start with a single / and name no host'],
		[{ path: '//evil.example.com/steal' }, '"Path" must start with a single / and name no host'],
		[{ path: '/contacts/../admins' }, '"Path" may not contain . or .. segments'],
		[{ path: '/contacts?per_page=5' }, '"Path" has a query string'],
		[{ method: 'POST', path: '/tags', body: '[1]' }, '"Body (JSON)" must be a JSON object'],
		[{ method: 'POST', path: '/tags', body: '{oops' }, '"Body (JSON)" is not valid JSON'],
		[{ method: 'POST', path: '/contacts', paging: 'cursorQuery' }, '"Cursor in Query" pages GET lists'],
	])('refuses %o before any call', async (parameters, message) => {
		const result = await run(fake, send({ method: 'GET', ...parameters }));
		expect(result.error?.message).toContain(message);
		expect(fake.requests).toHaveLength(0);
	});

	it('sends a PATCH with its own headers (2.16 data connectors)', async () => {
		const result = await run(
			fake,
			send({
				method: 'PATCH',
				path: '/data_connectors/12',
				body: '{"description": "Orders"}',
				headers: { header: [{ name: 'X-Trace', value: 'abc' }] },
				response: 'json',
			}),
			{ apiVersion: '2.16' },
		);
		expect(result.error).toBeUndefined();
		const [call] = fake.calls('PATCH', '/data_connectors/12');
		expect(call.body).toEqual({ description: 'Orders' });
		expect(call.headers['x-trace']).toBe('abc');
	});

	it('returns a download as binary data, and a transcript as text', async () => {
		const call = fake.store.addCall({ transcript: 'Hello there', recording: Buffer.from('ID3') });
		const file = await run(
			fake,
			send({
				method: 'GET',
				path: `/calls/${call.id}/recording`,
				response: 'file',
				binaryPropertyName: 'audio',
			}),
		);
		expect(file.items[0].binary?.audio).toMatchObject({ mimeType: 'audio/mpeg' });
		expect(Buffer.from(file.items[0].binary?.audio.data ?? '', 'base64').toString()).toBe('ID3');
		const text = await run(
			fake,
			send({
				method: 'GET',
				path: `/calls/${call.id}/transcript`,
				response: 'text',
				headers: { header: [{ name: 'Accept', value: 'text/plain' }] },
			}),
		);
		expect(jsonOf(text)).toEqual([{ data: 'Hello there', mimeType: 'text/plain' }]);
	});

	it('refuses headers the credential owns, naming the field, before any call', async () => {
		const result = await run(
			fake,
			send({
				method: 'GET',
				path: '/me',
				headers: { header: [{ name: 'Authorization', value: 'Bearer x' }] },
			}),
		);
		expect(result.error?.message).toBe('"Headers" may not set Authorization: the credential sends it');
		expect(fake.requests).toHaveLength(0);
	});
});
