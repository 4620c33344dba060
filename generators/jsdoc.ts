// Parses a JSDoc comment into documented facts. The spec encodes its rules as tags (@code, @limit,
// @listener), so this parser is strict about those: a malformed tag is a spec bug and throws with the reason.
import type { CodeFact, DocFacts, LimitFact } from './manifest';
import { emptyDocs } from './manifest';

export interface ParsedDoc {
  facts: DocFacts;
  /** `@param name text`, by parameter name. */
  params: Record<string, string>;
}

export class DocTagError extends Error {}

export function parseJsDoc(comment: string | undefined): ParsedDoc {
  const facts = emptyDocs();
  const params: Record<string, string> = {};
  if (!comment) return { facts, params };
  const { description, tags } = splitBlocks(comment);
  facts.summary = description;
  for (const { tag, text } of tags) {
    switch (tag) {
      case 'param': {
        const p = parseParamTag(text);
        if (p) params[p.name] = p.text;
        break;
      }
      case 'listener':
        facts.listeners.push(...parseListenerTag(text));
        break;
      case 'code':
        facts.codes.push(parseCodeTag(text));
        break;
      case 'limit':
        facts.limits.push(parseLimitTag(text));
        break;
      case 'deprecated':
        facts.deprecated = true;
        break;
      case 'since':
        if (text) facts.since = text.split(/\s+/)[0];
        break;
    }
  }
  return { facts, params };
}

function splitBlocks(comment: string): { description: string; tags: { tag: string; text: string }[] } {
  const lines = comment
    .replace(/^\/\*\*?/, '')
    .replace(/\*\/$/, '')
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*\*? ?/, ''));
  const description: string[] = [];
  const tags: { tag: string; lines: string[] }[] = [];
  for (const line of lines) {
    const m = /^\s*@(\w+)\s?(.*)$/.exec(line);
    if (m) tags.push({ tag: m[1], lines: [m[2]] });
    else if (tags.length) tags[tags.length - 1].lines.push(line);
    else description.push(line);
  }
  return {
    description: squash(description.join('\n')),
    tags: tags.map((t) => ({ tag: t.tag, text: squash(t.lines.join('\n')) })),
  };
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function parseParamTag(text: string): { name: string; text: string } | undefined {
  const m = /^(?:\{[^}]*\}\s*)?(\[[^\]]+\]|[\w$.]+)\s*(?:-\s*)?(.*)$/.exec(text);
  if (!m) return undefined;
  const name = m[1].replace(/^\[/, '').replace(/\]$/, '').split('=')[0].trim();
  return { name, text: m[2] };
}

function parseListenerTag(text: string): string[] {
  const names = text.split(/[\s,]+/).filter((t) => /^setOn\w+Listener$/.test(t));
  if (!names.length) throw new DocTagError(`@listener needs a setOn…Listener name, got "${text}"`);
  return names;
}

function parseCodeTag(text: string): CodeFact {
  const m = /^(-?\d+)\s+([A-Za-z_][\w]*)\s*(?:-\s*)?(.*)$/.exec(text);
  if (!m) throw new DocTagError(`@code must be "<number> <NAME> <when>", got "${text}"`);
  return { code: Number(m[1]), name: m[2], text: m[3] };
}

const NUM = '(-?\\d+(?:\\.\\d+)?)';
const INT = '(\\d+)';

function parseLimitTag(text: string): LimitFact {
  const m = /^(\S+)\s+(.*)$/.exec(text);
  if (!m) throw new DocTagError(`@limit must be "<param> <rule>", got "${text}"`);
  const param = m[1];
  const body = m[2];
  // The regex body may hold escaped slashes and slashes inside [...] classes.
  const pattern = /^pattern=\/((?:\\.|\[(?:\\.|[^\]\\])*\]|[^\\/[])*)\/([dgimsuy]*)(?=\s|$)/.exec(body);
  if (pattern) {
    const limit: LimitFact = { param, kind: 'pattern', pattern: pattern[1], text: rest(body, pattern[0]) };
    if (pattern[2]) limit.flags = pattern[2];
    checkRegex(limit);
    return limit;
  }
  const rule = /^\S+/.exec(body)![0];
  const text_ = rest(body, rule);
  let r: RegExpExecArray | null;
  if ((r = new RegExp(`^${NUM}\\.\\.${NUM}$`).exec(rule))) return range(param, 'range', +r[1], +r[2], text_);
  if ((r = new RegExp(`^length<=${INT}$`).exec(rule))) return { param, kind: 'length', max: +r[1], text: text_ };
  if ((r = new RegExp(`^length=${INT}\\.\\.${INT}$`).exec(rule))) return range(param, 'length', +r[1], +r[2], text_);
  if ((r = new RegExp(`^items<=${INT}$`).exec(rule))) return { param, kind: 'items', max: +r[1], text: text_ };
  if ((r = new RegExp(`^items=${INT}\\.\\.${INT}$`).exec(rule))) return range(param, 'items', +r[1], +r[2], text_);
  throw new DocTagError(
    `@limit ${param}: unknown rule "${rule}" (expected a..b, length<=N, length=a..b, items<=N or pattern=/re/)`,
  );
}

function range(param: string, kind: LimitFact['kind'], min: number, max: number, text: string): LimitFact {
  if (min > max) throw new DocTagError(`@limit ${param}: empty range ${min}..${max}`);
  return { param, kind, min, max, text };
}

function rest(body: string, consumed: string): string {
  return body.slice(consumed.length).trim().replace(/^-\s*/, '');
}

function checkRegex(limit: LimitFact): void {
  try {
    new RegExp(limit.pattern!, limit.flags);
  } catch (e) {
    throw new DocTagError(`@limit ${limit.param}: invalid pattern /${limit.pattern}/ (${(e as Error).message})`);
  }
}
