// Look-ahead over a resolve info: which fields of which object does the query ask for?
// Handles fragments (named and inline), aliases (merged by field name: the default resolver reads
// by name) and @skip/@include.
import {
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
  type DirectiveNode,
  valueFromASTUntyped,
} from 'graphql';

/** field name -> its merged sub-selection (empty for leaves) */
export interface SelectionTree {
  fields: Map<string, SelectionTree>;
}

type Vars = Record<string, unknown>;

function isIncluded(directives: readonly DirectiveNode[] | undefined, vars: Vars): boolean {
  if (!directives?.length) return true;
  for (const d of directives) {
    const name = d.name.value;
    if (name !== 'skip' && name !== 'include') continue;
    const arg = d.arguments?.find((a) => a.name.value === 'if');
    const value = arg ? Boolean(valueFromASTUntyped(arg.value, vars)) : false;
    if (name === 'skip' && value) return false;
    if (name === 'include' && !value) return false;
  }
  return true;
}

function collect(set: SelectionSetNode | undefined, tree: SelectionTree, fragments: Record<string, FragmentDefinitionNode>, vars: Vars): void {
  if (!set) return;
  for (const sel of set.selections) {
    if (!isIncluded(sel.directives, vars)) continue;
    if (sel.kind === Kind.FIELD) {
      const name = sel.name.value;
      let child = tree.fields.get(name);
      if (!child) tree.fields.set(name, (child = { fields: new Map() }));
      collect(sel.selectionSet, child, fragments, vars);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      // Our planned types are object types, so every type condition that reaches here matches.
      collect(sel.selectionSet, tree, fragments, vars);
    } else {
      const fragment = fragments[sel.name.value];
      if (fragment) collect(fragment.selectionSet, tree, fragments, vars);
    }
  }
}

export function selectionOf(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'variableValues'>): SelectionTree {
  const tree: SelectionTree = { fields: new Map() };
  for (const node of info.fieldNodes as FieldNode[]) collect(node.selectionSet, tree, info.fragments, info.variableValues);
  return tree;
}

/** True when @skip/@include under this field depend on variables (then a plan cannot be cached by node alone). */
export function hasVariableDirectives(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): boolean {
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): boolean => {
    if (!set) return false;
    for (const sel of set.selections) {
      if (sel.directives?.some((d) => d.arguments?.some((a) => a.value.kind === Kind.VARIABLE))) return true;
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        if (seen.has(sel.name.value)) continue;
        seen.add(sel.name.value);
        if (walk(info.fragments[sel.name.value]?.selectionSet)) return true;
      } else if (walk(sel.selectionSet)) return true;
    }
    return false;
  };
  return info.fieldNodes.some((n) => walk(n.selectionSet));
}
