export { intercomApiRequest, configureTransport } from './request';
export type { TransportSettings } from './request';
export {
	collectItems,
	cursorPage,
	cursorPages,
	filterPages,
	nextUrlPages,
	numberedPage,
	numberedPages,
	scrollPages,
	searchPage,
	searchPages,
	unpagedItems,
} from './paginate';
export type { Page } from './paginate';
export { credentialTypeOf, getConnection, sendsIdsAsStrings } from './connection';
export type { IntercomContext } from './context';
export { IntercomApiError } from './errors';
