/**
 * npm run editor-check: opens the package's nodes in a real n8n editor (Debian's chromium driven by playwright-core)
 * against the fake Intercom, as a user would, and saves screenshots of the main panels into docs/screenshots/.
 * It fails when the nodes panel does not list the package's entries, a panel throws in the page, or a picker does
 * not load from the API.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { chromium, selectors } from 'playwright-core';

import { N8nCli } from '../support/n8nCli';
import { FakeIntercom } from '../fake/server';
import { intercomCredential, intercomNode, intercomPollingTrigger, intercomTrigger } from '../support/nodes';

const ROOT = path.resolve(__dirname, process.env.EDITOR_CHECK_ROOT ?? '../../..');
const SHOTS = path.join(ROOT, 'docs/screenshots');

/** The example workflows as users import them; each gets a canvas screenshot for the README's recipes. */
const examples = readdirSync(path.join(ROOT, 'examples'))
	.filter((file) => file.endsWith('.json'))
	.map((file) => ({
		file,
		workflow: JSON.parse(readFileSync(path.join(ROOT, 'examples', file), 'utf8')) as {
			id: string;
			nodes: Array<{ type: string }>;
		},
	}));
const TOKEN = 'editor-token';

const credential = 'editorIntercomCred';
const intercom = (name: string, x: number, parameters: Record<string, unknown>, y = 0) =>
	intercomNode({ name, position: [x, y], parameters, credentials: intercomCredential(credential) });

const condition = (field: string, operator: string, value: string) => ({ field, operator, value });
const twoByTwo = {
	group: [
		{
			combine: 'AND',
			conditions: {
				condition: [
					condition('email', 'endsWith', '@acme.com'),
					condition('created_at', 'greaterThan', '2024-01-01'),
				],
			},
		},
		{
			combine: 'OR',
			conditions: {
				condition: [
					condition('role', 'equals', 'lead'),
					condition('custom_attributes.plan', 'equals', 'trial'),
				],
			},
		},
	],
};

