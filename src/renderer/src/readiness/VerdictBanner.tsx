import { Alert, Anchor, Badge, Group, List, Text } from '@mantine/core';
import { useState } from 'react';
import { verdictRuleIds, verdictRuleLabels, type Verdict } from '../../../shared/readiness';
import { verdictStyle } from './verdict-style';

const SHOWN_REASONS = 4;

/** The overall answer first: ready, at risk or not ready, which rules put it there, and why (each reason naming its item, node or finding). */
export function VerdictBanner({ verdict, eventName, countdown, startsLocal, startsAtUtc, timeZone }: { verdict: Verdict; eventName: string; countdown: string; startsLocal: string; startsAtUtc: string; timeZone: string }) {
  const [expanded, setExpanded] = useState(false);
  const style = verdictStyle[verdict.state];
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
          <Text span c="dimmed" fw={400} size="sm" data-testid="event-start"> · {eventName} · starts {startsLocal} ({timeZone}) = {startsAtUtc.slice(0, 16).replace('T', ' ')} UTC · {countdown}</Text>
        </Text>
      }
      data-testid="overall-verdict"
      data-verdict={verdict.state}
      styles={{ root: { padding: '8px 12px' } }}
    >
      <Group gap={6} mb={4} data-testid="verdict-rules">
        <Text size="xs" fw={600}>Rule{verdict.rules.length === 1 ? '' : 's'} that fired:</Text>
        {verdict.rules.map((rule) => (
          <Badge key={rule} size="sm" variant="outline" color={style.color} data-rule={rule} tt="none">
            {verdictRuleIds[rule]} · {verdictRuleLabels[rule]}
          </Badge>
        ))}
      </Group>
      <List size="sm" spacing={2} data-testid="verdict-reasons">
        {reasons.map((reason, i) => (
          <List.Item key={i} data-rule={reason.rule}>
            <Text span size="xs" fw={600}>{verdictRuleIds[reason.rule]}</Text> {reason.text}
          </List.Item>
        ))}
      </List>
      {(hidden > 0 || expanded) && verdict.reasons.length > SHOWN_REASONS && (
        <Anchor component="button" type="button" size="xs" mt={4} onClick={() => setExpanded(!expanded)} data-testid="verdict-more">
          {expanded ? 'Show fewer' : `and ${hidden} more…`}
        </Anchor>
      )}
    </Alert>
  );
}
