/** n8n's own nodes as the end-to-end workflows use them, so that each workflow spells only what is its own. */

type Position = [number, number];

export const manualTrigger = (position: Position = [0, 0]) => ({
	id: 'manual',
	name: 'Manual',
	type: 'n8n-nodes-base.manualTrigger',
	typeVersion: 1,
	position,
	parameters: {},
});

/** A Set node that outputs `json` as its one item. */
export const setJson = (name: string, json: unknown, position: Position) => ({
	id: name,
	name,
	type: 'n8n-nodes-base.set',
	typeVersion: 3.4,
	position,
	parameters: { mode: 'raw', jsonOutput: JSON.stringify(json), options: {} },
});

export const splitOut = (name: string, field: string, position: Position) => ({
	id: name,
	name,
	type: 'n8n-nodes-base.splitOut',
	typeVersion: 1,
	position,
	parameters: { fieldToSplitOut: field, options: {} },
});

/** An HTTP Request that posts each item's JSON to `url`: a collector sees what each execution produced. */
export const collect = (name: string, url: string, position: Position) => ({
	id: name,
	name,
	type: 'n8n-nodes-base.httpRequest',
	typeVersion: 4.2,
	position,
	parameters: {
		method: 'POST',
		url,
		sendBody: true,
		specifyBody: 'json',
		jsonBody: '={{ JSON.stringify($json) }}',
		options: {},
	},
});

/** The package's credential as a node references it: the id it was imported under. */
export const intercomCredential = (id: string, name = 'Intercom (fake)') => ({
	intercomAccessTokenApi: { id, name },
});

interface PackageNode {
	name: string;
	position: Position;
	parameters: Record<string, unknown>;
	id?: string;
	webhookId?: string;
	onError?: string;
	credentials?: ReturnType<typeof intercomCredential>;
}

const packageNode =
	(type: string, typeVersion = 1) =>
	(node: PackageNode) => ({
		id: node.name,
		type: `n8n-nodes-intercom.${type}`,
		typeVersion,
		...node,
	});

/** The package's nodes, as a workflow file spells them, at the version the editor adds. */
export const intercomNode = packageNode('intercom');
export const intercomTrigger = packageNode('intercomTrigger', 2);
export const intercomPollingTrigger = packageNode('intercomPollingTrigger');