const workflow = {
	id: 'editorCheck',
	name: 'Intercom editor check',
	active: false,
	settings: { executionOrder: 'v1' },
	nodes: [
		intercomTrigger({
			id: 'trigger',
			name: 'Intercom Trigger',
			position: [0, 0],
			webhookId: 'b7f0e1f2-0000-4000-8000-000000000001',
			parameters: { topics: ['conversation.user.created'] },
			credentials: intercomCredential(credential),
		}),
		intercom('Tag Contact', 250, {
			resource: 'contactTag',
			operation: 'add',
			contact: { __rl: true, mode: 'list', value: '' },
		}),
		intercom(
			'Reply',
			250,
			{
				resource: 'conversation',
				operation: 'reply',
				conversation: { __rl: true, mode: 'list', value: '' },
				body: 'Thanks, we are on it.',
			},
			250,
		),
		intercom('Create Ticket', 500, { resource: 'ticket', operation: 'create', ticketTypeId: '1295' }, 250),
		intercom('Search Contacts', 500, {
			resource: 'contact',
			operation: 'search',
			filterGroups: {
				group: [
					{
						combine: 'AND',
						conditions: {
							condition: [
								{ field: 'email', operator: 'endsWith', value: '@acme.com' },
								{ field: 'created_at', operator: 'greaterThan', value: '2024-01-01' },
							],
						},
					},
				],
			},
		}),
		intercom(
			'Track Event',
			750,
			{
				resource: 'dataEvent',
				operation: 'track',
				eventName: 'ordered-item',
				contact: { __rl: true, mode: 'externalId', value: 'crm-4711' },
				metadata: {
					entry: [
						{ key: 'order_id', type: 'text', value: 'ORD-1042' },
						{
							key: 'order',
							type: 'richLink',
							value: 'https://shop.example.com/orders/1042',
							linkText: 'Order 1042',
						},
						{ key: 'price', type: 'money', amount: 3499, currency: 'eur' },
					],
				},
			},
			250,
		),
		intercom(
			'Create Article',
			750,
			{ resource: 'article', operation: 'create', title: 'Change your plan', collectionId: '9001' },
			500,
		),
		intercom(
			'Identify User',
			500,
			{
				resource: 'messenger',
				operation: 'identify',
				verification: 'jwt',
				userId: '={{ $json.userId }}',
				email: '={{ $json.email }}',
				options: { customLauncherSelector: '#help-button', hideDefaultLauncher: true, includeSnippet: true },
			},
			500,
		),
		intercom('First Delivery Only', 1000, { resource: 'delivery', operation: 'passOnce' }, 250),
		intercom(
			'API Request',
			250,
			{ resource: 'apiRequest', operation: 'send', method: 'GET', path: '/contacts', paging: 'cursorQuery' },
			500,
		),
		// A Limit from an expression that gives text, as upstream data often does: refused before any call.
		intercom(
			'Contacts (Bad Limit)',
			1000,
			{ resource: 'contact', operation: 'getAll', limit: '={{ "ten" }}' },
			500,
		),
		intercom(
			'Contacts Page by Page',
			1250,
			{ resource: 'contact', operation: 'getAll', pageByPage: true, cursor: '', simplify: true },
			500,
		),
		intercom(
			'All Contacts',
			1250,
			{ resource: 'contact', operation: 'getAll', returnAll: true, streams: 5 },
			250,
		),
		intercom(
			'Verify Signature',
			1250,
			{ resource: 'delivery', operation: 'verifySignature', topics: ['contact.user.created'] },
			0,
		),
		intercom('Get Ticket', 1500, { resource: 'ticket', operation: 'get' }, 0),
		intercom(
			'Reporting Export',
			1500,
			{ resource: 'dataExport', operation: 'createReporting', datasetId: 'conversation' },
			250,
		),
		intercom('Office Hours', 1500, { resource: 'workspaceSettings', operation: 'createOfficeHours' }, 500),
		intercom('Merge Conversation', 1750, { resource: 'conversation', operation: 'merge' }, 0),
		// The search builder's 2 × 2 case (two groups of two conditions), as a builder and as Conditions (Text).
		intercom(
			'Search 2x2 Builder',
			1750,
			{ resource: 'contact', operation: 'search', filterGroups: twoByTwo },
			250,
		),
		intercom(
			'Search 2x2 Text',
			1750,
			{
				resource: 'contact',
				operation: 'search',
				queryMode: 'text',
				conditionsText:
					'email endsWith @acme.com AND created_at greaterThan 2024-01-01\nrole equals lead OR custom_attributes.plan equals trial',
			},
			500,
		),
		intercomTrigger({
			id: 'triggerNoTopics',
			name: 'Trigger Without Topics',
			position: [2000, 0],
			webhookId: 'b7f0e1f2-0000-4000-8000-000000000002',
			parameters: {},
			credentials: intercomCredential(credential),
		}),
		{
			id: 'tool',
			name: 'Find Contact Tool',
			type: 'n8n-nodes-intercom.intercomTool',
			typeVersion: 1,
			position: [2000, 250],
			parameters: { resource: 'contact', operation: 'find' },
			credentials: intercomCredential(credential),
		},
		intercomPollingTrigger({
			id: 'poll',
			name: 'Intercom Polling Trigger',
			position: [0, 250],
			parameters: { event: 'conversationUpdated' },
			credentials: intercomCredential(credential),
		}),
	],
	connections: {
		'Intercom Trigger': { main: [[{ node: 'Tag Contact', type: 'main', index: 0 }]] },
		'Tag Contact': { main: [[{ node: 'Search Contacts', type: 'main', index: 0 }]] },
	},
};

interface Finding {
	check: string;
	ok: boolean;
	detail?: string;
}

/** Opens a node's panel; `loaded`, when given, is a picker's value that shows once it has loaded from the API. */
async function openNode(page: Page, name: string, loaded?: string): Promise<void> {
	await page.getByTestId('canvas-node').filter({ hasText: name }).first().dblclick();
	await page.getByTestId('ndv').waitFor({ state: 'visible', timeout: 20_000 });
	// Pickers say "Loading options..." in an input until their options arrive.
	await page.waitForFunction(
		`![...document.querySelectorAll('[data-test-id=ndv] input')].some((input) => [input.value, input.placeholder].includes('Loading options...'))`,
		undefined,
		{ timeout: 30_000 },
	);
	// A picker shows its chosen option as the value of an input, which text locators do not see.
	if (loaded) {
		await page.waitForFunction(
			`[...document.querySelectorAll('[data-test-id=ndv] input')].some((input) => input.value === ${JSON.stringify(loaded)})`,
			undefined,
			{ timeout: 30_000 },
		);
	}
}

