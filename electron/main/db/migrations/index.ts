import type { Migration } from '../migrate';
import { up as init } from './0001_init';
import { up as procedure } from './0002_procedure';
import { up as elements } from './0003_elements';
import { up as documents } from './0004_documents';
import { up as assignment } from './0005_assignment';
import { up as caseClerk } from './0006_case_clerk';
import { up as corrections } from './0007_corrections';
import { up as outboxChanges } from './0008_outbox_changes';
import { up as syncRebase } from './0009_sync_rebase';
import { up as auditChain } from './0010_audit_chain';
import { up as syncConflicts } from './0011_sync_conflicts';
import { up as compactStorage } from './0012_compact_storage';
import { up as smallerOnDisk } from './0013_smaller_on_disk';
import { up as searchSideIndexes } from './0014_search_side_indexes';
import { up as deadlineDigests } from './0015_deadline_digests';
import { up as listCounts } from './0016_list_counts';
import { up as auditFromOutbox } from './0017_audit_from_outbox';
import { up as openCasesIndex } from './0018_open_cases_index';
import { up as compactIds } from './0019_compact_ids';
import { up as argsDictionaryV2 } from './0020_args_dictionary_v2';
import { up as bigramStopGrams } from './0021_bigram_stop_grams';

/**
 * Migrations as TypeScript string modules, listed in order. Plain imports (not import.meta.glob) so the same
 * list works under vitest, tsx and the esbuild bundle; `assertContiguous` guards the numbering. Each `title` is what
 * the start-up window shows while that migration runs (第 i / n 步).
 */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: '0001_init', title: '建立基础数据结构', up: init },
  { version: 2, name: '0002_procedure', title: '办案程序与期限', up: procedure },
  { version: 3, name: '0003_elements', title: '要素表', up: elements },
  { version: 4, name: '0004_documents', title: '文书及其版本', up: documents },
  { version: 5, name: '0005_assignment', title: 'AB角与回避', up: assignment },
  { version: 6, name: '0006_case_clerk', title: '书记员', up: caseClerk },
  { version: 7, name: '0007_corrections', title: '更正与作废', up: corrections },
  { version: 8, name: '0008_outbox_changes', title: '待同步记录的变更内容', up: outboxChanges },
  { version: 9, name: '0009_sync_rebase', title: '同步时重放离线操作', up: syncRebase },
  { version: 10, name: '0010_audit_chain', title: '审计日志防篡改链', up: auditChain },
  { version: 11, name: '0011_sync_conflicts', title: '同步冲突记录', up: syncConflicts },
  { version: 12, name: '0012_compact_storage', title: '压缩审计与已同步记录', up: compactStorage },
  { version: 13, name: '0013_smaller_on_disk', title: '缩小期限与审计的存储', up: smallerOnDisk },
  { version: 14, name: '0014_search_side_indexes', title: '检索辅助索引', up: searchSideIndexes },
  { version: 15, name: '0015_deadline_digests', title: '期限重算摘要', up: deadlineDigests },
  { version: 16, name: '0016_list_counts', title: '案件列表计数', up: listCounts },
  { version: 17, name: '0017_audit_from_outbox', title: '精简审计日志并重建检索索引', up: auditFromOutbox },
  { version: 18, name: '0018_open_cases_index', title: '未结案件索引', up: openCasesIndex },
  { version: 19, name: '0019_compact_ids', title: '开始使用精简编号，精简程序日志索引', up: compactIds },
  { version: 20, name: '0020_args_dictionary_v2', title: '精简已确认的修改记录', up: argsDictionaryV2 },
  { version: 21, name: '0021_bigram_stop_grams', title: '精简检索的双字索引', up: bigramStopGrams },
];
