import { apiBaseUrlExpression } from '../../credentials/intercomCommon';
import { baseUrlOf } from '../../nodes/Intercom/transport/connection';
import { resolveWithCredentials } from '../harness/runWorkflow';

describe('credential base URL', () => {
	// The credential test resolves an n8n expression; the node's transport resolves the same table in code.
	it.each([
		[{ region: 'us' }, 'https://api.intercom.io'],
		[{ region: 'eu' }, 'https://api.eu.intercom.io'],
		[{ region: 'au' }, 'https://api.au.intercom.io'],
		[{ region: 'custom', baseUrl: 'http://127.0.0.1:8080/intercom/' }, 'http://127.0.0.1:8080/intercom'],
	])('is the same for the connection test and the node: %p', (credentials, baseUrl) => {
		expect(resolveWithCredentials(apiBaseUrlExpression, credentials)).toBe(baseUrl);
		expect(baseUrlOf(credentials)).toBe(baseUrl);
	});

	it('defaults to the US region', () => {
		expect(baseUrlOf({})).toBe('https://api.intercom.io');
	});
});
