// A read model says how a GraphQL object type maps onto one table, so the planner can turn a
// selection set into SQL. It is derived from MikroORM metadata: a GraphQL field with the name of
// an entity property reads that property's column (or joins its to-one target). Anything else is
// left to a field resolver, which receives the plain row (always with `id`).
import type { MetadataStorage, EntityMetadata } from '@mikro-orm/core';

export type FieldSource =
  | { kind: 'column'; column: string }
  | { kind: 'toOne'; column: string; target: string /* GraphQL type name */ }
  /** Columns a field resolver needs on the row (e.g. a computed field). */
  | { kind: 'computed'; columns: string[] };

export interface ReadModel {
  graphqlType: string;
  table: string;
  /** Column holding the owning tenant's id; `id` for the tenants table itself; null = not tenant-owned. */
  tenantColumn: string | null;
  fields: Map<string, FieldSource>;
  /** PostgreSQL type of each column, for casts of cursor values. */
  columnTypes: Map<string, string>;
}

export interface ReadModelRegistration {
  graphqlType: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  entity: abstract new (...args: any[]) => object;
  tenantColumn: string | null;
  /** Fields not derivable by name, e.g. computed ones. */
  extraFields?: Record<string, FieldSource>;
  /**
   * Another view of an entity that already has a main GraphQL type (e.g. the widget's narrow
   * `WidgetContact` beside the staff `Contact`): to-one relations never join to a secondary view.
   */
  secondary?: boolean;
}

const registrations: ReadModelRegistration[] = [];

/** Called once per module at import time. */
export function registerReadModel(registration: ReadModelRegistration): void {
  registrations.push(registration);
}

const pgTypeOf = (columnType: string | undefined, type: string): string => {
  const t = (columnType ?? type).toLowerCase();
  if (t.includes('timestamp') || t === 'datetime' || t === 'date') return 'timestamptz';
  if (t === 'uuid') return 'uuid';
  if (t.startsWith('int') || t === 'integer' || t === 'number') return 'int4';
  if (t.startsWith('double') || t === 'float' || t === 'real') return 'float8';
  if (t === 'boolean') return 'bool';
  return 'text';
};

export class ReadModels {
  private readonly byType = new Map<string, ReadModel>();

  constructor(metadata: MetadataStorage) {
    const entityToType = new Map<string, string>(); // entity class name -> GraphQL type
    const metas = registrations.map((r) => {
      const meta = metadata.get(r.entity as never) as EntityMetadata;
      if (!r.secondary) entityToType.set(meta.className, r.graphqlType);
      return meta;
    });
    registrations.forEach((r, i) => {
      const meta = metas[i];
      const fields = new Map<string, FieldSource>();
      const columnTypes = new Map<string, string>();
      for (const prop of Object.values(meta.properties)) {
        if (prop.hidden || prop.lazy) continue; // never readable through the planner
        const column = prop.fieldNames?.[0];
        if (!column) continue;
        columnTypes.set(column, pgTypeOf(prop.columnTypes?.[0], String(prop.type)));
        if (prop.kind === 'scalar' || prop.kind === 'embedded') fields.set(prop.name, { kind: 'column', column });
        else if (prop.kind === 'm:1' || (prop.kind === '1:1' && prop.owner)) {
          const target = entityToType.get(prop.targetMeta?.className ?? String(prop.type));
          if (target) fields.set(prop.name, { kind: 'toOne', column, target });
          fields.set(`${prop.name}Id`, { kind: 'column', column });
        }
      }
      for (const [name, source] of Object.entries(r.extraFields ?? {})) fields.set(name, source);
      this.byType.set(r.graphqlType, { graphqlType: r.graphqlType, table: meta.tableName, tenantColumn: r.tenantColumn, fields, columnTypes });
    });
  }

  get(graphqlType: string): ReadModel {
    const model = this.byType.get(graphqlType);
    if (!model) throw new Error(`no read model registered for GraphQL type ${graphqlType}`);
    return model;
  }
}
