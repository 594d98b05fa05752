// The REST contract the fetch data source speaks, answered by the e2e reference server's own
// routing (setup.mjs copies test/e2e/server/api-routes.mjs into e2e-server/) over lib/source.ts.
import { answerApi, matchApiRoute } from '../../../e2e-server/api-routes.mjs';
import { source } from '../../../lib/source';

async function handle(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const match = matchApiRoute(url.pathname);
  if (!match) return Response.json({ message: `No such endpoint: ${url.pathname}` }, { status: 404 });
  if (request.method !== match.method) {
    return Response.json({ message: `Use ${match.method} for ${url.pathname}.` }, { status: 405 });
  }
  const { status, body } = await answerApi(match, url.searchParams, source);
  return body === null ? new Response(null, { status }) : Response.json(body, { status });
}

export const GET = handle;
export const POST = handle;
