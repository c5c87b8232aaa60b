import { useState } from 'preact/hooks';
import type { SiteRule } from '../storage/types.ts';
import { siteKey } from '../storage/settings-schema.ts';
import { t } from '../platform/i18n.ts';

interface Props {
  rules: Record<string, SiteRule>;
  onChange(rules: Record<string, SiteRule>): void;
}

export function SiteRules({ rules, onChange }: Props) {
  const [site, setSite] = useState('');
  const [rule, setRule] = useState<SiteRule>('never');
  const [error, setError] = useState('');
  const add = (e: Event) => {
    e.preventDefault();
    const key = siteKey(site);
    if (!key) {
      setError(t('options_badSite', site));
      return;
    }
    setError('');
    setSite('');
    onChange({ ...rules, [key]: rule });
  };
  const remove = (host: string) => {
    const { [host]: _gone, ...rest } = rules;
    onChange(rest);
  };
  const hosts = Object.keys(rules).sort();
  return (
    <section aria-labelledby="rules-h">
      <h2 id="rules-h">{t('options_siteRules')}</h2>
      <p class="help">{t('options_siteRulesHelp')}</p>
      {hosts.length === 0 ? (
        <p class="help" data-empty-rules>{t('options_noRules')}</p>
      ) : (
        <ul class="rules">
          {hosts.map((host) => (
            <li key={host} data-rule={host}>
              <span>{host}</span>
              <span class="rule">{rules[host] === 'never' ? t('options_ruleNever') : t('options_ruleAlways')}</span>
              <button type="button" data-action="remove-rule" aria-label={t('options_removeRule', host)} onClick={() => remove(host)}>
                {t('options_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-rule" onSubmit={add}>
        <label for="rule-site">{t('options_site')}</label>
        <input id="rule-site" type="text" inputMode="url" placeholder="example.com" value={site} data-field="rule-site"
          aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'rule-error' : undefined}
          onInput={(e) => setSite(e.currentTarget.value)} />
        <label for="rule-kind">{t('options_rule')}</label>
        <select id="rule-kind" value={rule} data-field="rule-kind" onChange={(e) => setRule(e.currentTarget.value as SiteRule)}>
          <option value="never">{t('options_ruleNever')}</option>
          <option value="always">{t('options_ruleAlways')}</option>
        </select>
        <button type="submit" data-action="add-rule">{t('options_addRule')}</button>
        {error && <p id="rule-error" role="alert" class="error">{error}</p>}
      </form>
    </section>
  );
}
