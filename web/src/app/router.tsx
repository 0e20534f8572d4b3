import { lazy, Suspense, type ComponentType } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { EmptyState, Loading } from '../components/states.tsx';
import { SignInPage } from '../features/auth/components/sign-in-page.tsx';
import { HomeRedirect, RequireAuth, RequireRole } from './guards.tsx';
import { Layout } from './layout.tsx';

/** Every page but sign-in is its own chunk; charts load only with reports. */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  const Component = lazy<ComponentType>(async () => ({ default: (await load())[name] as ComponentType }));
  return (
    <RequireRole>
      <Suspense fallback={<Loading />}>
        <Component />
      </Suspense>
    </RequireRole>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return <EmptyState title={t('errors.status.404')} />;
}

export function AppRouter() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="/login" element={<SignInPage />} />
        <Route
          element={
            <RequireAuth>
              <Layout />
            </RequireAuth>
          }
        >
          <Route index element={<HomeRedirect />} />
          <Route path="my/calls" element={page(() => import('../features/calls/components/my-calls-page.tsx'), 'MyCallsPage')} />
          <Route path="my/progress" element={page(() => import('../features/reports/components/my-progress-page.tsx'), 'MyProgressPage')} />
          <Route path="calls" element={page(() => import('../features/calls/components/queue-page.tsx'), 'QueuePage')} />
          <Route path="calls/:id" element={page(() => import('../features/calls/components/call-page.tsx'), 'CallPage')} />
          <Route path="upload" element={page(() => import('../features/upload/components/upload-page.tsx'), 'UploadPage')} />
          <Route path="disputes" element={page(() => import('../features/review/components/disputes-page.tsx'), 'DisputesPage')} />
          <Route path="calibration" element={page(() => import('../features/review/components/calibration-page.tsx'), 'CalibrationPage')} />
          <Route path="reports" element={page(() => import('../features/reports/components/team-report-page.tsx'), 'TeamReportPage')} />
          <Route path="reports/agents/:agentId" element={page(() => import('../features/reports/components/agent-report-page.tsx'), 'AgentReportPage')} />
          <Route path="moments" element={page(() => import('../features/coaching/components/moments-page.tsx'), 'MomentsPage')} />
          <Route path="coaching" element={page(() => import('../features/coaching/components/coaching-page.tsx'), 'CoachingPage')} />
          <Route path="coaching/assignments/:id" element={page(() => import('../features/coaching/components/assignment-page.tsx'), 'AssignmentPage')} />
          <Route path="coaching/sessions/:id/impact" element={page(() => import('../features/coaching/components/session-impact-page.tsx'), 'SessionImpactPage')} />
          <Route path="live" element={page(() => import('../features/live/components/live-page.tsx'), 'LivePage')} />
          <Route path="admin" element={page(() => import('../features/admin/components/admin-page.tsx'), 'AdminPage')} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
