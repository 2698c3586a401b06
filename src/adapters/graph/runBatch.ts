import { type BatchRequest, type BatchResponse, type GraphClient } from './GraphClient';

/** Sends any number of requests as consecutive $batch calls of at most 20; answers by request id. */
export async function runBatch(client: GraphClient, requests: BatchRequest[]): Promise<Map<string, BatchResponse>> {
  const answers = new Map<string, BatchResponse>();
  for (let i = 0; i < requests.length; i += 20) {
    const chunk = requests.slice(i, i + 20);
    const ids = new Set(chunk.map((r) => r.id));
    if (chunk.some((r) => (r.dependsOn ?? []).some((d) => !ids.has(d)))) {
      throw new RangeError('dependsOn must stay inside one chunk of 20 requests');
    }
    for (const [id, response] of await client.batch(chunk)) answers.set(id, response);
  }
  return answers;
}
