/**
 * The explorer's node program: the coloured disc and its type icon drawn in one pass. A disc program
 * with an image program on top (@sigma/node-image) drew every node twice, the icon through a
 * triangle 2.2 times the disc's, with trigonometry per pixel: in software rendering that added a
 * third to a zoomed-in frame of a 10k-node graph, and as a second layer it drew every icon above
 * every disc, so overlapping nodes showed a heap of icons. Here only the pixels inside a node's icon
 * box read the icon atlas, once each (bilinear, from the copy of the icon drawn at the nearest size
 * above the node's on-screen size, instead of a mipmap lookup), and nodes cover each other whole.
 *
 * Whether icons are drawn is a uniform decided per frame (`showIcons`), so zooming across the
 * threshold re-runs no reducer and reindexes nothing. The atlas is drawn once from the icons' SVG
 * paths (no image loading, so the first frame already has its icons). Picking draws the disc only.
 */
import { NodeProgram, type ProgramInfo } from 'sigma/rendering';
import type { NodeDisplayData, RenderParams } from 'sigma/types';
import { floatColor } from 'sigma/utils';

/** Space between the icon's 24-unit box and the disc, as a share of the box (as @sigma/node-image's `padding`). */
const ICON_PADDING = 0.22;
/** Side of the largest icon cell in the atlas, in texels; each icon is also drawn at 1/2, 1/4 and 1/8 of it. */
const CELL = 128;
const SIZES = 4;

/** What the vertex shader hands the fragment shader (both declare it alike). */
const VARYINGS = /* glsl */ `
varying vec4 v_color;
varying vec4 v_pictoColor;
varying vec2 v_diffVector;
varying float v_radius;
varying vec2 v_iconCoord;
varying float v_icon;
varying vec3 v_cell;
`;

const VERTEX = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec4 a_pictoColor;
attribute vec2 a_position;
attribute float a_size;
attribute float a_icon;
attribute float a_angle;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;
uniform float u_cameraAngle;
uniform float u_icons;
uniform float u_pixelRatio;
uniform vec2 u_atlasSize;

${VARYINGS}

const float bias = 255.0 / 254.0;
// Half the icon box over the disc radius is 1 / (1 + 2 * padding).
const float iconScale = ${((1 + 2 * ICON_PADDING) / 2).toFixed(4)};

void main() {
  float size = a_size * u_correctionRatio / u_sizeRatio * 4.0;
  vec2 diffVector = size * vec2(cos(a_angle), sin(a_angle));
  gl_Position = vec4((u_matrix * vec3(a_position + diffVector, 1)).xy, 0, 1);
  v_diffVector = diffVector;
  v_radius = size / 2.0;

  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  v_pictoColor = a_pictoColor;
  v_pictoColor.a *= bias;
  // The icon stays upright on screen whatever the camera's angle; (0, 0) to (1, 1) is its box.
  float c = cos(-u_cameraAngle);
  float s = sin(-u_cameraAngle);
  vec2 upright = mat2(c, s, -s, c) * diffVector;
  v_iconCoord = upright * vec2(1.0, -1.0) * iconScale / v_radius + 0.5;
  v_icon = u_icons > 0.5 ? a_icon : -1.0;
  // The smallest copy of the icon at least as large as its box on screen (rows of cells of
  // 128, 64, 32 and 16 texels): x and y of the cell's corner and its side, in atlas units.
  float boxPixels = a_size / u_sizeRatio * u_pixelRatio / iconScale;
  float level = clamp(floor(log2(${CELL.toFixed(1)} / max(boxPixels, 1.0))), 0.0, ${(SIZES - 1).toFixed(1)});
  float cell = ${CELL.toFixed(1)} / exp2(level);
  v_cell = vec3(a_icon * cell, ${(2 * CELL).toFixed(1)} - 2.0 * cell, cell) / vec3(u_atlasSize, u_atlasSize.x);
  #endif

  v_color.a *= bias;
}
`;

const FRAGMENT = /* glsl */ `
precision highp float;

${VARYINGS}

uniform float u_correctionRatio;
uniform sampler2D u_atlas;
uniform vec2 u_atlasSize;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

