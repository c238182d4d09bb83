// One walk over a parsed document, once per document (Apollo and our WebSocket path cache
// documents per query text, and the result is kept in a WeakMap beside them): what each
// operation asks for (aliases, depth, directives) and its cost as a small tree, so a request
// only compares numbers — or, when a page size is a variable, sums a few nodes.
import {
  getNamedType,
  getNullableType,
  isListType,
  isCompositeType,
  isObjectType,
  isInterfaceType,
  Kind,
  Lexer,
  Source,
  TokenKind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { FIELD_WEIGHTS, LIST_SIZE } from './weights.js';

/** How many items a field's children are counted for: a constant, or a variable with its fallback. */
type Multiplier = number | { variable: string; fallback: number; max: number };

/** A selected field: its own weight, and its children counted `multiplier` times. Shared between spreads of one fragment. */
export interface CostNode {
  weight: number;
  multiplier: Multiplier;
  children: CostNode[];
  /** Response name (alias or field name): where the field's value sits in the result. */
  key: string;
  /** Takes `first` (a connection or a paged list): its items are under `edges`/`nodes`, or it is the list. */
  paged: boolean;
}

export interface OperationShape {
  aliases: number;
  duplicates: number;
  depth: number;
  directives: number;
  /** The root fields' cost nodes. */
  roots: CostNode[];
  /** Set when no page size depends on a variable: the cost, computed once. */
  constantCost?: number;
}

export interface DocumentShape {
  tokens: number;
  /** By operation name ('' for an anonymous operation). */
  operations: Map<string, OperationShape>;
}

interface Part {
  aliases: number;
  /** Fields that repeat a response name in their selection set (graphql-js compares every such pair while validating). */
  duplicates: number;
  /** Response names selected directly here (fragments inlined). */
  names: string[];
  depth: number;
  directives: number;
  nodes: CostNode[];
  variable: boolean;
}

export function countTokens(document: DocumentNode): number {
  const body = document.loc?.source.body;
  if (body === undefined) return 0;
  const lexer = new Lexer(new Source(body));
  let n = 0;
  while (lexer.advance().kind !== TokenKind.EOF) n++;
  return n;
}

// A page size over the server's maximum is counted as the maximum: the resolver refuses it with
// BAD_USER_INPUT naming `first`, which says more than a cost refusal would.
function multiplierOf(arg: ValueNode | undefined, fallback: number, max: number): Multiplier {
  if (!arg) return fallback;
  if (arg.kind === Kind.INT) return Math.min(Number(arg.value), max);
  if (arg.kind === Kind.VARIABLE) return { variable: arg.name.value, fallback, max };
  return fallback;
}

export function analyzeDocument(schema: GraphQLSchema, document: DocumentNode, maxPageSize = Infinity): DocumentShape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  // A fragment is walked once per (name, whether its parent is paged), however often it is spread.
  const fragmentParts = new Map<string, Part>();

  const empty = (): Part => ({ aliases: 0, duplicates: 0, names: [], depth: 0, directives: 0, nodes: [], variable: false });
  // `fieldSet`: the selection set of a field or operation (where same-named fields are merged),
  // not the body of a fragment, whose names merge into the set it is spread in.
  const walk = (set: SelectionSetNode, parent: GraphQLNamedType | undefined, pagedParent: boolean, fieldSet: boolean): Part => {
    const part = empty();
    const add = (p: Part, depthOffset: number, names: boolean) => {
      part.aliases += p.aliases;
      part.duplicates += p.duplicates;
      if (names) part.names.push(...p.names);
      part.directives += p.directives;
      part.depth = Math.max(part.depth, p.depth + depthOffset);
      part.nodes.push(...p.nodes);
      part.variable ||= p.variable;
    };
    for (const sel of set.selections) {
      part.directives += sel.directives?.length ?? 0;
      if (sel.kind === Kind.FIELD) {
        if (sel.alias) part.aliases++;
        const name = sel.name.value;
        part.names.push(sel.alias?.value ?? name);
        const field: GraphQLField<unknown, unknown> | undefined =
          parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;
        const weight = name === '__typename' ? 0 : (FIELD_WEIGHTS[`${parent?.name}.${name}`] ?? 1);
        const type = field?.type;
        const firstArg = field?.args.find((a) => a.name === 'first');
        let multiplier: Multiplier = 1;
        if (firstArg) {
          const fallback = typeof firstArg.defaultValue === 'number' ? firstArg.defaultValue : LIST_SIZE;
          multiplier = multiplierOf(sel.arguments?.find((a) => a.name.value === 'first')?.value, fallback, maxPageSize);
        } else if (type && isListType(getNullableType(type)) && isCompositeType(getNamedType(type)) && !pagedParent) {
          multiplier = LIST_SIZE;
        }
        const node: CostNode = { weight, multiplier, children: [], key: sel.alias?.value ?? name, paged: !!firstArg };
        part.nodes.push(node);
        if (typeof multiplier === 'object') part.variable = true;
        if (sel.selectionSet) {
          const child = walk(sel.selectionSet, type ? getNamedType(type) : undefined, !!firstArg, true);
          node.children = child.nodes;
          add({ ...child, nodes: [] }, 1, false);
        } else part.depth = Math.max(part.depth, 1);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const on = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
        add(walk(sel.selectionSet, on ?? undefined, pagedParent, false), 0, true);
      } else {
        const key = `${sel.name.value}|${pagedParent}`;
        let p = fragmentParts.get(key);
        if (!p) {
          const fragment = fragments.get(sel.name.value);
          // Cycles and unknown fragments fail validation before we are asked; count nothing meanwhile.
          fragmentParts.set(key, empty());
          p = fragment ? walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? undefined, pagedParent, false) : undefined;
          if (p) p = { ...p, directives: p.directives + (fragment?.directives?.length ?? 0) };
          fragmentParts.set(key, (p ??= empty()));
        }
        add(p, 0, true);
      }
    }
    if (fieldSet) part.duplicates += part.names.length - new Set(part.names).size;
    return part;
  };

  const operations = new Map<string, OperationShape>();
  for (const d of document.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION) continue;
    const root = rootType(schema, d);
    const part = walk(d.selectionSet, root, false, true);
    const shape: OperationShape = { aliases: part.aliases, duplicates: part.duplicates, depth: part.depth, directives: part.directives + (d.directives?.length ?? 0), roots: part.nodes };
    if (!part.variable) shape.constantCost = sumCost(part.nodes, undefined, new Map());
    operations.set(d.name?.value ?? '', shape);
  }
  return { tokens: countTokens(document), operations };
}

