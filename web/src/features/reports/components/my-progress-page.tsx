import { useTranslation } from 'react-i18next';
import { useUser } from '../../../app/auth.tsx';
import { EmptyState } from '../../../components/states.tsx';
import { AgentProgress } from './agent-progress.tsx';

export function MyProgressPage() {
  const { t } = useTranslation();
  const user = useUser();
  if (!user.agentId) return <EmptyState title={t('reports.noAgentLinked')} />;
  return <AgentProgress agentId={user.agentId} title={() => t('nav.myProgress')} />;
}
