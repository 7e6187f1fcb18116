/**
 * Edge picking drawn on demand. Sigma v3 draws every edge a second time into a picking framebuffer
 * on every frame, although that buffer is only read when the pointer asks which edge it is over.
 * Our links are picked at least 8 px wide (see edge-dashed-program.ts), so that second pass cost
 * more than drawing the edges: in software rendering, two thirds of a 10k-node frame. Here the edge
 * programs draw no picking pass during a frame; the first edge lookup after a frame draws it, with
 * that frame's camera, into the buffer sigma cleared for it. Nothing is drawn while a drag pans
 * the camera (no link is hovered then).
 */
import type Sigma from 'sigma';
import type { RenderParams } from 'sigma/types';

/** The parts of sigma's programs and renderer this relies on (public at runtime in v3, not typed). */
interface PickInfo {
  gl: WebGLRenderingContext;
}
interface ProgramLike {
  programs?: ProgramLike[];
  pickProgram?: PickInfo | null;
  hasNothingToRender(): boolean;
  bindProgram(p: PickInfo): void;
  unbindProgram(p: PickInfo): void;
  renderProgram(params: RenderParams, p: PickInfo): void;
}
interface SigmaInternals {
  edgePrograms: Record<string, ProgramLike>;
  getRenderParams(): RenderParams;
  getEdgeAtPoint(x: number, y: number): string | null;
}

/** Makes `sigma` draw its edge picking layer only when an edge lookup needs it. */
export function deferEdgePicking(sigma: Sigma): void {
  const internals = sigma as unknown as SigmaInternals;
  const captor = sigma.getMouseCaptor() as unknown as { isMouseDown: boolean; draggedEvents: number };
  /** Edge programs (leaves of compound programs) in drawing order, with their picking program. */
  let leaves: [ProgramLike, PickInfo][] = [];
  const stash = new WeakMap<ProgramLike, PickInfo>();
  let stale = true;

  const collect = (program: ProgramLike, out: [ProgramLike, PickInfo][]) => {
    if (program.programs) {
      for (const p of program.programs) collect(p, out);
      return;
    }
    if (program.pickProgram) {
      stash.set(program, program.pickProgram);
      program.pickProgram = null;
    }
    const pick = stash.get(program);
    if (pick) out.push([program, pick]);
  };
  sigma.on('beforeRender', () => {
    const out: [ProgramLike, PickInfo][] = [];
    for (const p of Object.values(internals.edgePrograms)) collect(p, out);
    leaves = out;
  });
  sigma.on('afterRender', () => (stale = true));

  const drawPicking = () => {
    const params = internals.getRenderParams();
    const pickParams = { ...params, pixelRatio: params.pixelRatio / params.downSizingRatio };
    for (const [program, pick] of leaves) {
      if (program.hasNothingToRender()) continue;
      pick.gl.viewport(0, 0, params.width * pickParams.pixelRatio, params.height * pickParams.pixelRatio);
      program.bindProgram(pick);
      program.renderProgram(pickParams, pick);
      program.unbindProgram(pick);
    }
  };
  const lookup = internals.getEdgeAtPoint.bind(sigma);
  internals.getEdgeAtPoint = (x, y) => {
    if (captor.isMouseDown && captor.draggedEvents > 0) return null;
    if (stale) {
      drawPicking();
      stale = false;
    }
    return lookup(x, y);
  };
}
