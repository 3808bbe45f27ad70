import { jsonOf, run, useFakeIntercom } from './setup';

const upsert = (externalId: string, extra: Record<string, unknown> = {}) => ({
	resource: 'contact',
	operation: 'upsert',
	matchOn: 'externalId',
	externalId,
	role: 'user',
	additionalFields: { email: `${externalId}@example.com`, name: 'Synced' },
	...extra,
});

describe('Contact: create or update keyed on external_id or email', () => {
	const fake = useFakeIntercom();

	it('creates a new contact with one call', async () => {
		const result = await run(fake, upsert('crm-1'));
		expect(fake.requests.map((call) => `${call.method} ${call.path} ${call.status}`)).toEqual([
			'POST /contacts 200',
		]);
		expect(jsonOf(result)[0]).toMatchObject({
			external_id: 'crm-1',
			email: 'crm-1@example.com',
			name: 'Synced',
		});
	});

	it('updates an existing contact with two calls: the 409 names the contact to update', async () => {
		const existing = fake.store.addContact({ external_id: 'crm-1', name: 'Old' });
		const result = await run(fake, upsert('crm-1'));
		expect(fake.requests.map((call) => `${call.method} ${call.path} ${call.status}`)).toEqual([
			'POST /contacts 409',
			`PUT /contacts/${existing.id} 200`,
		]);
		expect(jsonOf(result)[0]).toMatchObject({ id: existing.id, name: 'Synced' });
		expect(fake.store.contacts.size).toBe(1);
	});

	it('never sends role lead in the update, as a user cannot become a lead', async () => {
		const existing = fake.store.addContact({ external_id: 'crm-1', role: 'user' });
		const result = await run(fake, upsert('crm-1', { role: 'lead' }));
		expect(result.error).toBeUndefined();
		expect(fake.calls('PUT', `/contacts/${existing.id}`)[0].body).not.toHaveProperty('role');
	});

	it('unarchives an archived match before updating it', async () => {
		const existing = fake.store.addContact({ external_id: 'crm-1', archived: true });
		await run(fake, upsert('crm-1'));
		expect(fake.requests.map((call) => `${call.method} ${call.path}`)).toEqual([
			'POST /contacts',
			`POST /contacts/${existing.id}/unarchive`,
			`PUT /contacts/${existing.id}`,
		]);
		expect(fake.store.contacts.get(existing.id)?.archived).toBe(false);
	});

	it('matches on email when asked', async () => {
		const existing = fake.store.addContact({ email: 'jane@example.com', role: 'user' });
		const result = await run(fake, {
			resource: 'contact',
			operation: 'upsert',
			matchOn: 'email',
			email: 'jane@example.com',
			role: 'user',
			additionalFields: { externalId: 'crm-9' },
		});
		expect(jsonOf(result)[0]).toMatchObject({ id: existing.id, external_id: 'crm-9' });
	});

	it('does not create a duplicate when the answer to the create is lost and the call is repeated', async () => {
		fake.inject({ kind: 'status500', method: 'POST', path: /^\/contacts$/, times: 1, afterEffect: true });
		const result = await run(fake, upsert('crm-1'));
		expect(result.error).toBeUndefined();
		expect(fake.requests.map((call) => `${call.method} ${call.path} ${call.status}`)).toEqual([
			'POST /contacts 500',
			'POST /contacts 409',
			expect.stringMatching(/^PUT \/contacts\/[0-9a-f]{24} 200$/),
		]);
		expect(fake.store.contacts.size).toBe(1);
	});

	it('costs N calls for N new contacts and 2N for N existing ones', async () => {
		const items = Array.from({ length: 20 }, (_, index) => ({ id: `bulk-${index}` }));
		const parameters = upsert('={{ $json.id }}');

		await run(fake, parameters, { items });
		expect(fake.requests).toHaveLength(20);
		expect(fake.store.contacts.size).toBe(20);

		fake.requests.length = 0;
		const again = await run(fake, parameters, { items });
		expect(fake.requests).toHaveLength(40);
		expect(fake.store.contacts.size).toBe(20);
		expect(again.items.map((item) => item.pairedItem)).toEqual(items.map((_, index) => ({ item: index })));
	});

	it('refuses a match key that an expression left empty', async () => {
		const parameters = upsert('={{ $json.crmId }}', { additionalFields: { name: '={{ $json.name }}' } });
		const result = await run(fake, parameters, { items: [{ name: 'no id' }] });
		expect(result.error?.message).toBe('"External ID" is empty: Upsert matches contacts on it');
		expect(fake.requests).toHaveLength(0);
	});
});
