// What every row of the rule editor needs: the language, the tenant's queues and people, and the
// problems placed by row (provided once by the editor page, injected by the rows).
import type { ComputedRef, InjectionKey } from 'vue';
import type { ActionInfo, FieldInfo, Problem } from './rule-form.js';

export interface Option {
  value: string;
  label: string;
}

export interface EditorContext {
  fields: ComputedRef<FieldInfo[]>;
  actions: ComputedRef<ActionInfo[]>;
  queues: ComputedRef<Option[]>;
  users: ComputedRef<Option[]>;
  problems: ComputedRef<Map<string, Problem[]>>;
  /** Anything in the form changed (the page re-validates). */
  changed: () => void;
}

export const EDITOR: InjectionKey<EditorContext> = Symbol('automation-editor');
