import { apiBaseUrlExpression } from '../../credentials/intercomCommon';
import { IntercomApi } from '../../credentials/IntercomApi.credentials';
import { resolveWithCredentials } from '../harness/runWorkflow';

describe('credentials', () => {
	it.each([
		[{ region: 'us' }, 'https://api.intercom.io'],
		[{ region: 'eu' }, 'https://api.eu.intercom.io'],
		[{ region: 'au' }, 'https://api.au.intercom.io'],
		[{ region: 'custom', baseUrl: 'http://127.0.0.1:8080/intercom/' }, 'http://127.0.0.1:8080/intercom'],
	])('the connection test calls GET /me on the region of %p', (credentials, baseUrl) => {
		expect(resolveWithCredentials(apiBaseUrlExpression, credentials)).toBe(baseUrl);
		expect(new IntercomApi().test.request.url).toBe('/me');
	});
});
