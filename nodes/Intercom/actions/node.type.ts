import type { AllEntities } from 'n8n-workflow';

type NodeMap = {
	contact:
		| 'create'
		| 'get'
		| 'update'
		| 'upsert'
		| 'delete'
		| 'archive'
		| 'unarchive'
		| 'merge'
		| 'getAll'
		| 'search'
		| 'addTag'
		| 'removeTag'
		| 'getTags'
		| 'addNote'
		| 'getNotes'
		| 'attachCompany'
		| 'detachCompany'
		| 'getCompanies'
		| 'getSegments'
		| 'getSubscriptions'
		| 'optIn'
		| 'optOut';
	company: 'upsert' | 'get' | 'getAll' | 'delete' | 'getContacts' | 'addTag' | 'removeTag' | 'getSegments';
};

export type IntercomType = AllEntities<NodeMap>;
