/**
 * Straight-edge programs for sigma v3, which draws no dashed lines of its own: solid, dashed (facts
 * backed by a single source), dash-dotted (alleged facts) and dotted (planned, denied or negated
 * facts). It is sigma's rectangle program plus the distance along the edge in screen pixels, and the
 * fragment shader drops the pixels in the pattern's gaps, so dashes keep the same length at every zoom. Picking stays solid and at least 4 px either side of the
 * line: sigma picks from a framebuffer at half resolution, where a 1 px line would all but vanish,
 * so thin links could not be clicked. The gap test is shared with the curved programs
 * (edge-curve-pattern-program.ts).
 */
import type { Attributes } from 'graphology-types';
import { EdgeProgram, type ProgramInfo } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from 'sigma/types';
import { floatColor } from 'sigma/utils';

const VERTEX = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_normal;
attribute float a_normalCoef;
attribute vec2 a_positionStart;
attribute vec2 a_positionEnd;
attribute float a_positionCoef;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_zoomRatio;
uniform float u_pixelRatio;
uniform float u_correctionRatio;
uniform float u_minEdgeThickness;
uniform float u_feather;
uniform vec2 u_resolution;

varying vec4 v_color;
varying vec2 v_normal;
varying float v_thickness;
varying float v_feather;
varying float v_along;

const float bias = 255.0 / 254.0;

