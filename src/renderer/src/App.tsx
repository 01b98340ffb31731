import { AppShell, Group, Loader, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Gauge } from 'lucide-react';
import { useEffect, useState } from 'react';
import { StatusBar } from './components/StatusBar';
import { useEditor } from './state/editor-store';
import { usePlans } from './state/plans-store';
import { PlanEditorView } from './views/PlanEditorView';
import { PlanListView } from './views/PlanListView';
import { api } from './api/client';
import { followNotices } from './state/follow-notices';

/** `boot`: the start-up calls (boot.ts), begun before the first render. */
export function App({ boot }: { boot: Promise<void> }) {
  const planId = useEditor((s) => s.planId);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let stopFollowing: (() => void) | null = null;
    void boot
      .then(() => {
        const info = usePlans.getState().info;
        for (const moved of info?.movedAside ?? []) {
          notifications.show({ color: 'orange', autoClose: false, title: 'A damaged data file was set aside', message: `${moved.from} could not be read (${moved.reason}). It was kept as ${moved.to}; a new database was started.` });
        }
        const show = (notice: { title: string; message: string }) => notifications.show({ color: 'orange', autoClose: false, title: notice.title, message: notice.message });
        for (const notice of info?.notices ?? []) show(notice);
        // Electron's main process puts up its own message box at once; a browser tab must ask.
        if (info?.transport === 'web') stopFollowing = followNotices((seen) => api.app.notices({ seen }), show, info.notices.length);
      })
      .catch((error: unknown) => notifications.show({ color: 'red', autoClose: false, title: 'Headroom could not start', message: String(error) }))
      .finally(() => setReady(true));
    return () => stopFollowing?.();
  }, [boot]);

  return (
    <AppShell header={{ height: 44 }} footer={{ height: 26 }} padding={0} data-app-state={ready ? 'ready' : 'loading'}>
      <AppShell.Header>
        <Group h="100%" px="md" gap="xs">
          <Gauge size={18} color="var(--mantine-color-indigo-6)" />
          <Text fw={700}>Headroom</Text>
          <Text size="xs" c="dimmed">capacity & event readiness</Text>
        </Group>
      </AppShell.Header>
      <AppShell.Main style={{ height: '100vh', boxSizing: 'border-box', minHeight: 0 }}>
        {/* Until start-up has decided whether to reopen the last plan, neither view: drawing the
            plan list only to replace it with the plan cost the first render a whole pass (issue 18). */}
        {planId ? <PlanEditorView /> : ready ? <PlanListView /> : <Loader m="xl" data-testid="starting" />}
      </AppShell.Main>
      <AppShell.Footer>
        <StatusBar />
      </AppShell.Footer>
    </AppShell>
  );
}
