/**
 * Drops the component schemas nothing refers to. fastify-type-provider-zod writes every zod
 * schema with an `id` as a component, in both its output and input forms (`RunResult` and
 * `RunResultInput`), while request bodies are written inline: the unused ones only confuse readers
 * and linters (spectral's `oas3-unused-component`). Kept: every schema reachable by `$ref` from
 * the paths, transitively.
 */
export function pruneUnusedSchemas<T extends object>(doc: T): T {
  const d = doc as { components?: { schemas?: Record<string, unknown> } };
  const schemas = d.components?.schemas;
  if (schemas === undefined) return doc;
  const used = new Set<string>();
  const pending: unknown[] = [{ ...doc, components: { ...d.components, schemas: {} } }];
  while (pending.length > 0) {
    const v = pending.pop();
    if (Array.isArray(v)) pending.push(...(v as unknown[]));
    else if (v !== null && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        const name = k === '$ref' && typeof x === 'string' ? refName(x) : undefined;
        if (name === undefined) pending.push(x);
        else if (!used.has(name) && name in schemas) {
          used.add(name);
          pending.push(schemas[name]);
        }
      }
  }
  for (const name of Object.keys(schemas)) if (!used.has(name)) delete schemas[name];
  return doc;
}

function refName(ref: string): string | undefined {
  const prefix = '#/components/schemas/';
  return ref.startsWith(prefix) ? decodeURIComponent(ref.slice(prefix.length)) : undefined;
}
