/**
 * `imsim/server-api`: RongCloud's Server API over msw, backed by a world's cloud, for testing the app
 * server (or any code that calls the Server API) against the same world the simulated phones use.
 *
 *   const server = setupServer(...createServerApiHandlers(getWorld));
 */
export { createServerApiHandlers, serverApiEndpoints, DEFAULT_BASE_URL, type ServerApiOptions } from './handlers';
export { serverApiSignature, serverApiHeaders } from './auth';
export { ServerApiCode } from './codes';
export { messageFromServerApi, type ContentOptions } from './content';
