import type { World } from '../../../simulator/index';
import type { Form } from '../form';

/** One Server API path: reads its form, acts on the world, returns the answer's fields besides `code: 200`. */
export type Endpoint = (world: World, form: Form) => Record<string, unknown>;

/** User, group and chatroom ids: at most 64 characters. */
export const ID_MAX = 64;