function rootType(schema: GraphQLSchema, op: OperationDefinitionNode) {
  return (op.operation === 'query' ? schema.getQueryType() : op.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType()) ?? undefined;
}

function multiplierValue(m: Multiplier, variables: Record<string, unknown> | undefined): number {
  if (typeof m === 'number') return m;
  const v = variables?.[m.variable];
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.min(v, m.max) : m.fallback;
}

/**
 * The cost with the lists' real lengths (issue 17's `extensions.cost.actual`): a list's
 * multiplier becomes the number of items returned (`edges`/`nodes` of a connection, or the
 * list itself), along the path of single objects from the root; lists inside list items keep
 * their requested size (walking every item would cost what we are trying to bound). A value
 * that is not there (null, an error) keeps the requested count.
 */
export function actualCost(nodes: readonly CostNode[], variables: Record<string, unknown> | undefined, data: Record<string, unknown> | null | undefined): number {
  let total = 0;
  for (const node of nodes) {
    const value = data ? data[node.key] : undefined;
    if (!node.children.length) {
      total += node.weight;
      continue;
    }
    if (node.multiplier === 1 && !node.paged) {
      total += node.weight + (value && typeof value === 'object' && !Array.isArray(value) ? actualCost(node.children, variables, value as Record<string, unknown>) : sumCost(node.children, variables, new Map()));
      continue;
    }
    let count: number | undefined;
    if (Array.isArray(value)) count = value.length;
    else if (value && typeof value === 'object') {
      const v = value as { edges?: unknown; nodes?: unknown };
      if (Array.isArray(v.edges)) count = v.edges.length;
      else if (Array.isArray(v.nodes)) count = v.nodes.length;
    }
    const requested = multiplierValue(node.multiplier, variables);
    total += node.weight + Math.min(count ?? requested, requested) * sumCost(node.children, variables, new Map());
  }
  return total;
}

/** Sum of nodes; a node shared by several spreads is summed once per call (fragment bombs stay linear). */
export function sumCost(nodes: readonly CostNode[], variables: Record<string, unknown> | undefined, seen: Map<CostNode, number>): number {
  let total = 0;
  for (const node of nodes) {
    let c = seen.get(node);
    if (c === undefined) {
      c = node.weight + (node.children.length ? multiplierValue(node.multiplier, variables) * sumCost(node.children, variables, seen) : 0);
      seen.set(node, c);
    }
    total += c;
  }
  return total;
}
