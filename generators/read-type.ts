// Turns a ts-morph type annotation into a TypeRef. It reads the syntax (what the author wrote, so
// `RCIMIWMessage` stays a named reference); only unannotated declarations fall back to the checker.
import { Node, SyntaxKind, Type, TypeNode } from 'ts-morph';
import type { FieldRef, PrimitiveName, TypeRef } from './manifest';
import { makeUnion } from './type-ref';

/** Type parameters visible where the annotation sits. */
export type TypeScope = ReadonlySet<string>;

const KEYWORDS: Partial<Record<SyntaxKind, PrimitiveName>> = {
  [SyntaxKind.StringKeyword]: 'string',
  [SyntaxKind.NumberKeyword]: 'number',
  [SyntaxKind.BooleanKeyword]: 'boolean',
  [SyntaxKind.BigIntKeyword]: 'bigint',
  [SyntaxKind.SymbolKeyword]: 'symbol',
  [SyntaxKind.UndefinedKeyword]: 'undefined',
  [SyntaxKind.VoidKeyword]: 'void',
  [SyntaxKind.NeverKeyword]: 'never',
  [SyntaxKind.ObjectKeyword]: 'object',
};

export function readTypeNode(node: TypeNode, scope: TypeScope): TypeRef {
  const keyword = KEYWORDS[node.getKind()];
  if (keyword) return { kind: 'primitive', name: keyword };
  if (node.getKind() === SyntaxKind.AnyKeyword) return { kind: 'unknown', text: 'any' };
  if (node.getKind() === SyntaxKind.UnknownKeyword) return { kind: 'unknown', text: 'unknown' };
  if (Node.isLiteralTypeNode(node)) return readLiteral(node);
  if (Node.isParenthesizedTypeNode(node)) return readTypeNode(node.getTypeNode(), scope);
  if (Node.isArrayTypeNode(node)) return { kind: 'array', element: readTypeNode(node.getElementTypeNode(), scope) };
  if (Node.isTypeOperatorTypeNode(node) && node.getOperator() === SyntaxKind.ReadonlyKeyword) {
    return readTypeNode(node.getTypeNode(), scope);
  }
  if (Node.isTypeOperatorTypeNode(node) && node.getOperator() === SyntaxKind.KeyOfKeyword) {
    // `keyof Events` is the union of the event names: let the checker list them.
    return readCheckerType(node.getType());
  }
  if (Node.isUnionTypeNode(node)) return makeUnion(node.getTypeNodes().map((t) => readTypeNode(t, scope)));
  if (Node.isTupleTypeNode(node)) return readTuple(node, scope);
  if (Node.isFunctionTypeNode(node)) {
    return {
      kind: 'function',
      params: node.getParameters().map((p) => ({
        name: p.getName(),
        optional: p.isOptional(),
        type: annotationOf(p, scope),
      })),
      returns: readTypeNode(node.getReturnTypeNodeOrThrow(), scope),
    };
  }
  if (Node.isTypeLiteral(node)) return readTypeLiteral(node, scope);
  if (Node.isTypeReference(node)) return readReference(node, scope);
  return { kind: 'unknown', text: squash(node.getText()) };
}

/** The declared type of a parameter, property or signature; the checker's view when nothing is written. */
export function annotationOf(decl: Node, scope: TypeScope): TypeRef {
  const typeNode = (decl as Partial<{ getTypeNode(): TypeNode | undefined }>).getTypeNode?.();
  if (typeNode) return readTypeNode(typeNode, scope);
  return readCheckerType(decl.getType());
}

export function returnOf(decl: Node, scope: TypeScope): TypeRef {
  const typeNode = (decl as Partial<{ getReturnTypeNode(): TypeNode | undefined }>).getReturnTypeNode?.();
  if (typeNode) return readTypeNode(typeNode, scope);
  const sig = decl.getType().getCallSignatures()[0];
  return sig ? readCheckerType(sig.getReturnType()) : { kind: 'unknown', text: 'unknown' };
}

