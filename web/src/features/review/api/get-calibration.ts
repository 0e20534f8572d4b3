import { api } from '../../../lib/api.ts';
import type { CalibrationReport } from '../../../lib/types.ts';

export function getCalibration(range: { from?: string; to?: string }, signal?: AbortSignal) {
  return api.get<CalibrationReport>('/api/reports/calibration', range, signal);
}
