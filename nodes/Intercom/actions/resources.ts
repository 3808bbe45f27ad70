import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { updateDisplayOptions } from '../descriptions/updateDisplayOptions';
import { admin } from './admin';
import { aiContent } from './aiContent';
import { apiRequest } from './apiRequest';
import { article } from './article';
import { call } from './call';
import { collection } from './collection';
import { company } from './company';
import { companyNote } from './companyNote';
import { contact } from './contact';
import { contactCompany } from './contactCompany';
import { contactNote } from './contactNote';
import { contactSegment } from './contactSegment';
import { contactSubscription } from './contactSubscription';
import { contactTag } from './contactTag';
import { contentSnippet } from './contentSnippet';
import { conversation } from './conversation';
import { customObject } from './customObject';
import { dataAttribute } from './dataAttribute';
import { dataEvent } from './dataEvent';
import { dataExport } from './dataExport';
import { delivery } from './delivery';
import { fin } from './fin';
import { helpCenter } from './helpCenter';
import { internalArticle } from './internalArticle';
import { job } from './job';
import { message } from './message';
import { messenger } from './messenger';
import { news } from './news';
import { note } from './note';
import { segment } from './segment';
import { subscriptionType } from './subscriptionType';
import { tag } from './tag';
import { team } from './team';
import { ticket } from './ticket';
import { ticketType } from './ticketType';
import { visitor } from './visitor';
import { workspaceSettings } from './workspaceSettings';
import type { Operation, ResourceDefinition } from './operation';

/**
 * Every resource of the Intercom node, under the value saved in users' workflows. The Resource and Operation
 * options, each field's display conditions, the router's dispatch and the node type all derive from this list:
 * a new resource is a folder and a line here.
 */
export const resources = {
	admin,
	aiContent,
	apiRequest,
	article,
	call,
	collection,
	company,
	companyNote,
	contact,
	contactCompany,
	contactNote,
	contactSegment,
	contactSubscription,
	contactTag,
	contentSnippet,
	conversation,
	customObject,
	dataAttribute,
	dataEvent,
	dataExport,
	delivery,
	fin,
	helpCenter,
	internalArticle,
	job,
	message,
	messenger,
	news,
	note,
	segment,
	subscriptionType,
	tag,
	team,
	ticket,
	ticketType,
	visitor,
	workspaceSettings,
};

type Resources = typeof resources;
export type ResourceName = keyof Resources;

/** Every valid resource and operation pair, as n8n's `AllEntities` would spell them. */
export type IntercomType = {
	[R in ResourceName]: { resource: R; operation: keyof Resources[R]['operations'] & string };
}[ResourceName];

const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name);

const resourceEntries = Object.entries(resources) as Array<[ResourceName, ResourceDefinition]>;

/** The operation the node's parameters name, or undefined when no resource offers it. */
export function findOperation(resource: string, operation: string): Operation | undefined {
	const definition = (resources as Record<string, ResourceDefinition | undefined>)[resource];
	return definition && Object.prototype.hasOwnProperty.call(definition.operations, operation)
		? definition.operations[operation]
		: undefined;
}

/** An operation as the editor names it: "Contact › Get Many". */
export function operationLabel(resource: string, operation: Operation): string {
	const definition = (resources as Record<string, ResourceDefinition | undefined>)[resource];
	return `${definition?.displayName ?? resource} › ${operation.option.name}`;
}

/** An operation in the dropdown; one that a newer API version brings says so. */
function operationOption(value: string, { option, since }: Operation): INodePropertyOptions {
	return {
		...option,
		value,
		...(since ? { description: `${option.description} (Intercom API ${since} or newer)` } : {}),
	};
}

/**
 * As an AI agent's tool, an operation's panel starts with what to tell the model about each field it may fill. n8n
 * gives the model each `$fromAI()` key (from the field's name) and description (the user's words), and runs the tool
 * with the node's own defaults, so these are shown, never set.
 */
function asTool(operation: Operation): INodeProperties[] {
	const { tool } = operation;
	if (!tool) return operation.description;
	const nameOf = (field: string) =>
		operation.description.find((property) => property.name === field)?.displayName ?? field;
	const items = Object.entries(tool.arguments).map(
		([field, description]) => `<li>${nameOf(field)}: ${description}</li>`,
	);
	const notice: INodeProperties = {
		displayName: `${tool.setUp ? `${tool.setUp}. ` : ''}For each field the model fills, click Let the model define this parameter (✨) beside it and describe the value, for example:<ul>${items.join('')}</ul>`,
		name: 'toolNotice',
		type: 'notice',
		default: '',
	};
	return [notice, ...operation.description];
}

function describeResource(
	name: ResourceName,
	definition: ResourceDefinition,
	forTool: boolean,
): INodeProperties[] {
	const { defaultOperation } = definition;
	const operations = Object.entries(definition.operations).map(([value, operation]) => {
		return { value, operation: forTool ? { ...operation, description: asTool(operation) } : operation };
	});
	return [
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [name] } },
			options: operations.map(({ value, operation }) => operationOption(value, operation)).sort(byName),
			default: defaultOperation,
		},
		...operations.flatMap(({ value, operation }) =>
			updateDisplayOptions({ show: { resource: [name], operation: [value] } }, [
				...(operation.since ? [versionNotice(operation.since)] : []),
				...operation.description,
			]),
		),
	];
}

/** Said in the panel of an operation a newer API version brings: the credential decides whether it runs. */
function versionNotice(since: string): INodeProperties {
	return {
		displayName: `Intercom added this operation in API ${since}: the credential's API Version must be ${since} or newer`,
		name: 'apiVersionNotice',
		type: 'notice',
		default: '',
	};
}

/** The Resource parameter, then each resource's Operation parameter and its operations' fields. */
function describeResources(forTool: boolean): INodeProperties[] {
	return [
		resourceProperty,
		...resourceEntries.flatMap(([name, definition]) => describeResource(name, definition, forTool)),
	];
}

const resourceProperty: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: resourceEntries
		.map(([value, definition]) => ({ name: definition.displayName, value }))
		.sort(byName),
	default: 'contact',
};

export const resourceProperties = describeResources(false);

/** The same, as the AI agent's tool shows them: actions written for the model, the model's fields as `$fromAI()`. */
export const toolResourceProperties = describeResources(true);

/**
 * The node's subtitle on the canvas: the chosen operation's action ("Add a tag to a contact"). An n8n expression
 * cannot import code, so the table is spelled into it.
 */
export const operationSubtitle = `={{ (${JSON.stringify(
	Object.fromEntries(
		resourceEntries.flatMap(([name, definition]) =>
			Object.entries(definition.operations).map(([value, operation]) => [
				`${name}:${value}`,
				operation.option.action,
			]),
		),
	),
)})[$parameter["resource"] + ":" + $parameter["operation"]] }}`;
