import { Alert, Anchor, List, Text } from '@mantine/core';
import { useState } from 'react';
import type { Verdict } from '../../../shared/readiness';
import { verdictStyle } from './verdict-style';

const SHOWN_REASONS = 4;

/** The overall answer first: ready, at risk or not ready, and why. */
export function VerdictBanner({ verdict, eventName, countdown }: { verdict: Verdict; eventName: string; countdown: string }) {
  const [expanded, setExpanded] = useState(false);
  const style = verdictStyle[verdict.verdict];
  const reasons = expanded ? verdict.reasons : verdict.reasons.slice(0, SHOWN_REASONS);
  const hidden = verdict.reasons.length - reasons.length;
  return (
    <Alert
      color={style.color}
      variant="light"
      icon={<style.Icon size={20} />}
      title={
        <Text span fw={700} size="md">
          {style.label}
          <Text span c="dimmed" fw={400} size="sm"> · {eventName} · {countdown}</Text>
        </Text>
      }
      data-testid="overall-verdict"
      data-verdict={verdict.verdict}
      styles={{ root: { padding: '8px 12px' } }}
    >
      <List size="sm" spacing={2}>
        {reasons.map((reason, i) => (
          <List.Item key={i}>{reason}</List.Item>
        ))}
      </List>
      {(hidden > 0 || expanded) && verdict.reasons.length > SHOWN_REASONS && (
        <Anchor component="button" type="button" size="xs" mt={4} onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Show fewer' : `and ${hidden} more…`}
        </Anchor>
      )}
    </Alert>
  );
}
