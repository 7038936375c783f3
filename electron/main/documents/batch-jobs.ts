import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from '../private-files';
import type { MissingFact } from '../../../shared/documents/context';
import type { SessionUser } from '../../../shared/domain/staff/staff.schema';
import { randomBytes } from 'node:crypto';
import type { DocumentService, ItemWarnings } from './document-service';

/** Never overwrite a file already written by this batch: add (2), (3) … before the extension. */
function uniquePath(folder: string, name: string): string {
  let candidate = join(folder, name);
  for (let i = 2; existsSync(candidate); i++)
    candidate = join(folder, name.replace(/(\.docx)?$/, `（${i}）$1`));
  return candidate;
}

export type BatchItem = { caseId: string; templateId: string; options: Record<string, string> };
export type BatchStatus = {
  jobId: string;
  state: 'running' | 'done' | 'cancelled';
  total: number;
  done: number;
  created: number;
  folder: string;
  failed: { caseId: string; templateId: string; missing: MissingFact[]; message: string }[];
  /** Produced, but with timing warnings (e.g. a 开庭通知书 after the hearing date), reported at the end. */
  warned: ItemWarnings[];
};

/**
 * Batch generation (e.g. every 开庭通知书 and 送达回证 for next Tuesday's hearings): one document per event-loop
 * turn so status and cancel calls are answered while it runs; every file lands in one folder.
 */
export function createBatchJobs(
  documents: DocumentService,
  exportsDir: string,
  now: () => number = Date.now,
) {
  // Each job remembers who started it: its folder and outcome name cases, so only that person may follow or
  // cancel it (issue 15 item 5); anyone else is told it does not exist.
  const jobs = new Map<string, BatchStatus & { cancel: boolean; owner: string }>();
  const ownJob = (jobId: string, userId: string) => {
    const j = jobs.get(jobId);
    return j?.owner === userId ? j : undefined;
  };

  async function run(
    job: BatchStatus & { cancel: boolean },
    items: readonly BatchItem[],
    user: SessionUser,
  ): Promise<void> {
    // The folder may be one the user already has (their desktop): created private if new, left as it is if not.
    mkdirSync(job.folder, { recursive: true, mode: PRIVATE_DIR_MODE });
    for (const it of items) {
      if (job.cancel) {
        job.state = 'cancelled';
        return;
      }
      await new Promise((r) => setImmediate(r));
      // Choosing the batch is the confirmation; its timing warnings are listed when it ends (issue 10 item 2).
      const r = await documents.generate(it.caseId, it.templateId, it.options, user, true);
      if (!r.ok) job.failed.push({ ...it, missing: [], message: r.error.message });
      else if ('missing' in r.value)
        job.failed.push({ ...it, missing: r.value.missing, message: '缺少必要事实' });
      else if ('document' in r.value) {
        if (r.value.warnings.length > 0)
          job.warned.push({ caseId: it.caseId, templateId: it.templateId, warnings: r.value.warnings });
        const file = documents.download(r.value.document.id);
        if (file.ok)
          writeFileSync(
            uniquePath(job.folder, file.value.fileName),
            Buffer.from(file.value.dataBase64, 'base64'),
            { mode: PRIVATE_FILE_MODE },
          );
        if (r.value.created) job.created += 1;
      }
      job.done += 1;
    }
    job.state = 'done';
  }

  return {
    start(items: readonly BatchItem[], user: SessionUser): BatchStatus {
      const jobId = randomBytes(8).toString('hex');
      const stamp = new Date(now() + 8 * 3_600_000).toISOString().slice(0, 19).replace(/[-:T]/g, '');
      const job: BatchStatus & { cancel: boolean; owner: string } = {
        jobId,
        state: 'running',
        total: items.length,
        done: 0,
        created: 0,
        folder: join(exportsDir, `批量文书-${stamp}-${jobId.slice(0, 4)}`),
        failed: [],
        warned: [],
        cancel: false,
        owner: user.id,
      };
      jobs.set(jobId, job);
      void run(job, items, user).catch((e: unknown) => {
        job.failed.push({ caseId: '', templateId: '', missing: [], message: String(e) });
        job.state = 'done';
      });
      return status(job);
    },
    status(jobId: string, userId: string): BatchStatus | null {
      const j = ownJob(jobId, userId);
      return j ? status(j) : null;
    },
    cancel(jobId: string, userId: string): BatchStatus | null {
      const j = ownJob(jobId, userId);
      if (!j) return null;
      j.cancel = true;
      return status(j);
    },
  };
}

const status = (j: BatchStatus): BatchStatus => ({
  jobId: j.jobId,
  state: j.state,
  total: j.total,
  done: j.done,
  created: j.created,
  folder: j.folder,
  failed: [...j.failed],
  warned: [...j.warned],
});
export type BatchJobs = ReturnType<typeof createBatchJobs>;
