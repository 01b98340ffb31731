import globalConference from '../../../../resources/samples/global-conference.headroom.json';
import type { Plan } from '../../../shared/model/plan';
import { parsePlanDocument } from '../../../shared/model/parse-plan';

/** The sample plan a first launch opens, parsed as the app parses it. */
export function samplePlan(): Plan {
  const parsed = parsePlanDocument(globalConference);
  if (!parsed.ok) throw new Error('the sample plan does not parse');
  return parsed.plan;
}
