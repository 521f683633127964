/**
 * Names under which the pg driver prepares the app's statements. Postgres parses and plans an unnamed
 * statement for every query; a named one once per connection, after which each query only binds and runs it
 * (on the bench database the feed's page statement went from 2.4 to 1.4 ms, the session lookup from 0.23 to
 * 0.13 ms: half of it was planning).
 *
 * A prepared statement stays on its connection until the connection closes (in pg and in the Postgres
 * backend, about 120 kB there for one of ours), and some texts vary with the data (an `IN` list per batch
 * size), so only the first `max` different texts get a name and later ones run unnamed, as before. A text
 * keeps its name for the life of the process: pg refuses one name for two texts on a connection.
 */
export class StatementNames {
  private readonly names = new Map<string, string>();

  constructor(private readonly max: number) {}

  /** The name to prepare `sql` under, or undefined to run it unnamed. */
  nameOf(sql: string): string | undefined {
    let name = this.names.get(sql);
    if (name === undefined && this.names.size < this.max) {
      name = `werkplaats_${this.names.size}`;
      this.names.set(sql, name);
    }
    return name;
  }

  /** How many texts have a name. */
  get size(): number {
    return this.names.size;
  }
}

/**
 * One registry for the process: every Prisma client over the app's pool shares its connections, so they must
 * agree on names. The bench's whole run sends 31 different texts; 100 leaves room for the rest of the app.
 */
export const statementNames = new StatementNames(100);
