import { z } from 'zod';
import { CompareResult } from '../../compare/compare-result.ts';
import { compareForRequest, reportForRequest } from '../compare-service.ts';
import { CompareBody, ReportBody } from '../schemas/compare.ts';
import { curlExample, problemResponses, type RouteContext, type ZodApp } from './shared.ts';

/** POST /api/compare (2-4 scenarios side by side) and POST /api/report (the printable report as HTML). */
export function registerCompareRoutes(app: ZodApp, { catalog }: RouteContext): void {
  app.post(
    '/api/compare',
    {
      schema: {
        tags: ['runs'],
        operationId: 'compareScenarios',
        summary: 'Compare two to four scenarios of one pack',
        description:
          'Each scenario is projected and scored as by POST /api/project. The answer is the CompareResult of ' +
          '`plancast compare --json`: per target each scenario value, status and gap with `differs` where the ' +
          'statuses differ, the key series per scenario and year, and the assumptions that differ. ' +
          'Scenarios of different packs are refused (422).\n\n' +
          curlExample(
            'POST',
            '/api/compare',
            '{"scenarios":[{"model":"ben-tre-2021-2025","assumptions":{"growth":{"II":15}}},{"model":"ben-tre-2021-2025","assumptions":{"growth":{"II":17}}}]}',
          ),
        body: CompareBody,
        response: { 200: CompareResult, ...problemResponses(400, 413, 415, 422) },
      },
    },
    async (req) => compareForRequest(catalog, req.body),
  );
  app.post(
    '/api/report',
    {
      schema: {
        tags: ['runs'],
        operationId: 'scenarioReport',
        summary: 'The printable report of one to four scenarios, as one HTML document',
        description:
          'The document `plancast report --out report.html` writes: cover, verdict, headline targets, key charts ' +
          '(inline SVG), the scorecard by clause, consistency findings, assumptions with their sources, method ' +
          'note and provenance legend. Self-contained (no script, no address); print it to PDF from a browser.\n\n' +
          curlExample('POST', '/api/report', '{"scenarios":[{"model":"ben-tre-2021-2025"}],"lang":"vi"}'),
        body: ReportBody,
        response: {
          200: {
            description: 'The report, one self-contained HTML document',
            content: { 'text/html': { schema: z.string() } },
          },
          ...problemResponses(400, 413, 415, 422),
        },
      },
    },
    async (req, reply) => {
      const html = await reportForRequest(catalog, req.body, new Date().toISOString().slice(0, 10));
      return reply
        .type('text/html; charset=utf-8')
        .header('content-disposition', 'attachment; filename="report.html"')
        .serializer((s: unknown) => s as string)
        .send(html);
    },
  );
}
