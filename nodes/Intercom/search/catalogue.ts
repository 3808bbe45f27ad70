import type { Intercom } from 'intercom-client';

/** `ids`: a list of ids the record has (a contact's tags, a conversation's contacts), matched by membership. */
export type FieldType = 'string' | 'integer' | 'boolean' | 'date' | 'ids';

export type SearchOperator = Intercom.SingleFilterSearchRequest.Operator;

export interface SearchField {
	/** What the field picker shows; the API name is its hint. */
	label: string;
	type: FieldType;
}

/** What a resource's search accepts: its standard fields, and the picker that adds the workspace's custom ones. */
export interface SearchCatalogue {
	/** How the searched records are called in messages and descriptions: "contacts". */
	records: string;
	/** The data-attribute model whose custom attributes the search takes; none for tickets. */
	model?: 'contact' | 'company' | 'conversation';
	/** Standard fields by their API name. */
	fields: Record<string, SearchField>;
	/** The operators this search accepts on each type of field: they differ between contacts and conversations. */
	operators: Record<FieldType, SearchOperator[]>;
	/** The loadOptions method listing the fields, custom attributes included. */
	fieldsMethod: string;
	/** The `query` object offered in JSON mode. */
	jsonExample: object;
	/** A few standard fields, named to a user or a model typing a field: "email, name, external_id…". */
	fieldExamples: string;
	fieldExample: string;
	/** The Conditions (Text) placeholder: two groups of two conditions. */
	textExample: string;
}
