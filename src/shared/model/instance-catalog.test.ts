import { describe, expect, it } from 'vitest';
import eventPlatform from '../../../resources/samples/event-platform.headroom.json';
import flashSale from '../../../resources/samples/flash-sale.headroom.json';
import globalConference from '../../../resources/samples/global-conference.headroom.json';
import { instanceTypeInfo, instanceTypeVcpus, isKnownInstanceType, knownInstanceTypes } from './instance-catalog';
import { parsePlanDocument } from './parse-plan';

describe('instance catalog', () => {
  it('knows EC2 sizes by family ratio: c6i.2xlarge is 8 vCPUs and 16 GiB, r6i.large 2 and 16, m7g.medium 1 and 4', () => {
    expect(instanceTypeInfo('c6i.2xlarge')).toEqual({ type: 'c6i.2xlarge', awsService: 'ec2', family: 'c6i', size: '2xlarge', vcpus: 8, memoryGib: 16 });
    expect(instanceTypeInfo('r6i.large')).toMatchObject({ vcpus: 2, memoryGib: 16 });
    expect(instanceTypeInfo('m7g.medium')).toMatchObject({ vcpus: 1, memoryGib: 4 });
    expect(instanceTypeVcpus('c5.9xlarge')).toBe(36);
    expect(instanceTypeVcpus('m7i.48xlarge')).toBe(192);
  });
  it('knows burstable types by their own table: t3.medium is 2 vCPUs and 4 GiB, t3.2xlarge 8 and 32', () => {
    expect(instanceTypeInfo('t3.medium')).toMatchObject({ family: 't3', vcpus: 2, memoryGib: 4 });
    expect(instanceTypeInfo('t3.2xlarge')).toMatchObject({ vcpus: 8, memoryGib: 32 });
  });
  it('knows RDS db.* types with the EC2 family figures, and the family without the prefix', () => {
    expect(instanceTypeInfo('db.r5.4xlarge')).toEqual({ type: 'db.r5.4xlarge', awsService: 'rds', family: 'r5', size: '4xlarge', vcpus: 16, memoryGib: 128 });
    expect(instanceTypeInfo('db.r6g.xlarge')).toMatchObject({ awsService: 'rds', vcpus: 4, memoryGib: 32 });
  });
  it('knows ElastiCache cache.* types with the memory the node offers the cache', () => {
    expect(instanceTypeInfo('cache.r6g.large')).toMatchObject({ awsService: 'elasticache', family: 'r6g', vcpus: 2, memoryGib: 13.07 });
    expect(instanceTypeInfo('cache.t4g.medium')).toMatchObject({ vcpus: 2, memoryGib: 3.09 });
  });
  it('knows managed load-balancer units without vCPUs (no instance quota applies to them)', () => {
    expect(instanceTypeInfo('alb')).toMatchObject({ awsService: 'managed', vcpus: undefined, memoryGib: undefined });
    expect(isKnownInstanceType('gateway-unit')).toBe(true);
  });
  it('reads a type case- and space-insensitively', () => {
    expect(instanceTypeInfo('  C6I.XLarge ')?.type).toBe('c6i.xlarge');
  });
  it('answers undefined for a type it does not know, a size the family lacks, a blank type, or a near miss', () => {
    for (const t of ['', '  ', 'x9z.large', 'c6i.huge', 'db.r6g.medium', 'c5.32xlarge', 'cache.c6i.large', 'c6i', 'c6i.2xlarge.extra', '__proto__', 'constructor']) {
      expect(instanceTypeInfo(t), t).toBeUndefined();
    }
  });
  it('lists its types sorted and unique, every one found again by lookup', () => {
    const all = knownInstanceTypes();
    expect([...all].sort()).toEqual(all);
    expect(new Set(all).size).toBe(all.length);
    for (const t of all) expect(instanceTypeInfo(t)?.type).toBe(t);
  });
  it('knows every instance type the samples use', () => {
    for (const [name, doc] of Object.entries({ globalConference, flashSale, eventPlatform })) {
      const parsed = parsePlanDocument(doc);
      if (!parsed.ok) throw new Error(name);
      for (const node of parsed.plan.nodes) {
        if (!('instanceType' in node.params)) continue;
        const t = node.params.instanceType;
        expect(t === '' || isKnownInstanceType(t), `${name}: ${node.name} uses ${t}`).toBe(true);
      }
    }
  });
});
