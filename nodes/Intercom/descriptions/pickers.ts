import type { INodeProperties } from 'n8n-workflow';

const pickFromList =
	'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>';

export const tagIdField: INodeProperties = {
	displayName: 'Tag Name or ID',
	name: 'tagId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getTags' },
	default: '',
	required: true,
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

/** Companies are tagged by tag name: the picker's values are names, not ids. */
export const tagNameField: INodeProperties = {
	displayName: 'Tag Name or ID',
	name: 'tagName',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getTagNames' },
	default: '',
	required: true,
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	hint: 'Companies are tagged by tag name: an expression gives the name, not the ID',
};

/**
 * A teammate from the workspace's admins. With `tokenOwnerFirst` the list starts with "The Token's Own Admin" (the
 * empty value, read as the token's owner), so no admin id is ever hard-coded in a workflow.
 */
export function adminPicker({
	displayName,
	name = 'adminId',
	purpose,
	required = false,
	tokenOwnerFirst = false,
}: {
	displayName: string;
	name?: string;
	purpose?: string;
	required?: boolean;
	tokenOwnerFirst?: boolean;
}): INodeProperties {
	return {
		displayName: `${displayName} Name or ID`,
		name,
		type: 'options',
		typeOptions: { loadOptionsMethod: tokenOwnerFirst ? 'getActingAdmins' : 'getAdmins' },
		default: '',
		...(required ? { required } : {}),
		description: purpose ? `${purpose}. ${pickFromList}.` : pickFromList,
	};
}

/** The admin Intercom records as acting (replies, notes, assignments, tags, state changes); the token's by default. */
export const actingAdminField = adminPicker({
	displayName: 'Acting Admin',
	purpose: 'The teammate Intercom shows as doing this',
	tokenOwnerFirst: true,
});

export const subscriptionTypeField: INodeProperties = {
	displayName: 'Subscription Type Name or ID',
	name: 'subscriptionTypeId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getSubscriptionTypes' },
	default: '',
	required: true,
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};
