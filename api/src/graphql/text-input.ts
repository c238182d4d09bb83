// PostgreSQL cannot store every JavaScript string: a NUL character is refused in text and jsonb,
// and a lone UTF-16 surrogate has no UTF-8 form. Such a string reached the database and came back
// as INTERNAL with a stack in the log. Every string a request carries — in its variables (keys of
// JSON objects too) or as a literal in the document — is checked here, before anything runs, and
// refused with BAD_USER_INPUT naming the field (`extensions.field`, e.g. `input.displayName`).
import { GraphQLError, Kind, visit, type ArgumentNode, type DocumentNode, type ValueNode } from 'graphql';
import { ErrorCode, requestError } from '../errors.js';

// A NUL, a high surrogate not followed by a low one, or a low one not preceded by a high one.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const storable = (s: string) => !UNSTORABLE.test(s);

interface DocumentText {
  /** Path of the first literal string that cannot be stored. */
  badLiteral?: string;
  /** Variable name -> the argument path it is passed as (first use), to name fields as the schema does. */
  variablePaths: Map<string, string>;
}

const documents = new WeakMap<DocumentNode, DocumentText>();

function scanDocument(document: DocumentNode): DocumentText {
  let found = documents.get(document);
  if (found) return found;
  const text: DocumentText = { variablePaths: new Map() };
  const walkValue = (value: ValueNode, path: string) => {
    if (value.kind === Kind.STRING) {
      if (!text.badLiteral && !storable(value.value)) text.badLiteral = path;
    } else if (value.kind === Kind.VARIABLE) {
      if (!text.variablePaths.has(value.name.value)) text.variablePaths.set(value.name.value, path);
    } else if (value.kind === Kind.LIST) value.values.forEach((v, i) => walkValue(v, `${path}[${i}]`));
    else if (value.kind === Kind.OBJECT) for (const f of value.fields) walkValue(f.value, `${path}.${f.name.value}`);
  };
  visit(document, {
    Argument(node: ArgumentNode) {
      walkValue(node.value, node.name.value);
      return false;
    },
    VariableDefinition(node) {
      if (node.defaultValue) walkValue(node.defaultValue, node.variable.name.value);
      return false;
    },
  });
  documents.set(document, (found = text));
  return found;
}

/** Path of the first unstorable string in a JSON value (object keys included), or undefined. */
function badJsonPath(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return storable(value) ? undefined : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = badJsonPath(value[i], `${path}[${i}]`);
      if (bad) return bad;
    }
  } else if (value && typeof value === 'object') {
    for (const key in value) {
      if (!storable(key)) return `${path}.${key.replace(UNSTORABLE, '?')}`;
      const bad = badJsonPath((value as Record<string, unknown>)[key], `${path}.${key}`);
      if (bad) return bad;
    }
  }
  return undefined;
}

/** BAD_USER_INPUT naming the first field whose text PostgreSQL cannot store, or undefined. */
export function refuseUnstorableText(document: DocumentNode, variables: Record<string, unknown> | null | undefined): GraphQLError | undefined {
  const text = scanDocument(document);
  let field = text.badLiteral;
  if (!field && variables) {
    for (const name in variables) {
      const bad = badJsonPath(variables[name], text.variablePaths.get(name) ?? name);
      if (bad) {
        field = bad;
        break;
      }
    }
  }
  if (!field) return undefined;
  return requestError(ErrorCode.BAD_USER_INPUT, `\`${field}\` contains a character that cannot be stored (a NUL character or an unpaired surrogate)`, { field });
}
