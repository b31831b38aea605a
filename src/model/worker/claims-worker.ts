/**
 * The data pipeline off the page's main thread: fetch (time limit, size cap), JSON parse and
 * validation of a claims file or a packed folder run here, so the map's style and basemap load
 * in parallel and the page never freezes on a large file. The result (data and located problems)
 * goes back as one structured clone.
 */
import { loadClaimsData, type ClaimsRequest } from '../load-data.ts';

export interface ClaimsWorkerRequest {
  id: number;
  request: Omit<ClaimsRequest, 'fetch'>;
}

self.onmessage = async (e: MessageEvent<ClaimsWorkerRequest>) => {
  const { id, request } = e.data;
  try {
    const result = await loadClaimsData(request);
    self.postMessage({ id, result });
  } catch (error) {
    self.postMessage({ id, error: (error as Error)?.message ?? String(error) });
  }
};
