import { FakeIntercom } from '../fake/server';
import { jsonOf, run, useFakeIntercom } from './setup';

const getByExpression = {
	resource: 'contact',
	operation: 'get',
	contact: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
};

describe('Router: Continue On Fail and pairing', () => {
	const fake = useFakeIntercom();

	it('turns each failing item into an error item paired with its input, and keeps the others', async () => {
		const [first, third] = fake.store.seedContacts(2);
		const items = [{ id: first.id }, { id: '5f0000000000000000000000' }, { id: third.id }, { id: '' }];
		const result = await run(fake, getByExpression, { items, continueOnFail: true });

		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
			{ item: 3 },
		]);
		expect(jsonOf(result)[0].id).toBe(first.id);
		expect(jsonOf(result)[1]).toEqual({
			error: 'Intercom: User Not Found',
			details: {
				description: expect.stringContaining('GET /contacts/5f0000000000000000000000 → 404'),
				httpCode: '404',
			},
		});
		expect(jsonOf(result)[2].id).toBe(third.id);
		expect(jsonOf(result)[3]).toEqual({
			error: '"Contact" is empty: choose a contact or give its ID, external ID or email',
		});
	});

	it('keeps validation errors per item under Continue On Fail', async () => {
		const items = [{ email: 'ok@example.com' }, { email: 'broken' }, { email: 'fine@example.com' }];
		const result = await run(
			fake,
			{ resource: 'contact', operation: 'create', role: 'user', email: '={{ $json.email }}' },
			{ items, continueOnFail: true },
		);
		expect(jsonOf(result).map((json) => json.email ?? json.error)).toEqual([
			'ok@example.com',
			'"Email" is not an email address: broken',
			'fine@example.com',
		]);
		expect(fake.calls('POST', '/contacts')).toHaveLength(2);
	});

	it('stops at the first failing item without Continue On Fail and names the item', async () => {
		const [contact] = fake.store.seedContacts(1);
		const items = [{ id: contact.id }, { id: 'missing' }, { id: contact.id }];
		const result = await run(fake, { ...getByExpression, requestOptions: { maxConcurrency: 1 } }, { items });
		expect(result.error?.message).toBe('Intercom: User Not Found');
		expect(result.error?.context?.itemIndex).toBe(1);
		expect(fake.requests).toHaveLength(2);
	});
});

describe('Router: bounded concurrency', () => {
	let fake: FakeIntercom;
	beforeAll(async () => {
		fake = await new FakeIntercom({ latencyMs: 40 }).start();
	});
	afterAll(async () => await fake.stop());

	it.each([1, 5])(
		'runs items %i at a time and returns them in input order, paired',
		async (maxConcurrency) => {
			fake.reset();
			const contacts = fake.store.seedContacts(30);
			const result = await run(
				fake,
				{ ...getByExpression, requestOptions: { maxConcurrency } },
				{
					items: contacts.map((contact) => ({ id: contact.id })),
				},
			);
			expect(jsonOf(result).map((json) => json.id)).toEqual(contacts.map((contact) => contact.id));
			expect(result.items.map((item) => item.pairedItem)).toEqual(
				contacts.map((_, index) => ({ item: index })),
			);
			expect(fake.maxInFlight).toBe(maxConcurrency);
		},
	);
});
