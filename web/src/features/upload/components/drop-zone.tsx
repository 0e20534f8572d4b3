import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/icon.tsx';

/** Drag and drop, with the file picker as the keyboard way in. */
export function DropZone({ onFiles }: { onFiles: (files: File[]) => void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setOver(false);
    onFiles([...event.dataTransfer.files]);
  }

  return (
    <div
      className={`drop-zone${over ? ' drop-zone-over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <Icon name="upload" className="icon-large" />
      <p>{t('upload.dropHere')}</p>
      <label className="button">
        {t('upload.chooseFiles')}
        <input
          ref={input}
          type="file"
          multiple
          className="visually-hidden"
          accept=".json,.ndjson,.txt,.vtt,.srt,.csv"
          onChange={(event) => {
            onFiles([...(event.target.files ?? [])]);
            if (input.current) input.current.value = '';
          }}
        />
      </label>
      <p className="muted small">{t('upload.formats')}</p>
    </div>
  );
}
