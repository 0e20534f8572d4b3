import { classifyAction } from '../tags/action.ts';
import type { ItemResult } from '../types.ts';
import { evidence, result, type ItemContext } from './context.ts';

/** Pass with a concrete action addressing the request; a vague promise alone fails, with evidence. */
export function scoreActsOnWhatWasSaid(ctx: ItemContext): ItemResult {
  const { note } = ctx.pack.messages;
  const actions = ctx.turns.filter((t) => t.tags.includes('action'));
  const vague = ctx.prepared
    .filter((t) => !ctx.turns[t.index].tags.includes('action') && classifyAction(t, ctx.pack) === 'vague')
    .map((t) => ctx.turns[t.index]);
  const why = ctx.pack.messages.explain.actions(actions.length, vague.length);
  if (actions.length > 0) {
    return result(ctx, 'acts_on_what_was_said', 'pass', 100, actions.map((t) => evidence(t, note.action())), why);
  }
  if (vague.length > 0) {
    return result(ctx, 'acts_on_what_was_said', 'fail', 20, vague.map((t) => evidence(t, note.vaguePromise())), why);
  }
  const lastAgent = [...ctx.turns].reverse().find((t) => t.speaker === 'agent' && !t.tags.includes('backchannel'));
  return result(ctx, 'acts_on_what_was_said', 'fail', 0, lastAgent ? [evidence(lastAgent, note.noAction())] : [], why);
}
