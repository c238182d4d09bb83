// A urql client for component tests with no server: every operation is recorded by name and
// answered by the test's script (data, or GraphQL errors like the API's; a promise answers
// later); an operation the script does not know (subscriptions…) is never answered, but a test
// can `push` data to the subscriptions of a given name that are running.
import { Client, makeResult, type Exchange, type Operation, type OperationResult } from '@urql/core';
import { filter, fromPromise, fromValue, makeSubject, merge, mergeMap, never, onPush, pipe, share, fromArray } from 'wonka';
import { print } from 'graphql';

export interface ScriptedError {
  message: string;
  extensions?: Record<string, unknown>;
}
type Plain = Record<string, unknown> | { errors: ScriptedError[] } | null | undefined;
export type Answer = Plain | Promise<Plain>;
export type Script = Record<string, (variables: Record<string, any>) => Answer>;

const nameOf = (op: Operation) => /(?:query|mutation|subscription)\s+(\w+)/.exec(print(op.query))![1]!;

export function scriptedClient(script: Script) {
  const ops: { name: string; variables: Record<string, any> }[] = [];
  const running = new Map<number, Operation>();
  const pushes = makeSubject<{ name: string; data: Record<string, unknown> }>();
  const toResult = (op: Operation, answer: NonNullable<Plain>): OperationResult =>
    'errors' in answer && Array.isArray(answer.errors) ? makeResult(op, { data: null, errors: answer.errors }) : makeResult(op, { data: answer });
  const scripted: Exchange = () => (ops$) => {
    const shared = pipe(
      ops$,
      onPush((op) => {
        if (op.kind === 'teardown') running.delete(op.key);
        else if (op.kind === 'subscription') running.set(op.key, op);
      }),
      share,
    );
    const answered = pipe(
      shared,
      filter((op) => op.kind !== 'teardown'),
      mergeMap((op) => {
        const name = nameOf(op);
        const variables = (op.variables ?? {}) as Record<string, any>;
        ops.push({ name, variables });
        const answer = script[name]?.(variables);
        if (answer instanceof Promise) {
          return pipe(
            fromPromise(answer),
            filter((a): a is NonNullable<Plain> => a != null),
            mergeMap((a) => fromValue(toResult(op, a))),
          );
        }
        return answer == null ? never : fromValue(toResult(op, answer));
      }),
    );
    const pushed = pipe(
      pushes.source,
      mergeMap(({ name, data }) => fromArray([...running.values()].filter((op) => nameOf(op) === name).map((op) => makeResult(op, { data })))),
    );
    return merge([answered, pushed]);
  };
  return {
    client: new Client({ url: 'http://test.invalid/graphql', exchanges: [scripted] }),
    ops,
    /** Deliver `data` to every running subscription named `name`. */
    push: (name: string, data: Record<string, unknown>) => pushes.next({ name, data }),
  };
}
