import type { AppInfo, ApiHandlers } from '../../shared/api';
import type { ChecklistRepository } from '../store/checklist-repository';
import type { PlanRepository } from '../store/plan-repository';
import type { TrafficRepository } from '../store/traffic-repository';
import { createBackupsHandlers, type BackupsDeps } from './backups-handlers';
import { createChecklistHandlers } from './checklist-handlers';
import { createExportsHandlers, type ExportsDeps } from './exports-handlers';
import { createPlansHandlers } from './plans-handlers';
import { createTrafficHandlers } from './traffic-handlers';
import type { TemplateLoader } from './templates';

export interface ApiDeps {
  plans: PlanRepository;
  checklist: ChecklistRepository;
  loadTemplate: TemplateLoader;
  appInfo: () => AppInfo;
  /** The notices after the first `seen`, and how many there are in all. */
  notices: (seen: number) => { notices: AppInfo['notices']; total: number };
  exports: ExportsDeps;
  traffic: TrafficRepository;
  backups: BackupsDeps;
}

/**
 * The api as services implement it, one handler factory per domain of the contract;
 * transports (IPC, web host) wrap it, never change it.
 */
export function createApi(deps: ApiDeps): ApiHandlers {
  return {
    app: { info: async () => deps.appInfo(), notices: async ({ seen }) => deps.notices(seen) },
    backups: createBackupsHandlers(deps.backups),
    plans: createPlansHandlers(deps.plans, deps.loadTemplate, deps.checklist),
    checklist: createChecklistHandlers(deps.checklist),
    exports: createExportsHandlers(deps.exports),
    traffic: createTrafficHandlers(deps.traffic),
  };
}
