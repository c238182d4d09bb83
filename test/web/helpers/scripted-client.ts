// A urql client for component tests with no server: every operation is recorded by name and
// answered by the test's script (data, or GraphQL errors like the API's); an operation the
// script does not know (subscriptions…) is never answered.
import { Client, makeResult, type Exchange, type Operation } from '@urql/core';
import { filter, map, pipe } from 'wonka';
import { print } from 'graphql';

export interface ScriptedError {
  message: string;
  extensions?: Record<string, unknown>;
}
export type Answer = Record<string, unknown> | { errors: ScriptedError[] } | null | undefined;
export type Script = Record<string, (variables: Record<string, any>) => Answer>;

export function scriptedClient(script: Script) {
  const ops: { name: string; variables: Record<string, any> }[] = [];
  const answer = (op: Operation): Answer => {
    const name = /(?:query|mutation|subscription)\s+(\w+)/.exec(print(op.query))![1]!;
    const variables = (op.variables ?? {}) as Record<string, any>;
    ops.push({ name, variables });
    return script[name]?.(variables);
  };
  const scripted: Exchange = () => (ops$) =>
    pipe(
      ops$,
      filter((op) => op.kind !== 'teardown'),
      map((op) => ({ op, answer: answer(op) })),
      filter((x) => x.answer != null),
      map(({ op, answer }) =>
        'errors' in answer! && Array.isArray(answer.errors) ? makeResult(op, { data: null, errors: answer.errors }) : makeResult(op, { data: answer }),
      ),
    );
  return { client: new Client({ url: 'http://test.invalid/graphql', exchanges: [scripted] }), ops };
}
