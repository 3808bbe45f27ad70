import { byExternalId, byId, jsonOf, run, useFakeIntercom } from './setup';

describe('Contact: tags, notes, companies, segments, subscriptions', () => {
	const fake = useFakeIntercom();

	it('adds, lists and removes a tag', async () => {
		const contact = fake.store.addContact({ external_id: 'u-1' });
		const tag = fake.store.tagByName('VIP');

		const added = await run(fake, {
			resource: 'contactTag',
			operation: 'add',
			contact: byExternalId('u-1'),
			tagId: tag.id,
		});
		expect(fake.calls('POST', `/contacts/${contact.id}/tags`)[0].body).toEqual({ id: tag.id });
		expect(jsonOf(added)).toEqual([{ type: 'tag', id: tag.id, name: 'VIP' }]);

		const listed = await run(fake, {
			resource: 'contactTag',
			operation: 'getAll',
			contact: byId(contact.id),
		});
		expect(jsonOf(listed)).toEqual([{ type: 'tag', id: tag.id, name: 'VIP' }]);

		await run(fake, {
			resource: 'contactTag',
			operation: 'remove',
			contact: byId(contact.id),
			tagId: tag.id,
		});
		expect(fake.calls('DELETE', `/contacts/${contact.id}/tags/${tag.id}`)).toHaveLength(1);
		expect(fake.store.contacts.get(contact.id)?.tags.data).toEqual([]);
	});

	it('maps an unknown tag to a clear 404', async () => {
		const contact = fake.store.addContact({});
		const result = await run(fake, {
			resource: 'contactTag',
			operation: 'add',
			contact: byId(contact.id),
			tagId: '999',
		});
		expect(result.error?.message).toBe('Intercom: Tag not found');
		expect(result.error?.description).toContain('Intercom error code: tag_not_found');
	});

	it('adds a note with an author and lists notes over several pages', async () => {
		const contact = fake.store.addContact({});
		const added = await run(fake, {
			resource: 'contactNote',
			operation: 'create',
			contact: byId(contact.id),
			body: 'Called about renewal',
			adminId: '991267461',
		});
		expect(fake.calls('POST', `/contacts/${contact.id}/notes`)[0].body).toEqual({
			body: 'Called about renewal',
			admin_id: '991267461',
		});
		expect(jsonOf(added)[0]).toMatchObject({ type: 'note', author: { id: '991267461' } });

		for (let index = 0; index < 120; index++) {
			await run(fake, {
				resource: 'contactNote',
				operation: 'create',
				contact: byId(contact.id),
				body: `note ${index}`,
			});
		}
		fake.requests.length = 0;
		const listed = await run(fake, {
			resource: 'contactNote',
			operation: 'getAll',
			contact: byId(contact.id),
			returnAll: true,
		});
		expect(listed.items).toHaveLength(121);
		expect(fake.calls('GET', `/contacts/${contact.id}/notes`).map((call) => call.query.page)).toEqual([
			'1',
			'2',
			'3',
		]);
	});

	it('attaches a contact to a company found by company_id, lists and detaches it', async () => {
		const contact = fake.store.addContact({ external_id: 'u-1' });
		const company = fake.store.addCompany({ company_id: 'acme', name: 'Acme' });
		const companyByCompanyId = { __rl: true, mode: 'companyId', value: 'acme' };

		const attached = await run(fake, {
			resource: 'contactCompany',
			operation: 'attach',
			contact: byExternalId('u-1'),
			company: companyByCompanyId,
		});
		expect(fake.calls('POST', `/contacts/${contact.id}/companies`)[0].body).toEqual({ id: company.id });
		expect(jsonOf(attached)[0]).toMatchObject({ id: company.id, company_id: 'acme' });

		const listed = await run(fake, {
			resource: 'contactCompany',
			operation: 'getAll',
			contact: byId(contact.id),
			returnAll: true,
		});
		expect(jsonOf(listed).map((item) => item.company_id)).toEqual(['acme']);

		await run(fake, {
			resource: 'contactCompany',
			operation: 'detach',
			contact: byId(contact.id),
			company: byId(company.id),
		});
		expect(fake.calls('DELETE', `/contacts/${contact.id}/companies/${company.id}`)).toHaveLength(1);
		expect(fake.store.contactCompanies.get(contact.id)).toEqual([]);
	});

	it('lists segments, and opts in and out of a subscription type', async () => {
		const contact = fake.store.addContact({ role: 'user' });
		const segments = await run(fake, {
			resource: 'contactSegment',
			operation: 'getAll',
			contact: byId(contact.id),
		});
		expect(jsonOf(segments).map((segment) => segment.name)).toEqual(['Active users']);

		await run(fake, {
			resource: 'contactSubscription',
			operation: 'optIn',
			contact: byId(contact.id),
			subscriptionTypeId: '37846',
		});
		expect(fake.calls('POST', `/contacts/${contact.id}/subscriptions`)[0].body).toEqual({
			id: '37846',
			consent_type: 'opt_in',
		});
		await run(fake, {
			resource: 'contactSubscription',
			operation: 'optOut',
			contact: byId(contact.id),
			subscriptionTypeId: '37846',
		});
		expect(fake.calls('POST', `/contacts/${contact.id}/subscriptions`)[1].body).toEqual({
			id: '37846',
			consent_type: 'opt_out',
		});

		const subscriptions = await run(fake, {
			resource: 'contactSubscription',
			operation: 'getAll',
			contact: byId(contact.id),
		});
		expect(jsonOf(subscriptions)).toEqual([
			expect.objectContaining({ id: '37846', consent_type: 'opt_out' }),
		]);
	});
});