void main(void) {
  float border = u_correctionRatio * 2.0;
  float dist = length(v_diffVector) - v_radius + border;

  #ifdef PICKING_MODE
  if (dist > border)
    gl_FragColor = transparent;
  else
    gl_FragColor = v_color;
  #else
  if (dist > border) discard;
  float t = dist > 0.0 ? dist / border : 0.0;
  vec4 color = v_color;
  if (v_icon >= 0.0 && v_iconCoord.x > 0.0 && v_iconCoord.y > 0.0 && v_iconCoord.x < 1.0 && v_iconCoord.y < 1.0) {
    vec2 uv = v_cell.xy + v_iconCoord * vec2(v_cell.z, v_cell.z * u_atlasSize.x / u_atlasSize.y);
    color = mix(color, v_pictoColor, texture2D(u_atlas, uv).a);
  }
  gl_FragColor = mix(color, transparent, t);
  #endif
}
`;

const { UNSIGNED_BYTE, FLOAT } = WebGLRenderingContext;
const UNIFORMS = ['u_matrix', 'u_sizeRatio', 'u_correctionRatio', 'u_cameraAngle', 'u_icons', 'u_pixelRatio', 'u_atlas', 'u_atlasSize'] as const;
type Uniform = (typeof UNIFORMS)[number];

export interface PictogramProgramOptions {
  /** SVG path data of each icon, in a 24×24 box; a node's `icon` attribute is an index in this list. */
  icons: readonly string[];
  /** Whether this frame draws icons (otherwise plain discs). */
  showIcons(params: RenderParams): boolean;
}

/** The node data this program reads besides sigma's. */
type PictogramData = NodeDisplayData & { pictoColor?: string; icon?: number };

/**
 * Draws the icons white on transparent, one 24-unit box per cell: a row of 128-texel cells at the
 * top of the atlas, then rows of 64, 32 and 16 below it (each drawn from the paths at its size,
 * sharper than scaling one copy down).
 */
function drawAtlas(icons: readonly string[]): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = icons.length * CELL;
  canvas.height = 2 * CELL;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  for (let level = 0, cell = CELL; level < SIZES; level++, cell /= 2) {
    const top = 2 * CELL - 2 * cell;
    icons.forEach((path, i) => {
      ctx.setTransform(cell / 24, 0, 0, cell / 24, i * cell, top);
      ctx.fill(new Path2D(path));
    });
  }
  return canvas;
}

/** Creates the node program class (one atlas shared by its instances: the graph's and the hover layer's). */
export function createPictogramProgram(options: PictogramProgramOptions) {
  const atlas = drawAtlas(options.icons);

  return class PictogramProgram extends NodeProgram<Uniform> {
    private texture: WebGLTexture | null = null;

    getDefinition() {
      return {
        VERTICES: 3,
        VERTEX_SHADER_SOURCE: VERTEX,
        FRAGMENT_SHADER_SOURCE: FRAGMENT,
        METHOD: WebGLRenderingContext.TRIANGLES,
        UNIFORMS,
        ATTRIBUTES: [
          { name: 'a_position', size: 2, type: FLOAT },
          { name: 'a_size', size: 1, type: FLOAT },
          { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
          { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
          { name: 'a_pictoColor', size: 4, type: UNSIGNED_BYTE, normalized: true },
          { name: 'a_icon', size: 1, type: FLOAT },
        ],
        CONSTANT_ATTRIBUTES: [{ name: 'a_angle', size: 1, type: FLOAT }],
        CONSTANT_DATA: [[0], [(2 * Math.PI) / 3], [(4 * Math.PI) / 3]],
      };
    }

    /** The atlas texture of this program's WebGL context, uploaded on first use. */
    private atlasTexture(gl: WebGLRenderingContext): WebGLTexture | null {
      if (this.texture) return this.texture;
      this.texture = gl.createTexture();
      gl.bindTexture(gl.TEXTURE_2D, this.texture);
      gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, gl.RGBA, gl.UNSIGNED_BYTE, atlas);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
      return this.texture;
    }

    processVisibleItem(nodeIndex: number, startIndex: number, data: NodeDisplayData): void {
      const d = data as PictogramData;
      const a = this.array;
      a[startIndex++] = d.x;
      a[startIndex++] = d.y;
      a[startIndex++] = d.size;
      a[startIndex++] = floatColor(d.color);
      a[startIndex++] = nodeIndex;
      a[startIndex++] = floatColor(d.pictoColor ?? d.color);
      a[startIndex++] = d.icon ?? -1;
    }

    protected override renderProgram(params: RenderParams, programInfo: ProgramInfo): void {
      if (!programInfo.isPicking) {
        const gl = programInfo.gl;
        gl.activeTexture(gl.TEXTURE0);
        gl.bindTexture(gl.TEXTURE_2D, this.atlasTexture(gl));
      }
      super.renderProgram(params, programInfo);
    }

    setUniforms(params: RenderParams, { gl, uniformLocations: u }: ProgramInfo<Uniform>): void {
      gl.uniformMatrix3fv(u.u_matrix, false, params.matrix);
      gl.uniform1f(u.u_sizeRatio, params.sizeRatio);
      gl.uniform1f(u.u_correctionRatio, params.correctionRatio);
      gl.uniform1f(u.u_cameraAngle, params.cameraAngle);
      gl.uniform1f(u.u_icons, options.showIcons(params) ? 1 : 0);
      gl.uniform1f(u.u_pixelRatio, params.pixelRatio);
      gl.uniform1i(u.u_atlas, 0);
      gl.uniform2f(u.u_atlasSize, atlas.width, atlas.height);
    }

    override kill(): void {
      if (this.texture) this.normalProgram.gl.deleteTexture(this.texture);
      this.texture = null;
      super.kill();
    }
  };
}