function readLiteral(node: Node & { getLiteral(): Node }): TypeRef {
  const lit = node.getLiteral();
  if (Node.isStringLiteral(lit) || Node.isNoSubstitutionTemplateLiteral(lit)) {
    return { kind: 'literal', value: lit.getLiteralValue() };
  }
  if (Node.isNumericLiteral(lit)) return { kind: 'literal', value: lit.getLiteralValue() };
  if (lit.getKind() === SyntaxKind.TrueKeyword) return { kind: 'literal', value: true };
  if (lit.getKind() === SyntaxKind.FalseKeyword) return { kind: 'literal', value: false };
  if (lit.getKind() === SyntaxKind.NullKeyword) return { kind: 'primitive', name: 'null' };
  if (Node.isPrefixUnaryExpression(lit) && Number.isFinite(Number(lit.getText().replace(/\s/g, '')))) {
    return { kind: 'literal', value: Number(lit.getText().replace(/\s/g, '')) };
  }
  return { kind: 'unknown', text: squash(node.getText()) };
}

function readTuple(node: Node, scope: TypeScope): TypeRef {
  const elements = (node as unknown as { getElements(): TypeNode[] }).getElements().map((el) => {
    if (Node.isNamedTupleMember(el)) {
      return { type: readTypeNode(el.getTypeNode(), scope), optional: el.hasQuestionToken() };
    }
    if (el.getKind() === SyntaxKind.OptionalType) {
      return { type: readTypeNode((el as unknown as { getTypeNode(): TypeNode }).getTypeNode(), scope), optional: true };
    }
    return { type: readTypeNode(el, scope), optional: false };
  });
  return { kind: 'tuple', elements };
}

function readTypeLiteral(node: Node, scope: TypeScope): TypeRef {
  if (!Node.isTypeLiteral(node)) return { kind: 'unknown', text: squash(node.getText()) };
  const fields: FieldRef[] = [];
  for (const member of node.getMembers()) {
    if (Node.isPropertySignature(member)) {
      fields.push({ name: memberName(member), optional: member.hasQuestionToken(), type: annotationOf(member, scope) });
    } else if (Node.isMethodSignature(member)) {
      fields.push({ name: memberName(member), optional: member.hasQuestionToken(), type: signatureType(member, scope) });
    }
  }
  const index = node.getIndexSignatures();
  if (fields.length === 0 && index.length === 1) {
    return {
      kind: 'record',
      key: readTypeNode(index[0].getKeyTypeNode(), scope),
      value: readTypeNode(index[0].getReturnTypeNodeOrThrow(), scope),
    };
  }
  if (index.length) return { kind: 'unknown', text: squash(node.getText()) };
  return { kind: 'object', fields };
}

/** A method signature as a function type (callback members, object-literal methods). */
export function signatureType(
  member: Node & { getParameters(): Node[] },
  scope: TypeScope,
): Extract<TypeRef, { kind: 'function' }> {
  return {
    kind: 'function',
    params: member.getParameters().map((p) => ({
      name: (p as unknown as { getName(): string }).getName(),
      optional: (p as unknown as { isOptional(): boolean }).isOptional(),
      type: annotationOf(p, scope),
    })),
    returns: returnOf(member, scope),
  };
}

/** Property names as written, without quotes (`'Connect:onConnected'` -> `Connect:onConnected`). */
export function memberName(member: Node & { getName(): string }): string {
  const nameNode = (member as unknown as { getNameNode(): Node }).getNameNode();
  if (Node.isStringLiteral(nameNode) || Node.isNoSubstitutionTemplateLiteral(nameNode)) {
    return nameNode.getLiteralValue();
  }
  return member.getName();
}

const GENERIC_ONE: Record<string, (arg: TypeRef) => TypeRef> = {
  Array: (element) => ({ kind: 'array', element }),
  ReadonlyArray: (element) => ({ kind: 'array', element }),
  Promise: (value) => ({ kind: 'promise', value }),
};

