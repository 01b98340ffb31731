/**
 * How far a fitted view keeps the plan from the canvas's edges: below the toolbar (top left)
 * and above the zoom controls and the minimap (bottom corners), so that no fitted node sits
 * under an overlay where it cannot be clicked or connected. Layouts run left to right, so
 * the room is taken from the height, which they rarely need; at the sides only the handles'
 * few pixels are kept, since the width is what decides how large the cards' text is drawn.
 */
export const FIT_PADDING = { top: '72px', bottom: '180px', left: '12px', right: '12px' } as const;
