/**
 * The methods each route path answers, for 405 Method Not Allowed with `Allow` (RFC 9110 §15.5.6):
 * a path the API knows, asked with another method, is not "not found". Collected from fastify's
 * onRoute hook; wildcard routes (the page's static files, the docs' assets) are left out, or every
 * path would "allow" GET.
 */
export class RouteMethods {
  private readonly routes = new Map<string, { pattern: RegExp; methods: Set<string> }>();

  add(method: string | string[], url: string): void {
    if (url.includes('*')) return;
    let route = this.routes.get(url);
    if (route === undefined) {
      const source = url
        .split('/')
        .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
        .join('/');
      route = { pattern: new RegExp(`^${source}/?$`), methods: new Set() };
      this.routes.set(url, route);
    }
    for (const m of Array.isArray(method) ? method : [method]) route.methods.add(m.toUpperCase());
  }

  /** The methods some route answers for this concrete path (query string ignored), sorted; [] if none. */
  allowed(url: string): string[] {
    const path = url.split('?')[0]!;
    const out = new Set<string>();
    for (const { pattern, methods } of this.routes.values())
      if (pattern.test(path)) for (const m of methods) out.add(m);
    return [...out].sort();
  }
}
