// Builds ParamInfo: the one place that decides a parameter's kind (value, callback object, listener function).
import type { ParamInfo, TypeRef } from './manifest';
import { isFunctionRef, isMapRef, stripNullish } from './type-ref';
import { typeText } from './type-text';

export interface ParamSource {
  name: string;
  ref: TypeRef;
  optional: boolean;
  default?: string;
  doc?: string;
}

export function makeParam(src: ParamSource, callbackNames: ReadonlySet<string>): ParamInfo {
  const core = stripNullish(src.ref);
  const kind = isFunctionRef(src.ref)
    ? 'listener'
    : core.kind === 'ref' && callbackNames.has(core.name)
      ? 'callback'
      : 'value';
  const param: ParamInfo = {
    name: src.name,
    type: typeText(src.ref),
    ref: src.ref,
    optional: src.optional,
    kind,
    isMap: isMapRef(src.ref),
  };
  if (src.default !== undefined) param.default = src.default;
  if (src.doc) param.doc = src.doc;
  return param;
}
