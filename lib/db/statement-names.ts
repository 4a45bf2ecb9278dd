import "server-only";

/** Each distinct text stays prepared for the life of a connection: constant SQL only. */
const MAX_STATEMENTS = 64;

/** A stable name per distinct statement text, for prepared statements (lib/db's directQuery). */
export function statementNames(): (text: string) => string {
  const names = new Map<string, string>();
  return (text) => {
    let name = names.get(text);
    if (name === undefined) {
      if (names.size >= MAX_STATEMENTS)
        throw new Error("directQuery is for a few constant statements: this text would be prepared forever");
      name = `keyward_${names.size + 1}`;
      names.set(text, name);
    }
    return name;
  };
}
