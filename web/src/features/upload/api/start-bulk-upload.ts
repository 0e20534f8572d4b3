import { api } from '../../../lib/api.ts';

export interface BulkOptions {
  format?: string;
  language?: string;
  agentSpeaker?: string;
  agentId?: string;
}

export function startBulkUpload(files: File[], options: BulkOptions = {}) {
  const form = new FormData();
  for (const file of files) form.append('file', file, file.name);
  const query = Object.fromEntries(Object.entries(options).filter(([, v]) => v && v !== 'auto'));
  return api.request<{ jobId: string }>('POST', '/api/calls/bulk', { body: form, query });
}
