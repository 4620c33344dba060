// Shapes of the generated contracts (`contracts/generated/<sdk>.ts`). The generated files import these with
// `import type`, so they stay a leaf; the generator's manifest reuses the doc-fact types so both agree.
import type { z } from 'zod';

/** A documented result code: `@code <number> <NAME> <when>`. */
export interface CodeFact {
  code: number;
  name: string;
  text: string;
}

/**
 * A documented limit: `@limit <param> <rule> [- text]`.
 * range: `a..b` (inclusive, on the value); length: `length<=N` / `length=a..b` (string length);
 * items: `items<=N` (array/map size); pattern: `pattern=/re/flags`.
 */
export interface LimitFact {
  param: string;
  kind: 'range' | 'length' | 'items' | 'pattern';
  min?: number;
  max?: number;
  pattern?: string;
  flags?: string;
  text: string;
}

export type ParamKind = 'value' | 'callback' | 'listener';

/** One parameter of a callback member, a listener function or an event payload field. */
export interface PayloadParamContract {
  name: string;
  type: string;
  optional: boolean;
  isMap: boolean;
  schema: z.ZodType;
}

export interface CallbackMemberContract {
  name: string;
  optional: boolean;
  params: PayloadParamContract[];
}

/** The callback interface a `kind: 'callback'` parameter takes, flattened (inherited members included). */
export interface CallbackContract {
  type: string;
  members: CallbackMemberContract[];
}

export interface ParamContract {
  name: string;
  type: string;
  optional: boolean;
  isMap: boolean;
  kind: ParamKind;
  /** Source text of the default value, when the parameter has one. */
  default?: string;
  /** The parameter's type; optionality is applied in `MethodContract.args`, not here. */
  schema: z.ZodType;
  callback?: CallbackContract;
}

export interface MethodContract {
  name: string;
  static: boolean;
  params: ParamContract[];
  /** All arguments as a tuple; optional parameters are optional tuple items. */
  args: z.ZodTuple;
  returns: string;
  /** Schema of the resolved value when `returns` is a Promise, else of the returned value. */
  result: z.ZodType;
  /** Listener setters (`setOn…Listener`) the documentation names for this method's outcome. */
  listeners: string[];
  codes: CodeFact[];
  limits: LimitFact[];
  deprecated: boolean;
  since?: string;
  summary: string;
}

export interface ListenerContract {
  setter: string;
  /** `'on' + setter name without setOn/Listener`; the native global event is `IRCIMIWListener:<event>`. */
  event: string;
  params: PayloadParamContract[];
  deprecated: boolean;
  since?: string;
  summary: string;
}

export interface NativeParamContract {
  name: string;
  type: string;
  optional: boolean;
  schema: z.ZodType;
}

export interface NativeMethodContract {
  name: string;
  params: NativeParamContract[];
  args: z.ZodTuple;
  /** True when the last native argument is the per-call `eventId`. */
  eventId: boolean;
  /** Per-call event names `<PascalCaseMethod>:<callback>`, in declaration order. */
  callEvents: string[];
  returns: string;
  result: z.ZodType;
}

/** Payload schema of a native event (always an object; extra keys such as iOS `type` are allowed). */
export type EventPayloadSchema = z.ZodObject<z.ZodRawShape, z.core.$loose>;
