import { loadOptionsContext, tokenCredentials } from '../harness/runWorkflow';
import { loadOptions } from '../../nodes/Intercom/methods';
import { jsonOf, run, useFakeIntercom } from './setup';

describe('AI Content: external pages and their sources', () => {
	const fake = useFakeIntercom();

	it('creates or updates a page by external ID, in English, for Fin and Copilot as chosen', async () => {
		const result = await run(fake, {
			resource: 'aiContent',
			operation: 'createOrUpdatePage',
			sourceId: '33',
			externalId: 'notion-42',
			title: 'Refunds',
			html: '<p>Within 30 days</p>',
			url: 'https://docs.example.com/refunds',
			finAvailable: true,
			copilotAvailable: false,
		});
		expect(result.error).toBeUndefined();
		expect(fake.calls('POST', '/ai/external_pages')[0].body).toEqual({
			title: 'Refunds',
			html: '<p>Within 30 days</p>',
			locale: 'en',
			source_id: 33,
			external_id: 'notion-42',
			url: 'https://docs.example.com/refunds',
			ai_agent_availability: true,
			ai_copilot_availability: false,
		});
		expect(jsonOf(result)[0]).toMatchObject({ type: 'external_page' });
	});

	it('refuses a URL that is not an http(s) link and a source that is not digits, before any call', async () => {
		const badUrl = await run(fake, {
			resource: 'aiContent',
			operation: 'createOrUpdatePage',
			sourceId: '33',
			externalId: 'x',
			title: 'T',
			html: '<p>x</p>',
			url: 'docs.example.com',
		});
		expect(badUrl.error?.message).toBe('"URL" is not an http(s) link: "docs.example.com"');
		const badSource = await run(fake, {
			resource: 'aiContent',
			operation: 'getSource',
			sourceId: 'Notion',
		});
		expect(badSource.error?.message).toContain('"Content Import Source Name or ID"');
		expect(fake.requests).toHaveLength(0);
	});

	it('creates a source syncing by API, updates it with its URL and behaviour, and offers sources in a picker', async () => {
		await run(fake, {
			resource: 'aiContent',
			operation: 'createSource',
			url: 'https://docs.example.com',
			status: 'active',
		});
		expect(fake.calls('POST', '/ai/content_import_sources')[0].body).toEqual({
			url: 'https://docs.example.com',
			sync_behavior: 'api',
			status: 'active',
		});
		await run(fake, {
			resource: 'aiContent',
			operation: 'updateSource',
			sourceId: '33',
			url: 'https://docs.example.com/v2',
			syncBehavior: 'api',
			status: 'deactivated',
		});
		expect(fake.calls('PUT', '/ai/content_import_sources/33')[0].body).toEqual({
			url: 'https://docs.example.com/v2',
			sync_behavior: 'api',
			status: 'deactivated',
		});
		const context = loadOptionsContext({
			parameters: { resource: 'aiContent', operation: 'getSource' },
			credentials: tokenCredentials(fake.url, fake.token),
		});
		const sources = await loadOptions.getContentImportSources.call(context);
		expect(sources.length).toBeGreaterThan(0);
		expect(sources[0].value).toMatch(/^\d+$/);
	});
});
