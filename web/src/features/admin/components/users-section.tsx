import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AsyncBlock, EmptyState } from '../../../components/states.tsx';
import { useErrorText } from '../../../components/use-error-text.ts';
import type { Role } from '../../../lib/types.ts';
import { useApi } from '../../../lib/use-api.ts';
import { createUser, listUsers, updateUser } from '../api/users.ts';

const ROLES: Role[] = ['agent', 'qa_lead', 'trainer', 'admin'];

export function UsersSection() {
  const { t } = useTranslation();
  const state = useApi((signal) => listUsers(signal), 'users');
  const [error, setError] = useState<unknown>();
  const errorText = useErrorText(error);

  async function toggle(id: string, disabled: boolean) {
    setError(undefined);
    try {
      await updateUser(id, { disabled });
      state.reload();
    } catch (cause) {
      setError(cause);
    }
  }

  return (
    <section aria-labelledby="users-title">
      <h2 id="users-title">{t('admin.users')}</h2>
      {error !== undefined && (
        <p className="form-error" role="alert">
          {errorText}
        </p>
      )}
      <AsyncBlock state={state} isEmpty={(d) => d.length === 0} empty={<EmptyState title={t('admin.noUsers')} />}>
        {(users) => (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('admin.name')}</th>
                  <th scope="col">{t('auth.email')}</th>
                  <th scope="col">{t('admin.role')}</th>
                  <th scope="col">{t('admin.agentId')}</th>
                  <th scope="col">{t('admin.state')}</th>
                </tr>
              </thead>
              <tbody>
                {users.map((u) => (
                  <tr key={u.id}>
                    <th scope="row">{u.name}</th>
                    <td dir="ltr">{u.email}</td>
                    <td>{t(`roles.${u.role}`)}</td>
                    <td dir="ltr">{u.agentId ?? '—'}</td>
                    <td>
                      <button type="button" onClick={() => void toggle(u.id, !u.disabled)}>
                        {u.disabled ? t('admin.enable') : t('admin.disable')}
                      </button>{' '}
                      {u.disabled ? t('admin.disabled') : t('admin.active')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </AsyncBlock>
      <NewUserForm onCreated={state.reload} />
    </section>
  );
}

function NewUserForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ email: '', name: '', role: 'agent' as Role, password: '', agentId: '' });
  const [error, setError] = useState<unknown>();
  const errorText = useErrorText(error);
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    try {
      await createUser({ ...form, agentId: form.agentId || undefined });
      setForm({ email: '', name: '', role: 'agent', password: '', agentId: '' });
      onCreated();
    } catch (cause) {
      setError(cause);
    }
  }

  return (
    <form className="filters" onSubmit={submit} aria-label={t('admin.newUser')}>
      <label>
        {t('admin.name')}
        <input value={form.name} onChange={set('name')} required />
      </label>
      <label>
        {t('auth.email')}
        <input type="email" value={form.email} onChange={set('email')} required dir="ltr" />
      </label>
      <label>
        {t('admin.role')}
        <select value={form.role} onChange={set('role')}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('auth.password')}
        <input type="password" value={form.password} onChange={set('password')} required minLength={8} autoComplete="new-password" />
      </label>
      <label>
        {t('admin.agentId')}
        <input value={form.agentId} onChange={set('agentId')} dir="ltr" />
      </label>
      <div className="filter-actions">
        <button type="submit" className="primary">
          {t('admin.createUser')}
        </button>
      </div>
      {error !== undefined && (
        <p className="form-error" role="alert">
          {errorText}
        </p>
      )}
    </form>
  );
}
