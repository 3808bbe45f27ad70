import { byEmail, byExternalId, byId, jsonOf, run, useFakeIntercom } from './setup';

const track = (overrides: Record<string, unknown> = {}) => ({
	resource: 'dataEvent',
	operation: 'track',
	eventName: 'ordered-item',
	contact: byExternalId('crm-1'),
	createdAt: '2024-05-01T10:00:00Z',
	...overrides,
});

const entry = (key: string, type: string, fields: Record<string, unknown>) => ({ key, type, ...fields });

describe('Data Event', () => {
	const fake = useFakeIntercom();

	it('tracks an event with every metadata type, sent as Intercom documents them', async () => {
		fake.store.addContact({ external_id: 'crm-1', email: 'jane@example.com' });
		const result = await run(
			fake,
			track({
				metadata: {
					entry: [
						entry('order_id', 'text', { value: 'ORD-4711' }),
						entry('items', 'number', { value: '3' }),
						entry('shipped', 'date', { value: '2024-05-02T00:00:00Z' }),
						entry('invoice', 'url', { value: 'https://shop.example.com/invoices/4711' }),
						entry('order', 'richLink', {
							value: 'https://shop.example.com/orders/4711',
							linkText: 'Order 4711',
						}),
						entry('price', 'money', { amount: 3499, currency: 'EUR' }),
					],
				},
				options: { metadataJson: '{"plan": "pro", "seats": 5}' },
			}),
		);
		expect(result.error).toBeUndefined();
		const sent = {
			event_name: 'ordered-item',
			created_at: 1714557600,
			user_id: 'crm-1',
			metadata: {
				order_id: 'ORD-4711',
				items: 3,
				shipped_date: 1714608000,
				invoice: 'https://shop.example.com/invoices/4711',
				order: { url: 'https://shop.example.com/orders/4711', value: 'Order 4711' },
				price: { amount: 3499, currency: 'eur' },
				plan: 'pro',
				seats: 5,
			},
		};
		expect(fake.calls('POST', '/events')[0].body).toEqual(sent);
		expect(fake.calls('POST', '/events')[0].status).toBe(202);
		expect(jsonOf(result)).toEqual([{ tracked: true, ...sent }]);
		expect(fake.store.events).toHaveLength(1);
	});

	it('names the contact by Intercom id or email, and defaults the time to now in whole seconds', async () => {
		const lead = fake.store.addContact({ role: 'lead', email: 'lead@example.com' });
		const before = Math.floor(Date.now() / 1000);
		await run(fake, track({ contact: byId(lead.id), createdAt: '' }));
		await run(fake, track({ contact: byEmail('lead@example.com'), eventName: 'viewed-pricing' }));
		const [first, second] = fake.calls('POST', '/events').map((call) => call.body as Record<string, unknown>);
		expect(first).toMatchObject({ id: lead.id, event_name: 'ordered-item' });
		expect(Number.isInteger(first.created_at)).toBe(true);
		expect(first.created_at).toBeGreaterThanOrEqual(before);
		expect(second).toMatchObject({ email: 'lead@example.com', created_at: 1714557600 });
		expect(fake.store.events.map((event) => event.intercom_user_id)).toEqual([lead.id, lead.id]);
	});

	it('retries a track that failed with a 503: the same created_at, counted once', async () => {
		fake.store.addContact({ external_id: 'crm-1' });
		fake.inject({ kind: 'status500', method: 'POST', path: /^\/events$/, times: 1, afterEffect: true });
		const result = await run(fake, track());
		expect(result.error).toBeUndefined();
		const calls = fake.calls('POST', '/events');
		expect(calls).toHaveLength(2);
		expect(calls[0].body).toEqual(calls[1].body);
		expect(fake.store.eventSubmissions).toBe(2);
		expect(fake.store.events).toHaveLength(1);
	});

	it.each([
		[
			'eleven keys',
			{
				metadata: { entry: Array.from({ length: 11 }, (_, n) => entry(`key_${n}`, 'text', { value: 'x' })) },
			},
			'Metadata "key_10" is key 11: an event takes at most 10 metadata keys',
		],
		[
			'a nested object',
			{ options: { metadataJson: '{"cart": {"items": 3}}' } },
			'Metadata "cart" must be text or a number, a rich link {"url", "value"} or an amount {"amount", "currency"}',
		],
		[
			'a list',
			{ options: { metadataJson: '{"skus": ["a", "b"]}' } },
			'Metadata "skus" must be text or a number',
		],
		[
			'a password key',
			{ metadata: { entry: [entry('password', 'text', { value: 'hunter2' })] } },
			'Metadata "password" looks sensitive (its name contains "password")',
		],
		[
			'a card number value',
			{ metadata: { entry: [entry('note', 'text', { value: '4111 1111 1111 1111' })] } },
			'Metadata "note" looks sensitive (its value: it looks like a payment card number)',
		],
		[
			'a number that is not',
			{ metadata: { entry: [entry('items', 'number', { value: 'three' })] } },
			'Metadata "items" is not a number: three',
		],
		[
			'a bad URL',
			{ metadata: { entry: [entry('invoice', 'url', { value: 'shop/4711' })] } },
			'Metadata "invoice" is not a link',
		],
		[
			'cents with a fraction',
			{ metadata: { entry: [entry('price', 'money', { amount: 34.99, currency: 'usd' })] } },
			'Metadata "price" must be an amount in whole cents: 34.99',
		],
		['an empty event name', { eventName: ' ' }, '"Event Name" is empty'],
		['no contact', { contact: byExternalId('={{ "" }}') }, '"Contact" is empty'],
	])('refuses %s before any call', async (_case, overrides, message) => {
		const result = await run(fake, track(overrides));
		expect(result.error?.message).toContain(message);
		expect(fake.requests).toHaveLength(0);
	});

	it('sends sensitive-looking metadata when the user allows it', async () => {
		fake.store.addContact({ external_id: 'crm-1' });
		const result = await run(
			fake,
			track({
				metadata: { entry: [entry('api_key_last4', 'text', { value: '9f2a' })] },
				options: { allowSensitiveMetadata: true },
			}),
		);
		expect(result.error).toBeUndefined();
		expect(fake.store.events[0].metadata).toEqual({ api_key_last4: '9f2a' });
	});

	it('keeps going with Continue On Fail: the refused item is paired, the others tracked', async () => {
		fake.store.addContact({ external_id: 'crm-1' });
		const result = await run(
			fake,
			track({
				eventName: '={{ $json.name }}',
				metadata: { entry: [entry('={{ $json.key }}', 'text', { value: 'x' })] },
			}),
			{
				continueOnFail: true,
				items: [
					{ name: 'a', key: 'plan' },
					{ name: 'b', key: 'secret' },
					{ name: 'c', key: 'plan' },
				],
			},
		);
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(result.items[1].json.error).toContain('Metadata "secret" looks sensitive');
		expect(fake.store.events.map((event) => event.event_name)).toEqual(['a', 'c']);
	});

	it('lists a contact’s events following pages.next, and stops at the limit', async () => {
		const contact = fake.store.addContact({ external_id: 'crm-1', email: 'jane@example.com' });
		for (let n = 0; n < 45; n++) {
			fake.store.events.push({
				type: 'event',
				event_name: `event-${n}`,
				created_at: 1714557600 + n,
				id: `e${n}`,
				intercom_user_id: contact.id,
				user_id: 'crm-1',
			});
		}
		const all = await run(fake, {
			resource: 'dataEvent',
			operation: 'getAll',
			contact: byEmail('jane@example.com'),
			returnAll: true,
		});
		expect(jsonOf(all)).toHaveLength(45);
		expect(jsonOf(all)[0].event_name).toBe('event-44');
		const calls = fake.calls('GET', '/events');
		expect(calls.map((call) => call.query.before)).toEqual([undefined, '20', '40']);
		expect(calls.every((call) => call.query.email === 'jane@example.com' && call.query.type === 'user')).toBe(
			true,
		);

		fake.requests.length = 0;
		const some = await run(fake, {
			resource: 'dataEvent',
			operation: 'getAll',
			contact: byId(contact.id),
			limit: 5,
		});
		expect(jsonOf(some)).toHaveLength(5);
		expect(fake.calls('GET', '/events')[0].query).toMatchObject({ intercom_user_id: contact.id });
	});

	it('gets a contact’s event summaries, one item per event name', async () => {
		const contact = fake.store.addContact({ external_id: 'crm-1' });
		for (const [name, at] of [
			['login', 1714557600],
			['login', 1714644000],
			['ordered-item', 1714600000],
		] as const) {
			fake.store.events.push({
				type: 'event',
				event_name: name,
				created_at: at,
				id: `${name}${at}`,
				intercom_user_id: contact.id,
			});
		}
		const result = await run(fake, {
			resource: 'dataEvent',
			operation: 'getSummaries',
			contact: byExternalId('crm-1'),
		});
		expect(fake.calls('GET', '/events')[0].query).toEqual({
			type: 'user',
			summary: 'true',
			user_id: 'crm-1',
		});
		expect(jsonOf(result)).toEqual([
			expect.objectContaining({
				name: 'login',
				count: 2,
				first: '2024-05-01T10:00:00.000Z',
				last: '2024-05-02T10:00:00.000Z',
			}),
			expect.objectContaining({
				name: 'ordered-item',
				count: 1,
				contact: expect.objectContaining({ user_id: 'crm-1' }),
			}),
		]);
	});

	it('answers 404 for an unknown contact as a clear error', async () => {
		const result = await run(fake, track({ contact: byExternalId('nobody') }));
		expect(result.error?.message).toMatch(/not found/i);
	});
});