function readReference(node: Node, scope: TypeScope): TypeRef {
  if (!Node.isTypeReference(node)) return { kind: 'unknown', text: squash(node.getText()) };
  const typeName = node.getTypeName();
  const written = typeName.getText();
  const args = node.getTypeArguments().map((a) => readTypeNode(a, scope));
  if (Node.isIdentifier(typeName) && scope.has(written) && args.length === 0) return { kind: 'typeParam', name: written };
  if (Node.isQualifiedName(typeName)) {
    const member = enumMemberLiteral(node);
    if (member) return member;
  }
  const name = declaredName(typeName) ?? written.split('.').pop()!;
  if (args.length === 1 && GENERIC_ONE[name]) return GENERIC_ONE[name](args[0]);
  if (args.length === 2 && (name === 'Map' || name === 'ReadonlyMap')) return { kind: 'map', key: args[0], value: args[1] };
  if (args.length === 2 && name === 'Record') return { kind: 'record', key: args[0], value: args[1] };
  return { kind: 'ref', name, args };
}

/** `Enum.MEMBER` used as a type is the member's literal value. */
function enumMemberLiteral(node: Node): TypeRef | undefined {
  const type = node.getType();
  if (!type.isEnumLiteral()) return undefined;
  const value = type.getLiteralValue();
  return typeof value === 'number' || typeof value === 'string' ? { kind: 'literal', value } : undefined;
}

/** Follows import aliases (`import { A as B }`) to the name the type is declared with. */
function declaredName(typeName: Node): string | undefined {
  const right = Node.isQualifiedName(typeName) ? typeName.getRight() : typeName;
  let symbol = right.getSymbol();
  if (symbol?.isAlias()) symbol = symbol.getAliasedSymbol() ?? symbol;
  const name = symbol?.getName();
  return name && name !== 'unknown' && name !== '__type' && !name.startsWith('"') ? name : undefined;
}

/** Best-effort conversion of a checker type, for declarations written without an annotation. */
export function readCheckerType(type: Type): TypeRef {
  if (type.isAny()) return { kind: 'unknown', text: 'any' };
  if (type.isUnknown()) return { kind: 'unknown', text: 'unknown' };
  if (type.isString()) return { kind: 'primitive', name: 'string' };
  if (type.isNumber()) return { kind: 'primitive', name: 'number' };
  if (type.isBoolean()) return { kind: 'primitive', name: 'boolean' };
  if (type.isUndefined()) return { kind: 'primitive', name: 'undefined' };
  if (type.isNull()) return { kind: 'primitive', name: 'null' };
  if (type.isVoid()) return { kind: 'primitive', name: 'void' };
  if (type.isStringLiteral() || type.isNumberLiteral()) {
    return { kind: 'literal', value: type.getLiteralValue() as string | number };
  }
  if (type.isBooleanLiteral()) return { kind: 'literal', value: type.getText() === 'true' };
  if (type.isArray()) return { kind: 'array', element: readCheckerType(type.getArrayElementTypeOrThrow()) };
  if (type.isUnion()) return makeUnion(type.getUnionTypes().map(readCheckerType));
  const symbol = type.getAliasSymbol() ?? type.getSymbol();
  const name = symbol?.getName();
  const args = type.getTypeArguments().map(readCheckerType);
  if (name === 'Promise' && args.length === 1) return { kind: 'promise', value: args[0] };
  if (name === 'Map' && args.length === 2) return { kind: 'map', key: args[0], value: args[1] };
  if (type.isEnum() || type.isInterface() || type.isClass()) return { kind: 'ref', name: name!, args };
  if (type.isAnonymous() && type.getCallSignatures().length === 0 && type.getProperties().length === 0) {
    return { kind: 'object', fields: [] };
  }
  return { kind: 'unknown', text: squash(type.getText()) };
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
