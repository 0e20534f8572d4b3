import type { Speaker } from '../scoring/types.ts';
import { chooseAgentByCues } from './detect-agent.ts';
import type { Fragment } from './fragment.ts';
import { labelMatches, roleOfLabel } from './speaker-roles.ts';
import { ParseError } from './types.ts';

export interface RoleAssignment {
  roleOf: Map<string, Speaker>;
  warnings: string[];
}

/** Speaker labels in order of first appearance, with their texts. */
function speakersInOrder(fragments: Fragment[]): { label: string; texts: string[] }[] {
  const byLabel = new Map<string, string[]>();
  for (const fragment of fragments) {
    const texts = byLabel.get(fragment.label) ?? [];
    texts.push(fragment.text);
    byLabel.set(fragment.label, texts);
  }
  return [...byLabel].map(([label, texts]) => ({ label, texts }));
}

/** Roles the file states itself: a role field on the fragment, or a label such as "Agent"/"مشتری". */
function statedRoles(fragments: Fragment[]): Map<string, Speaker> {
  const stated = new Map<string, Speaker>();
  for (const fragment of fragments) {
    const role = fragment.role ?? roleOfLabel(fragment.label);
    if (role && !stated.has(fragment.label)) stated.set(fragment.label, role);
  }
  return stated;
}

const quoteList = (labels: string[]) => labels.map((l) => `"${l}"`).join(', ');

/** Decides agent/customer for every speaker label (option, stated role, or the agent-cue heuristic). */
export function assignRoles(fragments: Fragment[], agentSpeaker: string | undefined): RoleAssignment {
  const speakers = speakersInOrder(fragments);
  const labels = speakers.map((s) => s.label);
  const stated = statedRoles(fragments);
  const warnings: string[] = [];
  const everyRoleStated = labels.every((label) => stated.has(label));

  let agentLabels: string[];
  if (agentSpeaker && everyRoleStated) {
    warnings.push(`agent speaker "${agentSpeaker}" ignored: this file names the agent and the customer itself`);
    agentLabels = labels.filter((label) => stated.get(label) === 'agent');
  } else if (agentSpeaker) {
    agentLabels = labels.filter((label) => labelMatches(label, agentSpeaker));
    if (agentLabels.length === 0) {
      throw new ParseError(`agent speaker "${agentSpeaker}" not found; the speakers in this file are ${quoteList(labels)}`);
    }
    warnings.push(`agent is ${quoteList(agentLabels)} (chosen by the agent speaker option)`);
  } else if (everyRoleStated || labels.some((label) => stated.get(label) === 'agent')) {
    agentLabels = labels.filter((label) => stated.get(label) === 'agent');
  } else {
    const candidates = speakers.filter((s) => stated.get(s.label) !== 'customer');
    if (candidates.length === 0) agentLabels = [];
    else if (candidates.length === 1) {
      agentLabels = [candidates[0].label];
      warnings.push(`agent is "${candidates[0].label}": the only speaker not labelled as the customer`);
    } else {
      const choice = chooseAgentByCues(candidates);
      agentLabels = [choice.label];
      warnings.push(`agent is "${choice.label}" (${choice.reason}); set the agent speaker to override`);
    }
  }

  const roleOf = new Map<string, Speaker>(
    labels.map((label) => [label, agentLabels.includes(label) ? 'agent' : 'customer'] as const),
  );
  const unstatedCustomers = labels.filter((label) => roleOf.get(label) === 'customer' && !stated.has(label));
  const customers = labels.filter((label) => roleOf.get(label) === 'customer');
  if (customers.length > 1 && unstatedCustomers.length > 0) {
    warnings.push(`${labels.length} speakers found (${quoteList(labels)}): ${quoteList(customers)} are all treated as the customer`);
  }
  return { roleOf, warnings };
}
