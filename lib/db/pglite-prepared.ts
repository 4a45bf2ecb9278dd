import "server-only";
import { parse, protocol, type PGlite } from "@electric-sql/pglite";
import { statementNames } from "./statement-names";

// PGlite's own `query` parses and plans every statement anew, in six protocol round trips, and
// planning reads the size of every relation it touches from disk. The few statements every API
// request runs (lib/db's directQuery) are prepared here once, by name, and then run in one round
// trip on a cached plan: about half their cost (`npm run bench`).

type Statement = { name: string; paramTypes: number[] };

function concat(...messages: Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(messages.reduce((size, message) => size + message.length, 0));
  let offset = 0;
  for (const message of messages) {
    joined.set(message, offset);
    offset += message.length;
  }
  return joined;
}

export function preparedQueries(pglite: PGlite) {
  const statements = new Map<string, Statement>();
  const nameOf = statementNames();
  const { serialize } = protocol;

  async function prepare(text: string): Promise<Statement> {
    const name = nameOf(text);
    const { messages } = await pglite.execProtocol(
      concat(serialize.parse({ name, text }), serialize.describe({ type: "S", name }), serialize.sync()),
    );
    const statement = { name, paramTypes: parse.parseDescribeStatementResults(messages) };
    statements.set(text, statement);
    return statement;
  }

  function bindValue(value: unknown, type: number | undefined): string | null {
    if (value === null || value === undefined) return null;
    const serializer = type === undefined ? undefined : pglite.serializers[type];
    return serializer ? serializer(value) : String(value);
  }

  /** Runs `text` with `params` bound, outside any transaction (PGlite runs one thing at a time). */
  return async function query<T>(text: string, params: unknown[]): Promise<T[]> {
    await pglite._checkReady();
    // The same two locks PGlite's own `query` takes: no statement lands inside a transaction.
    return pglite._runExclusiveTransaction(() =>
      pglite._runExclusiveQuery(async () => {
        const statement = statements.get(text) ?? (await prepare(text));
        const values = params.map((value, index) => bindValue(value, statement.paramTypes[index]));
        const { messages } = await pglite.execProtocol(
          concat(
            serialize.bind({ statement: statement.name, values }),
            serialize.describe({ type: "P" }),
            serialize.execute({}),
            serialize.sync(),
          ),
        );
        return (parse.parseResults(messages, pglite.parsers)[0]?.rows ?? []) as T[];
      }),
    );
  };
}
