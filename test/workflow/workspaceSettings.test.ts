import { loadOptionsContext, tokenCredentials } from '../harness/runWorkflow';
import { loadOptions } from '../../nodes/Intercom/methods';
import { jsonOf, run, useFakeIntercom } from './setup';

describe('Workspace Settings', () => {
	const fake = useFakeIntercom();
	const on216 = { apiVersion: '2.16' };
	const settings = (operation: string, parameters: Record<string, unknown> = {}) => ({
		resource: 'workspaceSettings',
		operation,
		...parameters,
	});

	it('creates an office hours schedule from its JSON definition, sent as given', async () => {
		const definition = {
			name: 'Support hours',
			time_zone_name: 'Europe/Dublin',
			time_intervals: [{ start_minute: 540, end_minute: 1020 }],
		};
		const result = await run(
			fake,
			settings('createOfficeHours', { definition: JSON.stringify(definition) }),
			on216,
		);
		expect(result.error).toBeUndefined();
		expect(fake.calls('POST', '/office_hours_schedules')[0].body).toEqual(definition);
	});

	it('refuses a definition that is not a JSON object, naming the field, before any call', async () => {
		const malformed = await run(fake, settings('createAudience', { definition: '{"name": ' }), on216);
		expect(malformed.error?.message).toBe('"Definition (JSON)" is not valid JSON');
		const list = await run(fake, settings('createAudience', { definition: '[1, 2]' }), on216);
		expect(list.error?.message).toContain('"Definition (JSON)" expects a JSON object');
		expect(fake.requests).toHaveLength(0);
	});

	it('refuses a 2.16 setting on a 2.14 credential; the IP allowlist (2.14) runs there', async () => {
		const refused = await run(fake, settings('getManyBrands', { returnAll: true }));
		expect(refused.error?.message).toBe(
			'Workspace Settings › Get Many Brands needs Intercom API 2.16 or newer, but the credential sends 2.14',
		);
		const updated = await run(
			fake,
			settings('updateIpAllowlist', { enabled: true, ipRanges: '192.0.2.0/24, 198.51.100.7' }),
		);
		expect(updated.error).toBeUndefined();
		expect(fake.calls('PUT', '/ip_allowlist')[0].body).toEqual({
			enabled: true,
			ip_allowlist: ['192.0.2.0/24', '198.51.100.7'],
		});
	});

	it('updates a data connector with PATCH, and pages its results 30 at a time as Intercom allows', async () => {
		await run(
			fake,
			settings('updateDataConnector', { connectorId: '12', definition: '{"description": "Orders"}' }),
			on216,
		);
		expect(fake.calls('PATCH', '/data_connectors/12')[0].body).toEqual({ description: 'Orders' });
		const results = await run(
			fake,
			settings('getDataConnectorResults', { connectorId: '12', returnAll: false, limit: 100 }),
			on216,
		);
		expect(results.error).toBeUndefined();
		expect(fake.calls('GET', '/data_connectors/12/execution_results')[0].query).toMatchObject({
			per_page: '30',
		});
	});

	it('lists conversation attributes with or without archived ones; an attribute ID must be digits', async () => {
		const listed = await run(
			fake,
			settings('getManyConversationAttributes', { includeArchived: true, returnAll: true }),
			on216,
		);
		expect(listed.error).toBeUndefined();
		expect(fake.calls('GET', '/conversations/attributes')[0].query).toEqual({ include_archived: 'true' });
		expect(jsonOf(listed).length).toBeGreaterThan(0);
		const refused = await run(fake, settings('deleteConversationAttribute', { attributeId: 'order' }), on216);
		expect(refused.error?.message).toContain('"Attribute Name or ID"');
		expect(fake.calls('DELETE', /conversations\/attributes/)).toHaveLength(0);
	});

	it('offers schedules, brands, emails, macros, audiences, connectors and attributes in pickers', async () => {
		const context = loadOptionsContext({
			parameters: { resource: 'workspaceSettings', operation: 'getBrand' },
			credentials: tokenCredentials(fake.url, fake.token, '2.16'),
		});
		for (const picker of [
			loadOptions.getOfficeHoursSchedules,
			loadOptions.getBrands,
			loadOptions.getSenderEmails,
			loadOptions.getMacros,
			loadOptions.getAudiences,
			loadOptions.getDataConnectors,
			loadOptions.getConversationAttributeIds,
			loadOptions.getContentSnippets,
		]) {
			const options = await picker.call(context);
			expect(options.length).toBeGreaterThan(0);
			expect(options.every((option) => option.name !== '' && String(option.value) !== '')).toBe(true);
		}
	});
});
