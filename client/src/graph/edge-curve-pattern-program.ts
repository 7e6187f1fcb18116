/**
 * Curved-edge programs with a line pattern, so a link drawn as a curve (parallel links,
 * parallel-edges.ts) keeps the dashes that tell how the fact is told: alleged dash-dotted, planned,
 * denied and negated dotted, single-source dashed. `@sigma/edge-curve` draws solid curves only.
 *
 * Its vertex shader is kept as is; the fragment shader is its own (a quadratic Bézier per link,
 * each pixel coloured by its distance to the curve, the arrow head widening the line near the
 * target) with two additions: the nearest point's curve parameter is kept, and the arc length from
 * the source to it, in CSS pixels, is fed to the same gap test as the straight programs
 * (PATTERN_GAP_GLSL), so dashes are as long on a curve as on a straight line, at every zoom. The arrow
 * head stays solid, as in the straight compound programs. Picking stays solid too.
 */
import { createEdgeCurveProgram, type CreateEdgeCurveProgramOptions } from '@sigma/edge-curve';
import type { Attributes } from 'graphology-types';
import type { EdgeProgramType, ProgramDefinition } from 'sigma/rendering';
import { PATTERN_DEFINES, PATTERN_GAP_GLSL, type LinePattern } from './edge-dashed-program.ts';

/**
 * The fragment shader. The nearest-point search is @sigma/edge-curve's (after "Approximate distance
 * to a quadratic Bézier", Inigo Quilez), returning the parameter instead of the point.
 */
function curveFragmentShader(pattern: LinePattern, targetArrowHead: boolean): string {
  return /* glsl */ `${PATTERN_DEFINES[pattern]}${targetArrowHead ? '#define TARGET_ARROW_HEAD\n' : ''}
precision highp float;

varying vec4 v_color;
varying float v_thickness;
varying float v_feather;
varying vec2 v_cpA;
varying vec2 v_cpB;
varying vec2 v_cpC;
#ifdef TARGET_ARROW_HEAD
varying float v_targetSize;
varying vec2 v_targetPoint;
uniform float u_lengthToThicknessRatio;
uniform float u_widenessToThicknessRatio;
#endif
uniform float u_pixelRatio;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);
${PATTERN_GAP_GLSL}
float det(vec2 a, vec2 b) {
  return a.x * b.y - b.x * a.y;
}

// The curve parameter of the point nearest the origin, control points given relative to it.
float nearestT(vec2 b0, vec2 b1, vec2 b2) {
  float a = det(b0, b2), b = 2.0 * det(b1, b0), d = 2.0 * det(b2, b1);
  float f = b * d - a * a;
  vec2 d21 = b2 - b1, d10 = b1 - b0, d20 = b2 - b0;
  vec2 gf = 2.0 * (b * d21 + d * d10 + a * d20);
  gf = vec2(gf.y, -gf.x);
  vec2 pp = -f * gf / dot(gf, gf);
  vec2 d0p = b0 - pp;
  float ap = det(d0p, d20), bp = 2.0 * det(d10, d0p);
  return clamp((ap + bp) / (2.0 * a + b + d), 0.0, 1.0);
}

// Arc length from the source (t = 0) to t: Simpson's rule over 8 steps on the speed
// |B'(s)| = 2 |mix(b1 - b0, b2 - b1, s)|, smooth enough on our gentle curves to be exact to the pixel.
float arcLength(float t, vec2 b0, vec2 b1, vec2 b2) {
  vec2 d0 = b1 - b0;
  vec2 d1 = b2 - b1;
  float h = t / 8.0;
  float sum = length(d0) + length(mix(d0, d1, t));
  for (int i = 1; i < 8; i++) {
    float w = mod(float(i), 2.0) == 1.0 ? 4.0 : 2.0;
    sum += w * length(mix(d0, d1, float(i) * h));
  }
  return 2.0 * sum * h / 3.0;
}

void main(void) {
  vec2 p = gl_FragCoord.xy;
  float t = nearestT(v_cpA - p, v_cpB - p, v_cpC - p);
  float dist = length(mix(mix(v_cpA, v_cpB, t), mix(v_cpB, v_cpC, t), t) - p);
  float thickness = v_thickness;
  bool head = false;
  #ifdef TARGET_ARROW_HEAD
  float distToTarget = length(p - v_targetPoint);
  float targetArrowLength = v_targetSize + thickness * u_lengthToThicknessRatio;
  if (distToTarget < targetArrowLength) {
    thickness = (distToTarget - v_targetSize) / (targetArrowLength - v_targetSize) * u_widenessToThicknessRatio * thickness;
    head = true;
  }
  #endif
  float halfThickness = thickness / 2.0;
  if (dist < halfThickness) {
    #ifdef PICKING_MODE
    gl_FragColor = v_color;
    #else
    // Control points are in device pixels; the pattern is measured in CSS pixels, as on straight links.
    if (!head && inPatternGap(arcLength(t, v_cpA, v_cpB, v_cpC) / u_pixelRatio)) discard;
    float a = smoothstep(halfThickness - v_feather, halfThickness, dist);
    gl_FragColor = mix(v_color, transparent, a);
    #endif
  } else {
    gl_FragColor = transparent;
  }
}
`;
}

/** What the factory's program is underneath: a class whose definition holds the shaders. */
type CurveBase = new (...args: ConstructorParameters<EdgeProgramType>) => { getDefinition(): ProgramDefinition };

/**
 * A curved edge program drawing its line with `pattern` (`solid` draws it as @sigma/edge-curve
 * does). Takes @sigma/edge-curve's options; an arrow head, if any, must be at the target.
 */
export function createEdgeCurvePatternProgram<N extends Attributes = Attributes, E extends Attributes = Attributes, G extends Attributes = Attributes>(
  pattern: LinePattern,
  options: Partial<CreateEdgeCurveProgramOptions<N, E, G>> = {},
): EdgeProgramType<N, E, G> {
  const extremity = options.arrowHead?.extremity;
  if (extremity && extremity !== 'target') throw new Error(`a patterned curve draws an arrow head at its target only, not "${extremity}"`);
  // The factory's type hides the program's definition; it is sigma's EdgeProgram underneath.
  const Base = createEdgeCurveProgram<N, E, G>(options) as unknown as CurveBase;
  const fragment = curveFragmentShader(pattern, extremity === 'target');
  class EdgeCurvePatternProgram extends Base {
    override getDefinition(): ProgramDefinition {
      return { ...super.getDefinition(), FRAGMENT_SHADER_SOURCE: fragment };
    }
  }
  return EdgeCurvePatternProgram as unknown as EdgeProgramType<N, E, G>;
}
