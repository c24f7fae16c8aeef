import { useApolloClient } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useI18n } from '../i18n';
import { UploadError, type Uploaded, uploadFile } from './upload';

/** One document's files: choose, upload with progress, remove. */
export function FileField(props: {
  label: string;
  target: { unitCode?: string; code?: string };
  files: Uploaded[];
  onChange: (files: Uploaded[]) => void;
  error?: string | undefined;
}) {
  const { t, pick } = useI18n();
  const client = useApolloClient();
  const id = useId();
  const [progress, setProgress] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const message = failure ?? props.error;
  const choose = async (file: File | undefined) => {
    if (!file) return;
    setFailure(null);
    setProgress(0);
    try {
      const uploaded = await uploadFile(client, props.target, file, props.label, setProgress);
      props.onChange([...props.files, uploaded]);
    } catch (error) {
      setFailure(
        t('uploadFailed', {
          reason: error instanceof UploadError ? pick(error.vi, error.en) : t('errorGeneric'),
        }),
      );
    } finally {
      setProgress(null);
    }
  };
  return (
    <div className={`field file-field${message ? ' invalid' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <p className="hint" id={`${id}-hint`}>
        {t('uploadHint')}
      </p>
      {message && (
        <p className="field-error" id={`${id}-error`}>
          {message}
        </p>
      )}
      <input
        id={id}
        type="file"
        accept="application/pdf,image/jpeg,image/png"
        aria-describedby={`${id}-hint${message ? ` ${id}-error` : ''}`}
        aria-invalid={message ? true : undefined}
        disabled={progress !== null}
        onChange={(event) => {
          void choose(event.target.files?.[0]);
          event.target.value = '';
        }}
      />
      {progress !== null && (
        <div role="status">
          <progress
            max={1}
            value={progress}
            aria-label={t('uploading', { percent: Math.round(progress * 100) })}
          />{' '}
          {t('uploading', { percent: Math.round(progress * 100) })}
        </div>
      )}
      <ul className="files">
        {props.files.map((file) => (
          <li key={file.id}>
            {t('uploaded', { name: file.fileName })}{' '}
            <button
              type="button"
              className="link-button"
              aria-label={t('removeFile', { name: file.fileName })}
              onClick={() => props.onChange(props.files.filter((other) => other.id !== file.id))}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
