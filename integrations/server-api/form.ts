/** Form-encoded request bodies, read the way the Server API reads them: repeated keys for lists. */
import { ServerApiCode, ServerApiError } from './codes';

const FORM = 'application/x-www-form-urlencoded';

export async function readForm(request: Request): Promise<Form> {
  const text = await request.text();
  if (text.length === 0) throw new ServerApiError(ServerApiCode.NO_POST_DATA, 'no POST data');
  const type = request.headers.get('Content-Type') ?? '';
  if (!type.toLowerCase().startsWith(FORM)) throw new ServerApiError(ServerApiCode.PARAMETER_ERROR, `Content-Type must be ${FORM}, got ${JSON.stringify(type)}`);
  return new Form(new URLSearchParams(text));
}

export class Form {
  constructor(readonly params: URLSearchParams) {}

  required(name: string, maxLength?: number): string {
    const value = this.optional(name, maxLength);
    if (value === undefined) throw new ServerApiError(ServerApiCode.PARAMETER_ERROR, `${name} is required`);
    return value;
  }

  optional(name: string, maxLength?: number): string | undefined {
    const value = this.params.get(name);
    if (value === null || value === '') return undefined;
    checkLength(name, value, maxLength);
    return value;
  }

  /** A repeated key (`toUserId=a&toUserId=b`): between `min` and `max` non-empty values. */
  list(name: string, options: { min?: number; max: number; maxLength?: number }): string[] {
    const values = this.params.getAll(name).filter((v) => v !== '');
    const min = options.min ?? 1;
    if (values.length < min) throw new ServerApiError(ServerApiCode.PARAMETER_ERROR, `${name} is required`);
    if (values.length > options.max) throw new ServerApiError(ServerApiCode.PARAMETER_ERROR, `${name}: at most ${options.max} values, got ${values.length}`);
    for (const value of values) checkLength(name, value, options.maxLength);
    return values;
  }

  /** An integer within bounds; `fallback` when absent (required when no fallback). */
  int(name: string, min: number, max: number, fallback?: number): number {
    const raw = this.params.get(name);
    if (raw === null || raw === '') {
      if (fallback === undefined) throw new ServerApiError(ServerApiCode.PARAMETER_ERROR, `${name} is required`);
      return fallback;
    }
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new ServerApiError(ServerApiCode.PARAMETER_ERROR, `${name} must be an integer from ${min} to ${max}, got ${JSON.stringify(raw)}`);
    }
    return value;
  }

  /** A 0/1 switch. */
  flag(name: string, fallback: boolean): boolean {
    return this.int(name, 0, 1, fallback ? 1 : 0) === 1;
  }

  /** Keys of the form `prefix[id]` (the chatroom create call), in order. */
  indexed(prefix: string): Array<[string, string]> {
    const out: Array<[string, string]> = [];
    for (const [key, value] of this.params) {
      const match = key.startsWith(`${prefix}[`) && key.endsWith(']') ? key.slice(prefix.length + 1, -1) : null;
      if (match !== null) out.push([match, value]);
    }
    return out;
  }
}

function checkLength(name: string, value: string, maxLength: number | undefined): void {
  if (maxLength !== undefined && value.length > maxLength) {
    throw new ServerApiError(ServerApiCode.PARAMETER_TOO_LONG, `${name} is longer than ${maxLength} characters`);
  }
}
