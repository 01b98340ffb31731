import { describe, expect, it } from 'vitest';
import { createNode } from '../../../shared/model/create-node';
import { cardHeight } from './card-size';

describe('a card’s height, where edge labels are kept off it', () => {
  // The card draws its name, then load and status, then need vs today when the kind is sized in a unit (PlanNodeCard).
  it('is two lines for a kind only checked against a limit, a queue as much as a CDN', () => {
    expect(cardHeight(createNode('queue', 'q', 'orders'))).toBe(72);
    expect(cardHeight(createNode('cdn', 'c', 'edge'))).toBe(72);
    expect(cardHeight(createNode('trafficSource', 's', 'users'))).toBe(72);
  });

  it('is three lines for a kind sized in a unit', () => {
    expect(cardHeight(createNode('service', 's', 'api'))).toBe(94);
    expect(cardHeight(createNode('kubernetesWorkload', 'k', 'api'))).toBe(94);
    expect(cardHeight(createNode('serverlessFunction', 'f', 'confirm'))).toBe(94);
  });
});
