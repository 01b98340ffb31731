/**
 * How far a fitted view keeps the plan from the canvas's edges: below the toolbar (top left)
 * and above the zoom controls and the minimap (bottom corners), so that no fitted node sits
 * under an overlay where it cannot be clicked or connected. Layouts run left to right, so
 * the room is taken from the height, which they rarely need. The sides are kept narrow, since
 * the width decides how large the cards' text is drawn (the samples: 11.2 px at 1440×900),
 * but the right one holds the source handles out of React Flow's 40 px auto-pan band: a
 * connection dragged from a handle inside it slides the canvas away under the pointer.
 */
export const FIT_PADDING = { top: '72px', bottom: '180px', left: '24px', right: '40px' } as const;

/**
 * A fitted view of a small plan stops at this zoom: React Flow's default (2) draws a new
 * plan's three cards at twice their size, 32 px type, more toy than diagram.
 */
export const FIT_MAX_ZOOM = 1.25;