/** Waits until the fit-to-view animation is over: the first node's box reads the same twice, 100 ms apart. */
async function settledBox(page: Page): Promise<void> {
	const node = page.getByTestId('canvas-node').first();
	let last = '';
	for (let attempt = 0; attempt < 100; attempt++) {
		const box = JSON.stringify(await node.boundingBox());
		if (box === last) return;
		last = box;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error('the canvas never settled');
}

async function closeNode(page: Page): Promise<void> {
	await page.getByTestId('ndv-close-button').click();
	await page.getByTestId('ndv').waitFor({ state: 'hidden', timeout: 10_000 });
}

async function main(): Promise<void> {
	mkdirSync(SHOTS, { recursive: true });
	// n8n marks its elements with data-test-id.
	selectors.setTestIdAttribute('data-test-id');
	const fake = await new FakeIntercom({ token: TOKEN }).start();
	fake.store.tagByName('VIP');
	fake.store.tagByName('Churn risk');
	fake.store.seedContacts(3, 'acme');
	// More than a page of 150, so that Page by Page shows a next cursor.
	fake.store.seedContacts(200, 'many');
	fake.store.addConversation({ title: 'Refund for order 1042' });
	const billing = fake.store.addCollection({ name: 'Billing' });
	fake.store.addCollection({ id: '9001', name: 'Plans', parent_id: billing.id });
	const cli = new N8nCli();
	const findings: Finding[] = [];
	const pageErrors: string[] = [];
	try {
		await cli.setUp();
		await cli.importJson('credentials', [
			{
				id: credential,
				name: 'Intercom (fake)',
				type: 'intercomAccessTokenApi',
				data: {
					accessToken: TOKEN,
					region: 'custom',
					baseUrl: fake.url,
					apiVersion: '2.14',
					clientSecret: 's',
				},
			},
		]);
		await cli.importJson('credentials', [
			{
				id: 'intercomCredential',
				name: 'Intercom',
				type: 'intercomAccessTokenApi',
				data: {
					accessToken: TOKEN,
					region: 'custom',
					baseUrl: fake.url,
					apiVersion: '2.14',
					clientSecret: 's',
				},
			},
			{ id: 'slackCredential', name: 'Slack', type: 'slackApi', data: { accessToken: 'xoxb-editor' } },
			{ id: 'hubspotCredential', name: 'HubSpot', type: 'hubspotAppToken', data: { appToken: 'pat-editor' } },
			{ id: 'openAiCredential', name: 'OpenAI', type: 'openAiApi', data: { apiKey: 'sk-editor' } },
		]);
		await cli.importJson('workflow', [workflow, ...examples.map((example) => example.workflow)]);
		const server = await cli.startServer();
		const browser = await chromium.launch({
			executablePath: '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
			],
		});
		const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
		const [name, value] = server.cookie.split('=');
		await context.addCookies([{ name, value, url: server.baseUrl }]);
		const page = await context.newPage();
		page.on('pageerror', (error) => pageErrors.push(error.message));
		// This machine reaches no internet, so n8n's calls to its own online services log errors too; those of the
		// package's nodes (a failed picker, a parameter n8n cannot render) name Intercom or the package.
		page.on('console', (message) => {
			if (message.type() === 'error' && /intercom/i.test(message.text())) pageErrors.push(message.text());
		});

		try {
			await checkPanels(page, server.baseUrl, fake, findings);
		} catch (error) {
			await page.screenshot({ path: path.join(SHOTS, 'failure.png') });
			const ids = await page.$$eval('[data-test-id]', (elements) => [
				...new Set(elements.map((element) => element.getAttribute('data-test-id'))),
			]);
			console.log(`test ids on the page: ${ids.join(' ')}`);
			console.log(
				`requests the fake received: ${fake.requests.map((request) => `${request.method} ${request.path} ${request.status} ${JSON.stringify(request.headers.authorization)}`).join(' | ')}`,
			);
			throw error;
		}
		findings.push({
			check: 'no error thrown in the page, and no console error naming Intercom, while the panels were open',
			ok: pageErrors.length === 0,
			detail: pageErrors.join(' | '),
		});
		await browser.close();
	} finally {
		await cli.stopServer();
		cli.tearDown();
		await fake.stop();
	}
	for (const { check, ok, detail } of findings) {
		console.log(`${ok ? 'ok  ' : 'FAIL'} ${check}${detail ? `: ${detail}` : ''}`);
	}
	console.log(`screenshots in ${path.relative(process.cwd(), SHOTS)}/`);
	if (findings.some((finding) => !finding.ok)) process.exitCode = 1;
}