void main() {
  vec2 normal = a_normal * a_normalCoef;
  vec2 position = a_positionStart * (1.0 - a_positionCoef) + a_positionEnd * a_positionCoef;
  float normalLength = length(normal);
  vec2 unitNormal = normal / normalLength;
  float pixelsThickness = max(normalLength, u_minEdgeThickness * u_sizeRatio);
  #ifdef PICKING_MODE
  pixelsThickness = max(pixelsThickness, 4.0 * u_sizeRatio);
  #endif
  float webGLThickness = pixelsThickness * u_correctionRatio / u_sizeRatio;
  gl_Position = vec4((u_matrix * vec3(position + unitNormal * webGLThickness, 1)).xy, 0, 1);

  vec2 s = (u_matrix * vec3(a_positionStart, 1)).xy;
  vec2 e = (u_matrix * vec3(a_positionEnd, 1)).xy;
  v_along = a_positionCoef * length((e - s) * u_resolution * 0.5);

  v_thickness = webGLThickness / u_zoomRatio;
  v_normal = unitNormal;
  v_feather = u_feather * u_correctionRatio / u_zoomRatio / u_pixelRatio * 2.0;
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

/**
 * The patterns as GLSL, shared with the curved programs (edge-curve-pattern-program.ts) so a link
 * keeps the same dashes straight or curved: true where `along` (screen pixels from the source) falls
 * in a gap. The pattern is chosen by a define (DASHED, DASHDOT, DOTTED; none: solid).
 */
export const PATTERN_GAP_GLSL = /* glsl */ `
bool inPatternGap(float along) {
  #if defined(DASHED)
  return mod(along, 10.0) > 6.0;
  #elif defined(DASHDOT)
  // 9 px dash, 3 px gap, 2.5 px dot, 3 px gap.
  float p = mod(along, 17.5);
  return (p > 9.0 && p < 12.0) || p > 14.5;
  #elif defined(DOTTED)
  return mod(along, 5.0) > 2.2;
  #else
  return false;
  #endif
}
`;

const FRAGMENT = /* glsl */ `
precision mediump float;
varying vec4 v_color;
varying vec2 v_normal;
varying float v_thickness;
varying float v_feather;
varying float v_along;
const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);
${PATTERN_GAP_GLSL}
void main(void) {
  #ifdef PICKING_MODE
  gl_FragColor = v_color;
  #else
  if (inPatternGap(v_along)) discard;
  float dist = length(v_normal) * v_thickness;
  float t = smoothstep(v_thickness - v_feather, v_thickness, dist);
  gl_FragColor = mix(v_color, transparent, t);
  #endif
}
`;

const { UNSIGNED_BYTE, FLOAT } = WebGLRenderingContext;
const UNIFORMS = [
  'u_matrix',
  'u_zoomRatio',
  'u_sizeRatio',
  'u_correctionRatio',
  'u_pixelRatio',
  'u_feather',
  'u_minEdgeThickness',
  'u_resolution',
] as const;
type Uniform = (typeof UNIFORMS)[number];

/** The patterns a link can be drawn with, straight or curved. */
export type LinePattern = 'solid' | 'dashed' | 'dashdot' | 'dotted';

/** The define that selects each pattern in PATTERN_GAP_GLSL, to put before a shader's source. */
export const PATTERN_DEFINES: Record<LinePattern, string> = { solid: '', dashed: '#define DASHED\n', dashdot: '#define DASHDOT\n', dotted: '#define DOTTED\n' };

/** Straight solid edge, easy to pick (no arrow head; compose with `EdgeArrowHeadProgram` for direction). */
export class EdgeLineProgram<N extends Attributes = Attributes, E extends Attributes = Attributes, G extends Attributes = Attributes> extends EdgeProgram<Uniform, N, E, G> {
  /** The line's pattern. */
  protected get pattern(): LinePattern {
    return 'solid';
  }

  getDefinition() {
    return {
      VERTICES: 6,
      VERTEX_SHADER_SOURCE: VERTEX,
      FRAGMENT_SHADER_SOURCE: `${PATTERN_DEFINES[this.pattern]}${FRAGMENT}`,
      METHOD: WebGLRenderingContext.TRIANGLES,
      UNIFORMS,
      ATTRIBUTES: [
        { name: 'a_positionStart', size: 2, type: FLOAT },
        { name: 'a_positionEnd', size: 2, type: FLOAT },
        { name: 'a_normal', size: 2, type: FLOAT },
        { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
      ],
      CONSTANT_ATTRIBUTES: [
        { name: 'a_positionCoef', size: 1, type: FLOAT },
        { name: 'a_normalCoef', size: 1, type: FLOAT },
      ],
      CONSTANT_DATA: [
        [0, 1],
        [0, -1],
        [1, 1],
        [1, 1],
        [0, -1],
        [1, -1],
      ],
    };
  }

  processVisibleItem(edgeIndex: number, startIndex: number, sourceData: NodeDisplayData, targetData: NodeDisplayData, data: EdgeDisplayData): void {
    const thickness = data.size || 1;
    const { x: x1, y: y1 } = sourceData;
    const { x: x2, y: y2 } = targetData;
    const dx = x2 - x1;
    const dy = y2 - y1;
    let len = dx * dx + dy * dy;
    let n1 = 0;
    let n2 = 0;
    if (len) {
      len = 1 / Math.sqrt(len);
      n1 = -dy * len * thickness;
      n2 = dx * len * thickness;
    }
    const a = this.array;
    a[startIndex++] = x1;
    a[startIndex++] = y1;
    a[startIndex++] = x2;
    a[startIndex++] = y2;
    a[startIndex++] = n1;
    a[startIndex++] = n2;
    a[startIndex++] = floatColor(data.color);
    a[startIndex++] = edgeIndex;
  }

  setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo<Uniform>): void {
    gl.uniformMatrix3fv(uniformLocations.u_matrix, false, params.matrix);
    gl.uniform1f(uniformLocations.u_zoomRatio, params.zoomRatio);
    gl.uniform1f(uniformLocations.u_sizeRatio, params.sizeRatio);
    gl.uniform1f(uniformLocations.u_correctionRatio, params.correctionRatio);
    gl.uniform1f(uniformLocations.u_pixelRatio, params.pixelRatio);
    gl.uniform1f(uniformLocations.u_feather, params.antiAliasingFeather);
    gl.uniform1f(uniformLocations.u_minEdgeThickness, params.minEdgeThickness);
    gl.uniform2f(uniformLocations.u_resolution, params.width, params.height);
  }
}

/** Straight dashed edge (no arrow head; compose with `EdgeArrowHeadProgram` for direction). */
export class EdgeDashedProgram<N extends Attributes = Attributes, E extends Attributes = Attributes, G extends Attributes = Attributes> extends EdgeLineProgram<N, E, G> {
  protected override get pattern(): LinePattern {
    return 'dashed';
  }
}

/** Straight dash-dotted edge: an alleged fact. */
export class EdgeDashDotProgram<N extends Attributes = Attributes, E extends Attributes = Attributes, G extends Attributes = Attributes> extends EdgeLineProgram<N, E, G> {
  protected override get pattern(): LinePattern {
    return 'dashdot';
  }
}

/** Straight dotted edge: a planned, denied or negated fact. */
export class EdgeDottedProgram<N extends Attributes = Attributes, E extends Attributes = Attributes, G extends Attributes = Attributes> extends EdgeLineProgram<N, E, G> {
  protected override get pattern(): LinePattern {
    return 'dotted';
  }
}
