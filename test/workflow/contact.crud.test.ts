import { byEmail, byExternalId, byId, jsonOf, run, useFakeIntercom } from './setup';

describe('Contact: create, get, update, delete, archive, merge', () => {
	const fake = useFakeIntercom();

	it('creates a contact with its fields, dates as Unix seconds and custom attributes, through the credential', async () => {
		const result = await run(fake, {
			resource: 'contact',
			operation: 'create',
			role: 'lead',
			email: 'jane@example.com',
			externalId: 'crm-1',
			additionalFields: {
				name: 'Jane',
				signedUpAt: '2024-05-01T10:00:00Z',
				ownerId: '991267460',
				unsubscribedFromEmails: true,
			},
			customAttributes: { attribute: [{ name: 'plan', value: 'pro' }] },
		});

		expect(result.error).toBeUndefined();
		const [call] = fake.calls('POST', '/contacts');
		expect(call.headers.authorization).toBe(`Bearer ${fake.token}`);
		expect(call.headers['intercom-version']).toBe('2.14');
		expect(call.headers.accept).toContain('application/json');
		expect(call.body).toEqual({
			role: 'lead',
			email: 'jane@example.com',
			external_id: 'crm-1',
			name: 'Jane',
			signed_up_at: 1714557600,
			owner_id: 991267460,
			unsubscribed_from_emails: true,
			custom_attributes: { plan: 'pro' },
		});
		expect(jsonOf(result)).toEqual([
			expect.objectContaining({ type: 'contact', email: 'jane@example.com', role: 'lead' }),
		]);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});

	it('sends owner_id as a string from API version 2.16 on, and Intercom shows it as one', async () => {
		const result = await run(
			fake,
			{
				resource: 'contact',
				operation: 'create',
				role: 'user',
				email: 'a@example.com',
				additionalFields: { ownerId: 991267460 },
			},
			{ apiVersion: '2.16' },
		);
		const [call] = fake.calls('POST', '/contacts');
		expect(call.headers['intercom-version']).toBe('2.16');
		expect(call.body).toMatchObject({ owner_id: '991267460' });
		expect(jsonOf(result)[0].owner_id).toBe('991267460');
		const [contact] = [...fake.store.contacts.values()];
		const before216 = await run(fake, { resource: 'contact', operation: 'get', contact: byId(contact.id) });
		expect(jsonOf(before216)[0].owner_id).toBe(991267460);
	});

	it('refuses to create a contact without email or external ID, before calling Intercom', async () => {
		const result = await run(fake, {
			resource: 'contact',
			operation: 'create',
			role: 'lead',
			email: '',
			externalId: '',
		});
		expect(result.error?.message).toBe('Creating a contact needs an "Email" or an "External ID"');
		expect(fake.requests).toHaveLength(0);
	});

	it.each([
		[{ email: 'not-an-email' }, {}, '"Email" is not an email address: not-an-email'],
		[
			{ email: 'a@example.com' },
			{ attribute: [{ name: 'x'.repeat(191), value: '1' }] },
			'is 191 characters long; Intercom allows at most 190',
		],
		[
			{ email: 'a@example.com' },
			{ attribute: [{ name: 'plan', value: 'v'.repeat(256) }] },
			'"Custom Attributes › Attribute 1 › Value" of custom attribute "plan" is 256 characters long; Intercom allows at most 255',
		],
		[
			{ email: 'a@example.com', additionalFields: { signedUpAt: 'yesterday-ish' } },
			{},
			'"Additional Fields › Signed Up At" is not a date: yesterday-ish',
		],
	])('rejects bad input %#, naming the field', async (fields, customAttributes, message) => {
		const result = await run(fake, {
			resource: 'contact',
			operation: 'create',
			role: 'user',
			...fields,
			customAttributes,
		});
		expect(result.error?.message).toContain(message);
		expect(fake.requests).toHaveLength(0);
	});

	it('maps an unknown custom attribute to a NodeApiError with Intercom message, code and request id', async () => {
		const result = await run(fake, {
			resource: 'contact',
			operation: 'create',
			role: 'user',
			email: 'a@example.com',
			customAttributes: { attribute: [{ name: 'nope', value: '1' }] },
		});
		expect(result.error?.message).toBe("Intercom: Custom attribute 'nope' does not exist");
		expect(result.error?.description).toMatch(
			/Intercom error code: parameter_not_found · field: custom_attributes · request_id: [0-9a-f-]{36} · POST \/contacts → 400/,
		);
		expect(result.error?.httpCode).toBe('400');
	});

	it('gets a contact by Intercom id, by external id, by email, and a lead by external id', async () => {
		const user = fake.store.addContact({ external_id: 'u-1', email: 'u@example.com', role: 'user' });
		const lead = fake.store.addContact({ external_id: 'l-1', email: 'l@example.com', role: 'lead' });
		fake.store.addContact({ email: 'u@example.com', role: 'lead' });

		const results = await Promise.all([
			run(fake, { resource: 'contact', operation: 'get', contact: byId(user.id) }),
			run(fake, { resource: 'contact', operation: 'get', contact: byExternalId('u-1') }),
			run(fake, { resource: 'contact', operation: 'get', contact: byEmail('u@example.com') }),
			run(fake, { resource: 'contact', operation: 'get', contact: byExternalId('l-1') }),
		]);
		expect(results.map((result) => jsonOf(result)[0].id)).toEqual([user.id, user.id, user.id, lead.id]);
		// The lead is not found by find_by_external_id (users only) and is then searched.
		expect(fake.calls('POST', '/contacts/search').length).toBe(2);
	});

	it('says clearly when no contact has the email, and maps a 404 by id', async () => {
		const byMail = await run(fake, {
			resource: 'contact',
			operation: 'get',
			contact: byEmail('ghost@example.com'),
		});
		expect(byMail.error?.message).toBe('No Intercom contact has email "ghost@example.com"');

		const missing = await run(fake, {
			resource: 'contact',
			operation: 'get',
			contact: byId('5f0000000000000000000000'),
		});
		expect(missing.error?.message).toBe('Intercom: User Not Found');
		expect(missing.error?.httpCode).toBe('404');
		expect(missing.error?.description).toContain("Check the id, and that the credential's region");
	});

	it('returns a simplified contact when asked', async () => {
		const contact = fake.store.addContact({
			external_id: 'u-1',
			email: 'u@example.com',
			name: 'U',
			browser: 'firefox',
		});
		const result = await run(fake, {
			resource: 'contact',
			operation: 'get',
			contact: byId(contact.id),
			simplify: true,
		});
		expect(jsonOf(result)[0]).toEqual(
			expect.objectContaining({
				id: contact.id,
				external_id: 'u-1',
				email: 'u@example.com',
				name: 'U',
				tags: [],
				companies: [],
			}),
		);
		expect(jsonOf(result)[0]).not.toHaveProperty('browser');
	});

	it('updates the fields given, resolving the contact by external id', async () => {
		const contact = fake.store.addContact({ external_id: 'u-1', email: 'u@example.com' });
		const result = await run(fake, {
			resource: 'contact',
			operation: 'update',
			contact: byExternalId('u-1'),
			updateFields: { name: 'New Name', phone: '+100' },
			customAttributes: { attribute: [{ name: 'plan', value: '' }] },
		});
		expect(result.error).toBeUndefined();
		const [call] = fake.calls('PUT', `/contacts/${contact.id}`);
		expect(call.body).toEqual({ name: 'New Name', phone: '+100', custom_attributes: { plan: null } });
		expect(jsonOf(result)[0]).toMatchObject({ name: 'New Name', phone: '+100' });
	});

	it('refuses an update with nothing to update', async () => {
		const result = await run(fake, {
			resource: 'contact',
			operation: 'update',
			contact: byId('abc'),
			updateFields: {},
		});
		expect(result.error?.message).toBe(
			'"Update Fields" and "Custom Attributes" are empty: nothing to update',
		);
		expect(fake.requests).toHaveLength(0);
	});

	it('deletes, archives and unarchives a contact', async () => {
		const contact = fake.store.addContact({ external_id: 'u-1' });
		const archived = await run(fake, {
			resource: 'contact',
			operation: 'archive',
			contact: byId(contact.id),
		});
		expect(jsonOf(archived)[0]).toEqual({
			type: 'contact',
			id: contact.id,
			external_id: 'u-1',
			archived: true,
		});
		const unarchived = await run(fake, {
			resource: 'contact',
			operation: 'unarchive',
			contact: byId(contact.id),
		});
		expect(jsonOf(unarchived)[0]).toMatchObject({ archived: false });
		const deleted = await run(fake, { resource: 'contact', operation: 'delete', contact: byId(contact.id) });
		expect(jsonOf(deleted)[0]).toEqual({
			type: 'contact',
			id: contact.id,
			external_id: 'u-1',
			deleted: true,
		});
		expect(fake.store.contacts.has(contact.id)).toBe(false);
	});

	it('merges a lead into a user', async () => {
		const lead = fake.store.addContact({ role: 'lead', email: 'l@example.com' });
		const user = fake.store.addContact({ role: 'user', external_id: 'u-1' });
		const result = await run(fake, {
			resource: 'contact',
			operation: 'merge',
			lead: byId(lead.id),
			user: byExternalId('u-1'),
		});
		expect(fake.calls('POST', '/contacts/merge')[0].body).toEqual({ from: lead.id, into: user.id });
		expect(jsonOf(result)[0]).toMatchObject({ id: user.id });
		expect(fake.store.contacts.has(lead.id)).toBe(false);
	});

	it('reports an empty contact locator before calling Intercom', async () => {
		const result = await run(fake, { resource: 'contact', operation: 'get', contact: byId('  ') });
		expect(result.error?.message).toBe(
			'"Contact" is empty: choose a contact or give its ID, external ID or email',
		);
		expect(fake.requests).toHaveLength(0);
	});
});
