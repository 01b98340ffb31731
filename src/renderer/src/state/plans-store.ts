import { create } from 'zustand';
import type { AppInfo, PlanSummary, TemplateId } from '../../../shared/api';
import { api } from '../api/client';

interface PlansState {
  plans: PlanSummary[];
  loading: boolean;
  error: string | null;
  info: AppInfo | null;
  refresh(): Promise<void>;
  loadInfo(): Promise<void>;
  create(name: string, template: TemplateId): Promise<string>;
  rename(id: string, name: string): Promise<void>;
  duplicate(id: string): Promise<string>;
  remove(id: string): Promise<void>;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export const usePlans = create<PlansState>()((set, get) => ({
  plans: [],
  loading: true,
  error: null,
  info: null,
  async refresh() {
    try {
      set({ plans: await api.plans.list(), loading: false, error: null });
    } catch (error) {
      set({ loading: false, error: message(error) });
    }
  },
  async loadInfo() {
    set({ info: await api.app.info() });
  },
  async create(name, template) {
    const created = await api.plans.create({ name, template });
    await get().refresh();
    return created.id;
  },
  async rename(id, name) {
    await api.plans.rename({ id, name });
    await get().refresh();
  },
  async duplicate(id) {
    const copy = await api.plans.duplicate({ id });
    await get().refresh();
    return copy.id;
  },
  async remove(id) {
    await api.plans.delete({ id });
    await get().refresh();
  },
}));
