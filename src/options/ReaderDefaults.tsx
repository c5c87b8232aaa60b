import type { Settings } from '../storage/types.ts';
import { FONT_SIZE, LINE_WIDTH } from '../storage/settings-schema.ts';
import { t } from '../platform/i18n.ts';

type Reader = Settings['reader'];
interface Props {
  reader: Reader;
  onChange(patch: Partial<Reader>): void;
}

export function ReaderDefaults({ reader, onChange }: Props) {
  return (
    <section aria-labelledby="reader-h">
      <h2 id="reader-h">{t('options_reader')}</h2>
      <div class="grid">
        <label for="theme">{t('options_theme')}</label>
        <select id="theme" value={reader.theme} data-field="theme" onChange={(e) => onChange({ theme: e.currentTarget.value as Reader['theme'] })}>
          <option value="system">{t('options_themeSystem')}</option>
          <option value="light">{t('options_themeLight')}</option>
          <option value="sepia">{t('options_themeSepia')}</option>
          <option value="dark">{t('options_themeDark')}</option>
        </select>
        <label for="font">{t('options_font')}</label>
        <select id="font" value={reader.font} data-field="font" onChange={(e) => onChange({ font: e.currentTarget.value as Reader['font'] })}>
          <option value="serif">{t('options_fontSerif')}</option>
          <option value="sans">{t('options_fontSans')}</option>
        </select>
        <label for="font-size">{t('options_fontSize', reader.fontSize)}</label>
        <input id="font-size" type="range" min={FONT_SIZE.min} max={FONT_SIZE.max} step={1} value={reader.fontSize} data-field="fontSize"
          onChange={(e) => onChange({ fontSize: Number(e.currentTarget.value) })} />
        <label for="line-width">{t('options_lineWidth', reader.lineWidth)}</label>
        <input id="line-width" type="range" min={LINE_WIDTH.min} max={LINE_WIDTH.max} step={2} value={reader.lineWidth} data-field="lineWidth"
          onChange={(e) => onChange({ lineWidth: Number(e.currentTarget.value) })} />
      </div>
    </section>
  );
}
