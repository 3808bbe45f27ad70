export { intercomApiRequest, configureTransport } from './request';
export type { TransportSettings } from './request';
export {
	collectItems,
	cursorPages,
	filterPages,
	MAX_NUMBERED_PAGE,
	numberedPages,
	scrollPages,
	searchPages,
	unpagedItems,
} from './paginate';
export { credentialTypeOf, getConnection, sendsIdsAsStrings } from './connection';
export type { IntercomContext } from './context';
export { IntercomApiError } from './errors';
