import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useRef, useState, type ChangeEvent } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { call } from '../../../api/client';
import { errorText } from '../../../api/errors';
import { Field } from '../../../components/Field';
import { errorAt } from '../../../components/form-errors';
import type { ActionForm } from '../action-form-types';
import { dataUrlToBase64, fileSizeText } from '../../../components/file-bytes';
import { attachmentName, evidenceSizeProblem } from '../evidence-file';

/** The file's content as base64 (FileReader; the data-URL prefix removed). */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? dataUrlToBase64(reader.result) : '');
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/**
 * 送达凭证文件: a scan of the 送达回证, an EMS receipt or a screenshot. It is uploaded as soon as it is picked
 * (attachments:upload, at most 10 MB) and the record keeps only the returned reference (payload.evidenceFile).
 */
export function EvidenceFileField() {
  const { control, formState, setValue } = useFormContext<ActionForm>();
  const file = useWatch({ control, name: 'payload.evidenceFile' });
  const inputRef = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const onPick = async (e: ChangeEvent<HTMLInputElement>) => {
    const picked = e.target.files?.[0];
    // Cleared so that picking the same file again after removing it fires `change` once more.
    e.target.value = '';
    if (picked === undefined) return;
    const refused = evidenceSizeProblem(picked.name, picked.size);
    setProblem(refused);
    if (refused !== null) return;
    setUploading(true);
    try {
      const dataBase64 = await readAsBase64(picked);
      const r = await call('attachments:upload', {
        name: attachmentName(picked.name),
        mime: picked.type === '' ? 'application/octet-stream' : picked.type.slice(0, 100),
        dataBase64,
      });
      if (r.ok) setValue('payload.evidenceFile', r.value, { shouldDirty: true });
      else setProblem(errorText(r.error));
    } catch {
      setProblem(`无法读取文件“${picked.name}”，请重新选择`);
    } finally {
      setUploading(false);
    }
  };

  const remove = () => {
    setValue('payload.evidenceFile', undefined, { shouldDirty: true });
    setProblem(null);
  };

  return (
    <Field
      label="送达凭证文件（回证扫描件、回执或截图，10 MB 以内）"
      htmlFor="action-evidenceFile"
      error={problem ?? errorAt(formState.errors, 'payload.evidenceFile')}
    >
      <input
        ref={inputRef}
        id="action-evidenceFile"
        data-testid="action-evidenceFile"
        type="file"
        hidden
        onChange={(e) => void onPick(e)}
      />
      {file === undefined ? (
        <Button
          icon={<UploadOutlined />}
          loading={uploading}
          data-testid="action-evidenceFile-pick"
          onClick={() => inputRef.current?.click()}
        >
          {uploading ? '正在上传…' : '选择文件'}
        </Button>
      ) : (
        <div className="evidence-file" data-testid="action-evidenceFile-current">
          <PaperClipOutlined />
          <Typography.Text data-testid="action-evidenceFile-name">{file.name}</Typography.Text>
          <Typography.Text type="secondary">{fileSizeText(file.size)}</Typography.Text>
          <Button
            type="text"
            danger
            size="small"
            icon={<DeleteOutlined />}
            aria-label={`移除凭证文件 ${file.name}`}
            data-testid="action-evidenceFile-remove"
            onClick={remove}
          />
        </div>
      )}
    </Field>
  );
}
