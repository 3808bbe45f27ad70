/**
 * What a model should be told about the fields it fills when the node is an AI agent's tool ("Intercom Full API
 * Tool"): by field name, a description of the value (what it is, its format, an example). The tool's panel lists
 * them for the user to give in n8n's "defined by the model" box (✨): a node cannot fill that box itself, and n8n
 * runs a tool with the node's own defaults, so they are suggestions, never defaults.
 */
export interface ToolUse {
	/** A setting the tool needs before the model can fill it, e.g. "Query Mode: Single Condition". */
	setUp?: string;
	arguments: Record<string, string>;
}

export const CONTACT_EMAIL = "The contact's email address, e.g. jane@example.com";
export const CONVERSATION_ID =
	"The conversation's Intercom ID: digits only, e.g. 123456789012345 (with the field's mode By ID)";
export const TICKET_ID =
	"The ticket's Intercom ID (not the number shown with #): digits only, e.g. 42 (with the field's mode By ID)";

/** The text of a reply or note; Intercom keeps simple HTML. */
export const messageText = (what: string) =>
	`${what}, as plain text or simple HTML (paragraphs <p>, links <a href>)`;
