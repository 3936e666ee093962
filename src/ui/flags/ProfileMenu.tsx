/**
 * The local profile in the header: who is reviewing in this browser, as a
 * small disclosure with a name and a role. Every new flag is stamped with
 * them, so a merged review file says who did what.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { Role } from '../../core/model/flag.ts';
import { ROLES } from '../../store/profile.ts';
import type { ProfileStore } from '../../store/profile.ts';

/** The name, edited locally and saved on Enter or when the field loses focus. */
function NameField({ stored, onSave }: { stored: string; onSave: (name: string) => void }) {
  const { t } = useTranslation('flags');
  const [name, setName] = useState(stored);
  return (
    <label className="dz-field">
      <span className="dz-field-label">{t('profile.name')}</span>
      <input
        type="text"
        data-testid="profile-name-input"
        value={name}
        maxLength={100}
        onChange={(event) => setName(event.target.value)}
        onBlur={() => name !== stored && onSave(name)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && name !== stored) onSave(name);
        }}
      />
    </label>
  );
}

/** The profile menu over `store`; storage failures go to `onError`. */
export function ProfileMenu({
  store,
  onError,
}: {
  store: ProfileStore;
  onError: (error: unknown) => void;
}) {
  const { t } = useTranslation('flags');
  const profile = useStore(store, (s) => s.profile);
  const save = (changes: { name?: string; role?: Role }) => {
    store
      .getState()
      .update({ ...store.getState().profile, ...changes })
      .catch(onError);
  };
  return (
    <details className="dz-profile" data-testid="profile-menu">
      <summary title={t('profile.title')}>
        <span className="visually-hidden">{t('profile.title')}: </span>
        <span data-testid="profile-name">{profile.name}</span>
        <span className="visually-hidden"> ({t(`role.${profile.role}`)})</span>
      </summary>
      <div className="dz-profile-body">
        {/* Keyed by the stored name, so the field restarts from it once the profile loads. */}
        <NameField key={profile.name} stored={profile.name} onSave={(name) => save({ name })} />
        <label className="dz-field">
          <span className="dz-field-label">{t('profile.role')}</span>
          <select
            data-testid="profile-role"
            value={profile.role}
            onChange={(event) => save({ role: event.target.value as Role })}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`role.${role}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </details>
  );
}
