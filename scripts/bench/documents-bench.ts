import JSZip from 'jszip';
import type { AppCore } from '../../electron/main/app-core';
import { buildDocContext } from '../../electron/main/documents/build-context';
import { renderDocx } from '../../electron/main/documents/render-docx';
import { createSampleCases, sampleTarget } from '../../electron/main/demo/sample-cases';
import type { Actor } from '../../electron/main/mutations/types';
import { toSessionUser } from '../../electron/main/services/auth-service';
import { DOCUMENT_TEMPLATES, templateById } from '../../shared/documents/templates';
import { summarize, type RunPlan, type Stats } from './timing';

/**
 * Document generation: the app reads the case (context from every service), builds the model and renders the
 * .docx; the floor writes the very same word/document.xml (and the other parts) into a zip directly — all the
 * bytes, none of the work of deciding them.
 */
export async function benchDocuments(
  core: AppCore,
  admin: Actor,
  plan: RunPlan,
): Promise<{ award: { app: Stats; floor: Stats }; batch: { app: Stats; floor: Stats; count: number } }> {
  const cases = createSampleCases(core.services, admin);
  const staff = core.services.repos.staff.get(admin.id);
  if (!staff) throw new Error('admin missing');
  const user = toSessionUser(core.services.repos, staff);

  const appDoc = async (templateId: string): Promise<Buffer> => {
    const t = templateById(templateId);
    if (!t) throw new Error(templateId);
    const { caseId, options } = sampleTarget(t.id, t.kinds, t.options ?? [], cases);
    const ctx = buildDocContext(core.services, caseId, user, '2026-11-25', options);
    if (!ctx.ok) throw new Error(ctx.error.message);
    const r = t.build(ctx.value);
    if (!r.ok) throw new Error(`${templateId}: ${r.missing.map((m) => m.fact).join('、')}`);
    return renderDocx(r.model);
  };
  // The floor's input: each document's parts, taken once from the app's own output.
  const partsOf = async (docx: Buffer) => {
    const zip = await JSZip.loadAsync(docx);
    const names = Object.keys(zip.files).filter((n) => !zip.files[n]?.dir);
    return Promise.all(names.map(async (n) => [n, await zip.file(n)?.async('nodebuffer')] as const));
  };
  const floorDoc = async (parts: Awaited<ReturnType<typeof partsOf>>) => {
    const zip = new JSZip();
    for (const [n, b] of parts) if (b) zip.file(n, b);
    return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  };

  const time = async (fn: () => Promise<unknown>): Promise<number> => {
    const t0 = process.hrtime.bigint();
    await fn();
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  const awardParts = await partsOf(await appDoc('award'));
  const award = { app: [] as number[], floor: [] as number[] };
  for (let i = 0; i < plan.warmup + plan.runs; i++) {
    const a = await time(() => appDoc('award'));
    const f = await time(() => floorDoc(awardParts));
    if (i >= plan.warmup) {
      award.app.push(a);
      award.floor.push(f);
    }
  }

  const ids = Array.from(
    { length: 200 },
    (_, i) => DOCUMENT_TEMPLATES[i % DOCUMENT_TEMPLATES.length]?.id as string,
  );
  const batchParts = await Promise.all(ids.map(async (id) => partsOf(await appDoc(id))));
  const batchRuns = Math.max(1, Math.min(3, plan.runs));
  const batch = { app: [] as number[], floor: [] as number[] };
  for (let i = 0; i < batchRuns; i++) {
    batch.app.push(
      await time(async () => {
        for (const id of ids) await appDoc(id);
      }),
    );
    batch.floor.push(
      await time(async () => {
        for (const p of batchParts) await floorDoc(p);
      }),
    );
  }
  return {
    award: { app: summarize(award.app), floor: summarize(award.floor) },
    batch: { app: summarize(batch.app), floor: summarize(batch.floor), count: ids.length },
  };
}
