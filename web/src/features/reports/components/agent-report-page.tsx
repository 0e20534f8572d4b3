import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { AgentProgress } from './agent-progress.tsx';

export function AgentReportPage() {
  const { t } = useTranslation();
  const { agentId = '' } = useParams();
  return (
    <>
      <Link className="back" to="/reports">
        {t('reports.backToTeam')}
      </Link>
      <AgentProgress agentId={agentId} title={(name) => t('reports.agentTitle', { name })} />
    </>
  );
}
