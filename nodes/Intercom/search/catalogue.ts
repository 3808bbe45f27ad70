export type FieldType = 'string' | 'integer' | 'boolean' | 'date' | 'tag';

export interface SearchField {
	/** What the field picker shows; the API name is its hint. */
	label: string;
	type: FieldType;
}

/** What a resource's search accepts: its standard fields, and the picker that adds the workspace's custom ones. */
export interface SearchCatalogue {
	/** How the searched records are called in messages and descriptions: "contacts". */
	records: string;
	/** The data-attribute model whose custom attributes the search takes. */
	model: 'contact' | 'company' | 'conversation';
	/** Standard fields by their API name. */
	fields: Record<string, SearchField>;
	/** The loadOptions method listing the fields, custom attributes included. */
	fieldsMethod: string;
	/** The `query` object offered in JSON mode. */
	jsonExample: object;
}
