/**
 * Intercom's regional hosts, the one table of them: the REST API, the app (OAuth) and the Messenger's API.
 * https://developers.intercom.com/docs/build-an-integration/learn-more/rest-apis/unified-api-endpoints
 */
export const REGIONS = {
	us: { api: 'api.intercom.io', app: 'app.intercom.com', messenger: 'api-iam.intercom.io' },
	eu: { api: 'api.eu.intercom.io', app: 'app.eu.intercom.com', messenger: 'api-iam.eu.intercom.io' },
	au: { api: 'api.au.intercom.io', app: 'app.au.intercom.com', messenger: 'api-iam.au.intercom.io' },
} as const;

type Host = keyof (typeof REGIONS)['us'];

/** A region's host of the given kind; the US one for an unknown region. */
export function hostOf(region: unknown, kind: Host): string {
	const known = typeof region === 'string' && Object.prototype.hasOwnProperty.call(REGIONS, region);
	return REGIONS[known ? (region as keyof typeof REGIONS) : 'us'][kind];
}

/**
 * The same lookup as an n8n expression over `regionVariable` (`$credentials.region`, `$self.region`): credential tests
 * and OAuth2 URLs are expressions, which cannot import code, so the table is written into them from here.
 */
export function hostExpression(regionVariable: string, kind: Host): string {
	const table = Object.fromEntries(Object.entries(REGIONS).map(([region, hosts]) => [region, hosts[kind]]));
	return `(${JSON.stringify(table)}[${regionVariable}] ?? ${JSON.stringify(REGIONS.us[kind])})`;
}