async function checkPanels(
	page: Page,
	baseUrl: string,
	fake: FakeIntercom,
	findings: Finding[],
): Promise<void> {
	await page.goto(`${baseUrl}/workflow/${workflow.id}`);
	await page.getByTestId('canvas-node').filter({ hasText: 'Tag Contact' }).waitFor({ timeout: 60_000 });

	// The nodes panel, searched as a user does.
	await page.getByTestId('node-creator-plus-button').first().click();
	await page.getByTestId('node-creator-search-bar').fill('Intercom');
	await page.getByTestId('item-iterator-item').filter({ hasText: 'Intercom Polling' }).waitFor();
	await page.screenshot({ path: path.join(SHOTS, 'nodes-panel.png') });
	const entries = (await page.getByTestId('item-iterator-item').allInnerTexts()).map((entry) =>
		entry.replace(/\s+/g, ' ').trim(),
	);
	findings.push({
		check: "nodes panel: n8n's Intercom, the package's entry named apart from it, and the polling trigger",
		ok:
			entries.some((entry) => entry.startsWith('Intercom Full API')) &&
			entries.some((entry) => entry.startsWith('Intercom Polling')) &&
			new Set(entries.map((entry) => entry.split(' ').slice(0, 3).join(' '))).size === entries.length,
		detail: entries.join(' | '),
	});
	await page.keyboard.press('Escape');

	for (const [node, shot, loaded] of [
		['Intercom Trigger', 'trigger-panel.png', undefined],
		['Intercom Polling Trigger', 'polling-trigger-panel.png', undefined],
		// The field picker names the standard fields once getContactSearchFields has answered.
		['Search Contacts', 'search-panel.png', 'Created At'],
		// The acting admin picker and the ticket type picker show their loaded names.
		['Reply', 'conversation-reply-panel.png', "The Token's Own Admin"],
		['Create Ticket', 'ticket-create-panel.png', 'Bug'],
		['Track Event', 'data-event-track-panel.png', undefined],
		// The collection picker names nested collections by their path.
		['Create Article', 'article-create-panel.png', 'Billing › Plans'],
		['Identify User', 'messenger-identify-panel.png', undefined],
		['API Request', 'api-request-panel.png', undefined],
		['First Delivery Only', 'webhook-delivery-panel.png', undefined],
		['All Contacts', 'parallel-streams-panel.png', undefined],
		['Verify Signature', 'verify-signature-panel.png', undefined],
		// The ticket locator, the reporting attributes of the chosen dataset, a JSON definition, a 2.16 operation.
		['Get Ticket', 'ticket-locator-panel.png', undefined],
		['Reporting Export', 'data-export-panel.png', 'Conversation'],
		['Office Hours', 'workspace-settings-panel.png', undefined],
		['Merge Conversation', 'conversation-merge-panel.png', undefined],
	] as const) {
		await openNode(page, node, loaded);
		await page.screenshot({ path: path.join(SHOTS, shot) });
		await closeNode(page);
	}

	// The search builder's 2 × 2 case: the height of the search's own fields (Query Mode to Combine Groups With) and of
	// the whole parameters panel, as a builder and as text.
	const heights: Record<string, { search: number; panel: number }> = {};
	for (const [node, shot] of [
		['Search 2x2 Builder', 'search-builder-2x2.png'],
		['Search 2x2 Text', 'search-text-2x2.png'],
	] as const) {
		await openNode(page, node);
		const top = (await page.getByTestId('parameter-input-queryMode').first().boundingBox())?.y ?? 0;
		const combine = await page.getByTestId('parameter-input-combineGroups').first().boundingBox();
		heights[node] = {
			search: Math.round((combine?.y ?? 0) + (combine?.height ?? 0) - top),
			panel: await page
				.getByTestId('node-parameters')
				.first()
				.evaluate((element) => Math.round(element.scrollHeight)),
		};
		await page.screenshot({ path: path.join(SHOTS, shot) });
		await closeNode(page);
	}
	const [builder, text] = [heights['Search 2x2 Builder'], heights['Search 2x2 Text']];
	findings.push({
		check: 'Contact › Search, 2 groups × 2 conditions, fits on one screen (900 px) as Conditions (Text)',
		ok: text.search > 0 && text.search <= 900 && text.panel <= 1200,
		detail: `search fields ${builder.search} px as Filter Builder, ${text.search} px as Conditions (Text); whole panel ${builder.panel} px / ${text.panel} px`,
	});

	// A trigger without topics: an issue on the canvas and on the field, before anything is published.
	const canvasIssues = await page
		.getByTestId('canvas-node')
		.filter({ hasText: 'Trigger Without Topics' })
		.getByTestId('node-issues')
		.count();
	await openNode(page, 'Trigger Without Topics');
	const topicIssues = await page
		.getByTestId('parameter-input-topics')
		.getByTestId('parameter-issues')
		.count();
	await page.getByTestId('parameter-input-topics').getByTestId('parameter-issues').first().hover();
	const issueText = await page
		.getByText('Parameter "Topics" is required.')
		.first()
		.isVisible()
		.catch(() => false);
	await page.screenshot({ path: path.join(SHOTS, 'trigger-topics-issue.png') });
	await closeNode(page);
	findings.push({
		check: 'Intercom Trigger with empty Topics shows an issue on the canvas and on the field',
		ok: canvasIssues > 0 && topicIssues > 0 && issueText,
		detail: `canvas ${canvasIssues}, field ${topicIssues}, text shown ${issueText}`,
	});

	// The tool's panel opens with what to tell the model.
	await openNode(page, 'Find Contact Tool');
	const toolNotice = await page
		.getByTestId('ndv')
		.getByText('For each field the model fills')
		.first()
		.isVisible()
		.catch(() => false);
	await page.screenshot({ path: path.join(SHOTS, 'tool-panel.png') });
	await closeNode(page);
	findings.push({
		check: 'Intercom Full API Tool › Contact › Find shows what to tell the model',
		ok: toolNotice,
	});

	// A picker loaded from the API: the tags of the workspace.
	await openNode(page, 'Tag Contact');
	await page.getByTestId('parameter-input-tagId').locator('input').first().click();
	await page.locator('.remote-parameter-option', { hasText: 'VIP' }).waitFor({ timeout: 20_000 });
	await page.screenshot({ path: path.join(SHOTS, 'tag-picker.png') });
	findings.push({
		check: 'Tag picker loads the workspace tags from GET /tags',
		ok: fake.calls('GET', '/tags').length > 0,
	});
	await page.keyboard.press('Escape');
	await closeNode(page);

	// A bad value as a user meets it: the node run from its panel shows the error naming the field.
	await openNode(page, 'Contacts (Bad Limit)');
	const requestsBefore = fake.requests.length;
	await page.getByTestId('node-execute-button').first().click();
	const message = '"Limit" expects a whole number of at least 1, but got text "ten"';
	await page.getByTestId('ndv').getByText(message).first().waitFor({ timeout: 60_000 });
	await page
		.getByTestId('node-execute-button')
		.filter({ hasText: 'Execute' })
		.first()
		.waitFor({ timeout: 20_000 });
	await page.screenshot({ path: path.join(SHOTS, 'bad-input-error.png') });
	findings.push({
		check: 'a text Limit from an expression shows an error naming the field, and nothing is sent',
		ok: fake.requests.slice(requestsBefore).every((request) => request.path !== '/contacts'),
	});
	await closeNode(page);

	// Page by Page run from its panel: one item with the page's records and the cursor of the next.
	await openNode(page, 'Contacts Page by Page');
	await page.getByTestId('node-execute-button').first().click();
	const output = page.getByTestId('output-panel');
	await output.getByText('hasMore').first().waitFor({ timeout: 60_000 });
	await page.screenshot({ path: path.join(SHOTS, 'page-by-page.png') });
	findings.push({
		check: 'Page by Page run from its panel outputs one item with records, count, hasMore and nextCursor',
		ok: (await output.getByText('nextCursor').count()) > 0 && (await output.getByText('records').count()) > 0,
	});
	await closeNode(page);

	// Each example's canvas, fitted to the window (n8n's "1" shortcut), for the README's recipes.
	for (const { file, workflow: example } of examples) {
		await page.goto(`${baseUrl}/workflow/${example.id}`);
		await page.getByTestId('canvas-node').first().waitFor({ timeout: 60_000 });
		await page.keyboard.press('1');
		await settledBox(page);
		await page.screenshot({ path: path.join(SHOTS, `example-${file.replace(/\.json$/, '')}.png`) });
		findings.push({
			check: `example ${file} opens on the canvas with every node`,
			// Sticky notes are drawn apart from the nodes.
			ok:
				(await page.getByTestId('canvas-node').count()) ===
				example.nodes.filter((node) => node.type !== 'n8n-nodes-base.stickyNote').length,
		});
	}
}

void main();
