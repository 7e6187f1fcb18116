/**
 * The sigma programs that draw links, by edge type (the types edge-reducer.ts gives): solid, dashed,
 * dash-dotted and dotted arrows, straight or curved beside parallel links (parallel-edges.ts), and
 * plain lines and curves without arrow heads for co-mentions, which have no direction.
 */
import { createDrawCurvedEdgeLabel, createEdgeCurveProgram } from '@sigma/edge-curve';
import { createEdgeCompoundProgram, EdgeArrowHeadProgram } from 'sigma/rendering';
import { createEdgeCurvePatternProgram } from './edge-curve-pattern-program.ts';
import { EdgeDashDotProgram, EdgeDashedProgram, EdgeDottedProgram, EdgeLineProgram } from './edge-dashed-program.ts';

/** Curved links: an arrow head at the target, labels following the curve. */
const CURVE_OPTIONS = {
  arrowHead: { extremity: 'target', lengthToThicknessRatio: 2.5, widenessToThicknessRatio: 2 },
  drawLabel: createDrawCurvedEdgeLabel({ curvatureAttribute: 'curvature', defaultCurvature: 0, arrowHead: null, keepLabelUpright: true }),
} as const;

/** Sigma's `edgeProgramClasses`. */
export const EDGE_PROGRAMS = {
  // Our line program (not sigma's arrow) so thin links keep a wide enough picking area to click.
  arrow: createEdgeCompoundProgram([EdgeLineProgram, EdgeArrowHeadProgram]),
  dashed: createEdgeCompoundProgram([EdgeDashedProgram, EdgeArrowHeadProgram]),
  // How a fact is told: alleged dash-dotted; planned, denied and negated dotted.
  dashdot: createEdgeCompoundProgram([EdgeDashDotProgram, EdgeArrowHeadProgram]),
  dotted: createEdgeCompoundProgram([EdgeDottedProgram, EdgeArrowHeadProgram]),
  // Co-mentions have no direction.
  plain: EdgeLineProgram,
  // Parallel links: quadratic curves with an arrow head, labels following the curve, and the
  // same line patterns as straight links.
  curved: createEdgeCurveProgram(CURVE_OPTIONS),
  curvedDashed: createEdgeCurvePatternProgram('dashed', CURVE_OPTIONS),
  curvedDashdot: createEdgeCurvePatternProgram('dashdot', CURVE_OPTIONS),
  curvedDotted: createEdgeCurvePatternProgram('dotted', CURVE_OPTIONS),
  // A co-mention beside parallel links: a curve with no direction.
  curvedPlain: createEdgeCurveProgram({ ...CURVE_OPTIONS, arrowHead: null }),
};
