import { agentScope } from '../auth/hook.ts';
import type { Principal } from '../auth/principal.ts';
import { notFound } from '../errors.ts';
import type { CallRow, CallsRepo } from '../repos/calls.ts';

/** The call if this caller may see it; another agent's call is simply "not found". */
export function callFor(calls: CallsRepo, p: Principal, id: string): CallRow {
  const call = calls.byId(id);
  const scope = agentScope(p);
  if (!call || (scope !== undefined && call.agentId !== scope)) throw notFound('call', 'calls.not_found');
  return call;
}
