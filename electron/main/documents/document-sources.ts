import type { Repos } from '../db/repositories';
import type { MutationRunner } from '../mutations/run-mutation';
import type { CaseService } from '../services/case-service';
import type { ElementsService } from '../services/elements-service';
import type { ProcedureService } from '../services/procedure-service';

/**
 * What document generation reads and the one write it makes (documents.record) — a narrow port instead of the
 * whole service bag, so documents depend on the services they use and `services/index.ts` (which wires the
 * document service) is not imported back: no services ↔ documents cycle.
 */
export type DocumentSources = {
  repos: Pick<Repos, 'cases' | 'events' | 'staff' | 'documents' | 'blobQueue' | 'offices' | 'settings'>;
  cases: Pick<CaseService, 'get' | 'timeline'>;
  procedure: Pick<ProcedureService, 'view'>;
  elements: Pick<ElementsService, 'caseView'>;
  mutations: Pick<MutationRunner, 'run'>;
};
