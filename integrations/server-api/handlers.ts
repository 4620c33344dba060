/**
 * msw (v2) handlers that answer RongCloud's Server API from a world's cloud: every request is signed and
 * form-encoded, every answer is JSON with `code` (200 on success).
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { World } from '../../simulator/index';
import { checkSignature } from './auth';
import { httpStatusOf, ServerApiCode, ServerApiError } from './codes';
import { chatroomEndpoints } from './endpoints/chatroom';
import { groupEndpoints } from './endpoints/group';
import { messageEndpoints } from './endpoints/message';
import type { Endpoint } from './endpoints/types';
import { userEndpoints } from './endpoints/user';
import { readForm } from './form';

export interface ServerApiOptions {
  /** Where the backend under test sends its requests (default RongCloud's global API host). */
  baseUrl?: string;
}

export const DEFAULT_BASE_URL = 'https://api.rong-api.com';

export const serverApiEndpoints: Readonly<Record<string, Endpoint>> = {
  ...userEndpoints,
  ...groupEndpoints,
  ...chatroomEndpoints,
  ...messageEndpoints,
};

/**
 * The handlers for `setupServer(...)`. `world` may be a function, read at each request, so one msw server
 * serves the fresh world of each test: `createServerApiHandlers(getWorld)`.
 */
export function createServerApiHandlers(world: World | (() => World), options: ServerApiOptions = {}): HttpHandler[] {
  const worldNow = typeof world === 'function' ? world : () => world;
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const handlers = Object.entries(serverApiEndpoints).map(([path, endpoint]) =>
    http.post(`${baseUrl}${path}`, async ({ request }) => answer(worldNow(), request, endpoint)),
  );
  // Anything else under the API host is answered too, so a typo never reaches the real service.
  handlers.push(
    http.all(`${baseUrl}/*`, ({ request }) =>
      reply(ServerApiCode.NOT_FOUND, { errorMessage: `imsim: ${request.method} ${new URL(request.url).pathname} is not a simulated Server API call` }),
    ),
  );
  return handlers;
}

async function answer(world: World, request: Request, endpoint: Endpoint): Promise<Response> {
  try {
    checkSignature(request.headers, world);
    const form = await readForm(request);
    return reply(ServerApiCode.OK, endpoint(world, form));
  } catch (error) {
    if (error instanceof ServerApiError) return reply(error.code, { errorMessage: error.message });
    return reply(ServerApiCode.INTERNAL_ERROR, { errorMessage: error instanceof Error ? error.message : String(error) });
  }
}

function reply(code: number, fields: Record<string, unknown>): Response {
  return HttpResponse.json({ code, ...fields }, { status: httpStatusOf(code) });
}
