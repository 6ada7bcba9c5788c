import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../utils/i18n';

export interface CopyReportProps {
  /** The button that opens the report ("Suggest a missing claim"). */
  action: string;
  /** The text the reader may copy. Nothing is sent anywhere: copying is the only way it leaves. */
  report: string;
}

/**
 * A report the reader can read and copy to the clipboard. Shown as text (never HTML); when the
 * clipboard refuses, the text is selected so Ctrl+C copies it.
 */
export function CopyReport({ action, report }: CopyReportProps) {
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const text = useRef<HTMLTextAreaElement>(null);
  useEffect(() => setCopied('no'), [report]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(report);
      setCopied('yes');
    } catch {
      text.current?.select();
      setCopied('failed');
    }
  };

  if (!open) {
    return (
      <button type="button" class="el-link-button el-report-open" onClick={() => setOpen(true)}>
        {action}
      </button>
    );
  }
  return (
    <div class="el-report">
      <label class="el-report-label" for="el-report-text">
        {t('copy_intro')}
      </label>
      <textarea id="el-report-text" class="el-report-text" readOnly rows={report.split('\n').length} value={report} />
      <div class="el-report-actions">
        <button type="button" class="el-button" onClick={() => void copy()}>
          {t('copy_button')}
        </button>
        <span class="el-report-status" role="status">
          {copied === 'yes' ? t('copy_done') : copied === 'failed' ? t('copy_failed') : ''}
        </span>
      </div>
    </div>
  );
}
